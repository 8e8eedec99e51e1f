// The exports as office software shows them: the PowerPoint (as downloaded), the Word brief (as
// the overview's button gives it, charts drawn) and the printed PDFs (overview A4 via its PDF
// action, overview printed at once with no chart drawn, deck 16:9) go through LibreOffice headless
// to PDF, then to PNG at 50 dpi. Prints page counts, file sizes, whether the text and the charts
// are there, and the time LibreOffice took. Too slow for npm test (LibreOffice starts in seconds per
// file), so it is a bench: run `npm run build` first, `npm run bench 60`. Never fails on a number.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { buildDeck } from "../lib/deck/deck";
import JSZip from "jszip";
import { deckPptxFile } from "../lib/exports/pptx";
import { chartNotes, chartsFor } from "../lib/report/charts";
import { getReports } from "../lib/server/reports";
import { deckPdf } from "../scripts/deck-pdf";
import { kib, serveOut } from "./lib";

const dir = mkdtempSync(join(tmpdir(), "huibao-office-"));
const has = (tool: string) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;

/** Through LibreOffice to PDF (for .pptx/.docx), in seconds. */
function toPdf(file: string): number {
  const started = performance.now();
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, file], { stdio: "ignore" });
  return (performance.now() - started) / 1000;
}

function inspect(pdf: string, expected: string[]) {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
  const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  const images = execFileSync("pdfimages", ["-list", pdf], { encoding: "utf8" }).trim().split("\n").length - 2;
  const prefix = pdf.replace(/\.pdf$/, "-page");
  execFileSync("pdftoppm", ["-png", "-r", "50", pdf, prefix]);
  const pngs = readdirSync(dir).filter((f) => join(dir, f).startsWith(prefix) && f.endsWith(".png"));
  return { pages, pngs: pngs.length, images, missing: expected.filter((t) => !text.includes(t.replace(/\s+/g, ""))) };
}

async function captureDownload(page: Page, click: () => Promise<void>, file: string) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  writeFileSync(file, readFileSync((await download.path())!));
}

async function main() {
  if (!has("soffice") || !has("pdftoppm")) {
    console.log("需要 LibreOffice（soffice）与 poppler-utils（pdftoppm、pdftotext、pdfinfo、pdfimages）");
    process.exit(1);
  }
  if (!existsSync("out/reports")) {
    console.log("找不到 out/reports：请先运行 npm run build");
    process.exit(1);
  }
  const server = await serveOut("out");
  const browser = await chromium.launch({
    executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--no-sandbox"],
  });
  const rows: string[][] = [];
  try {
    for (const { report } of getReports()) {
      const overview = `${server.url}/reports/${report.id}/`;
      const expected = [report.title, report.organization.name];
      // the overview's charts, by title, in the brief and on paper
      const withCharts = [
        ...expected,
        ...chartsFor(report)
          .filter((c) => chartNotes(c).drawable)
          .map((c) => c.title),
      ];
      const files: { what: string; file: string; seconds?: number; expect: string[] }[] = [];

      const pptx = join(dir, `${report.id}-deck.pptx`);
      const meta = { title: report.title, organization: report.organization.name };
      const pptxBytes = await deckPptxFile(buildDeck(report), meta);
      writeFileSync(pptx, pptxBytes);
      const nativeCharts = Object.keys((await JSZip.loadAsync(pptxBytes)).files).filter((n) =>
        /^ppt\/charts\/chart\d+\.xml$/.test(n),
      ).length;
      files.push({ what: "PPTX→LibreOffice", file: pptx, seconds: toPdf(pptx), expect: expected });

      const page = await browser.newPage({ locale: "zh-CN" });
      await page.addInitScript(() => {
        window.print = () => document.documentElement.setAttribute("data-printed", "");
      });
      await page.goto(overview, { waitUntil: "networkidle" });
      const docx = join(dir, `${report.id}-brief.docx`);
      await captureDownload(page, () => page.getByRole("button", { name: "Word 简报" }).click(), docx);
      files.push({ what: "DOCX→LibreOffice", file: docx, seconds: toPdf(docx), expect: withCharts });

      await page.getByRole("button", { name: "PDF（本页 A4）" }).click();
      await page.waitForSelector("html[data-printed]");
      const a4 = join(dir, `${report.id}-overview.pdf`);
      writeFileSync(a4, await page.pdf({ format: "A4", printBackground: true }));
      files.push({ what: "看板 PDF（A4）", file: a4, expect: withCharts });
      await page.close();

      const bare = await browser.newContext({ javaScriptEnabled: false });
      const early = await bare.newPage();
      await early.goto(overview);
      const atOnce = join(dir, `${report.id}-overview-at-once.pdf`);
      writeFileSync(atOnce, await early.pdf({ format: "A4", printBackground: true }));
      files.push({ what: "看板 Ctrl+P（未画图）", file: atOnce, expect: withCharts });
      await bare.close();

      const deckPage = await browser.newPage({ locale: "zh-CN" });
      const deck = join(dir, `${report.id}-deck-printed.pdf`);
      writeFileSync(deck, await deckPdf(deckPage, `${overview}present/`));
      files.push({ what: "幻灯片 PDF", file: deck, expect: expected });
      await deckPage.close();

      for (const f of files) {
        const pdf = f.file.endsWith(".pdf") ? f.file : f.file.replace(/\.(pptx|docx)$/, ".pdf");
        const seen = inspect(pdf, f.expect);
        rows.push([
          report.id,
          f.what,
          `${kib(statSync(f.file).size)} KiB`,
          String(seen.pages),
          f.what.startsWith("PPTX") ? `${nativeCharts} 个原生图表` : String(seen.images),
          seen.missing.length === 0 ? "有" : `缺：${seen.missing.join("、")}`,
          f.seconds === undefined ? "" : `${f.seconds.toFixed(1)} s`,
        ]);
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
  const head = ["report", "文件", "大小", "页数", "图片", "标题、单位与图表标题", "LibreOffice"];
  console.log(head.join("\t"));
  for (const row of rows) console.log(row.join("\t"));
  console.log(`PNG（50 dpi）与 PDF 在 ${dir}`);
}

void main();
