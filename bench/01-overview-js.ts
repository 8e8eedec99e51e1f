// JavaScript each exported page costs, gzipped: `initial` sums the chunks its HTML references (Next 16
// no longer prints First Load JS); `loaded` adds what the browser fetches afterwards (Recharts is
// loaded lazily), measured by opening the page in Chromium. Run after `npm run build`.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { gzipSize, initialJs, kib, serveOut } from "./lib";

const out = "out";

function pagesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "_next" ? [] : pagesOf(path);
    return name === "index.html" ? [path] : [];
  });
}

async function main() {
  if (!existsSync(out)) {
    console.log("out/ 不存在：请先运行 npm run build");
    process.exit(1);
  }
  const { url, stop } = await serveOut(out, 3901);
  const browser = await chromium.launch({ executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined });
  try {
    console.log("page".padEnd(48), "initial KiB".padStart(12), "loaded KiB".padStart(11), "(gzip -9)");
    for (const file of pagesOf(out).sort()) {
      const path = file.slice(out.length).replace(/index\.html$/, "");
      const page = await browser.newPage();
      const fetched = new Set<string>();
      page.on("response", (r) => {
        const p = new URL(r.url()).pathname;
        if (p.endsWith(".js")) fetched.add(p);
      });
      await page.goto(url + path, { waitUntil: "networkidle" });
      await page.close();
      const loaded = [...fetched].reduce((sum, p) => sum + gzipSize(join(out, p.replace(/^.*?\/_next\//, "_next/"))), 0);
      console.log(path.padEnd(48), kib(initialJs(readFileSync(file, "utf8"), out).gzip).padStart(12), kib(loaded).padStart(11));
    }
  } finally {
    await browser.close();
    stop();
  }
}

main();
