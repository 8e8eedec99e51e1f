// `npm run export:pdf`: writes each report's deck as a PDF from the built site (run `npm run build`
// first), the same file the deck's "PDF（打印）" button gives. Usage: tsx scripts/export-pdf.ts [outDir]
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium } from "@playwright/test";
import { deckPdf } from "./deck-pdf";
import { serveOut } from "./serve-out";

const site = resolve("out");
const outDir = resolve(process.argv[2] ?? "exports");
if (!existsSync(join(site, "reports"))) {
  console.error("找不到 out/reports：请先运行 npm run build");
  process.exit(1);
}
const ids = readdirSync(join(site, "reports")).filter((id) => existsSync(join(site, "reports", id, "present", "index.html")));

async function main() {
  const started = performance.now();
  // A free port, so the export never collides with a running server.
  const server = await serveOut(site);
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
  });
  try {
    mkdirSync(outDir, { recursive: true });
    const page = await browser.newPage({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    for (const id of ids) {
      const pdf = await deckPdf(page, `${server.url}/reports/${id}/present/`);
      const file = join(outDir, `${id}.pdf`);
      writeFileSync(file, pdf);
      console.log(`已导出 ${file}（${(pdf.length / 1024).toFixed(1)} KiB）`);
    }
  } finally {
    await browser.close();
    server.stop();
  }
  console.log(`共 ${ids.length} 份，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
}

void main();
