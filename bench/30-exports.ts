// Sizes and times of the deck's exports: slide count, PDF (`npm run export:pdf`, wall time) and
// PPTX bytes per report. Run after `npm run build`. Prints figures; never fails on a number.
import { spawnSync } from "node:child_process";
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildDeck } from "../lib/deck/deck";
import { deckPptxFile } from "../lib/exports/pptx";
import { getReports } from "../lib/server/reports";

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "huibao-exports-"));
  const started = performance.now();
  const run = spawnSync("npx", ["tsx", "scripts/export-pdf.ts", dir], { encoding: "utf8" });
  const pdfSeconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    console.log(`export:pdf 失败（请先 npm run build）：\n${run.stderr}`);
    process.exit(1);
  }
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log("report".padEnd(28), "slides", "PDF".padStart(11), "PPTX".padStart(11), "PPTX build".padStart(11));
  for (const { report } of getReports()) {
    const slides = buildDeck(report);
    const t = performance.now();
    // the file as downloaded: written, then repaired (lib/exports/pptx-package)
    const pptx = await deckPptxFile(slides, {
      title: report.title,
      organization: report.organization.name,
    });
    const ms = performance.now() - t;
    const pdf = statSync(join(dir, `${report.id}.pdf`)).size;
    console.log(
      report.id.padEnd(28),
      String(slides.length).padStart(6),
      kib(pdf).padStart(11),
      kib(pptx.length).padStart(11),
      `${ms.toFixed(0)} ms`.padStart(11),
    );
  }
  console.log(`npm run export:pdf（含启动浏览器与静态服务器）：${pdfSeconds.toFixed(1)} s`);
}

void main();
