// JavaScript each exported page costs, gzipped (-9):
//   initial   the chunks its HTML references (Next 16 no longer prints First Load JS);
//   drawn     everything the page itself fetches once scrolled to the end, so every chart is drawn
//             (Recharts loads lazily when a chart comes near the screen);
//   prefetch  what Next fetches ahead for the pages it links to (other routes' chunks), at low priority.
// Measured by opening each page in Chromium. Run after `npm run build`.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { gzipSize, initialChunks, kib, serveOut } from "./lib";

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
  const { url, stop } = await serveOut(out);
  const browser = await chromium.launch({ executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined });
  try {
    const pages = pagesOf(out).sort();
    const initial = new Map(pages.map((file) => [file, initialChunks(readFileSync(file, "utf8"))]));
    // A chunk that is some page's own initial chunk but not this page's was fetched for a link.
    const routeChunks = new Set([...initial.values()].flat());
    const size = (chunks: Iterable<string>) => [...chunks].reduce((sum, chunk) => sum + gzipSize(join(out, chunk)), 0);
    console.log("page".padEnd(48), "initial KiB".padStart(12), "drawn KiB".padStart(10), "prefetch KiB".padStart(13));
    for (const file of pages) {
      const path = file.slice(out.length).replace(/index\.html$/, "");
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      const fetched = new Set<string>();
      page.on("response", (r) => {
        const p = new URL(r.url()).pathname;
        if (p.endsWith(".js")) fetched.add(p.replace(/^.*?\/_next\//, "_next/"));
      });
      await page.goto(url + path, { waitUntil: "networkidle" });
      for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 600) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.waitForTimeout(50);
      }
      await page.waitForLoadState("networkidle");
      await page.close();
      const own = new Set(initial.get(file));
      const prefetched = [...fetched].filter((chunk) => routeChunks.has(chunk) && !own.has(chunk));
      const drawn = [...fetched].filter((chunk) => !prefetched.includes(chunk));
      console.log(
        path.padEnd(48),
        kib(size(own)).padStart(12),
        kib(size(new Set([...own, ...drawn]))).padStart(10),
        kib(size(prefetched)).padStart(13),
      );
    }
  } finally {
    await browser.close();
    stop();
  }
}

main();
