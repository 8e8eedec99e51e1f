// Lighthouse 12.8.2 on the built site with the system Chromium: median of 3 runs per page, mobile
// and desktop presets. Prints figures; targets are in issue 7 and the README, not asserted here.
// Run after `npm run build`. LH_RUNS=1 for a quick look. LH_DIR and LH_PAGES measure another export
// (the 1,000-town archive the scale bench keeps with KEEP=1):
//   LH_DIR=bench-results/scale-1000 LH_PAGES=/summary/all/ npm run bench -- 50
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median, serveOut } from "./lib";

const chrome = process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const site = process.env.LH_DIR ?? "out";
if (!existsSync(join(site, "index.html")) || !chrome) {
  console.log(!chrome ? "找不到 Chromium（设置 CHROME_PATH）" : `${site}/ 不存在：请先运行 npm run build`);
  process.exit(1);
}
const runs = Number(process.env.LH_RUNS ?? 3);
// "simulate" (Lighthouse's default, Lantern) or "devtools" (throttling applied to the real load).
// Lantern counts every script that finished before the fast local paint into LCP, even async ones
// that do not delay it; devtools throttling shows when the text actually paints on a slow link.
const throttling = process.env.LH_THROTTLING === "devtools" ? "devtools" : "simulate";
const seed = "mouzhen-2020-ideology";
const pages = (process.env.LH_PAGES?.split(",") ?? [`/reports/${seed}/`, `/reports/${seed}/present/`, "/"]).filter((p) =>
  existsSync(join(site, p, "index.html")),
);

type Lhr = {
  categories: Record<string, { score: number }>;
  audits: Record<string, { numericValue?: number }>;
};

async function main() {
  const { url, stop } = await serveOut(site);
  const dir = mkdtempSync(join(tmpdir(), "lh-"));
  try {
    console.log(`Lighthouse ${runs} 次取中位数；节流方式 ${throttling}（LH_THROTTLING=devtools 可改）；${chrome}`);
    console.log("page".padEnd(44), "preset ", "perf", "a11y", "best", " seo", "  FCP ms", "  LCP ms", " TBT ms", "   CLS", "  bytes");
    for (const path of pages) {
      for (const preset of ["mobile", "desktop"] as const) {
        const results: Lhr[] = [];
        for (let i = 0; i < runs; i++) {
          const out = join(dir, `r.json`);
          execFileSync(
            "npx",
            [
              "lighthouse",
              url + path,
              "--quiet",
              "--output=json",
              `--output-path=${out}`,
              "--chrome-flags=--headless=new --no-sandbox --disable-gpu --host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
              ...(preset === "desktop" ? ["--preset=desktop"] : []),
              `--throttling-method=${throttling}`,
            ],
            { env: { ...process.env, CHROME_PATH: chrome }, stdio: ["ignore", "ignore", "inherit"] },
          );
          results.push(JSON.parse(readFileSync(out, "utf8")) as Lhr);
        }
        const score = (k: string) => String(median(results.map((r) => Math.round(r.categories[k].score * 100)))).padStart(4);
        const audit = (k: string, w: number, digits = 0) =>
          median(results.map((r) => r.audits[k].numericValue ?? NaN))
            .toFixed(digits)
            .padStart(w);
        console.log(
          path.padEnd(44),
          preset.padEnd(7),
          score("performance"),
          score("accessibility"),
          score("best-practices"),
          score("seo"),
          audit("first-contentful-paint", 8),
          audit("largest-contentful-paint", 8),
          audit("total-blocking-time", 7),
          audit("cumulative-layout-shift", 6, 3),
          audit("total-byte-weight", 7),
        );
      }
    }
  } finally {
    stop();
  }
}

main();
