// Scale: builds the site for N synthetic reports (N = 1, 100, 1000; SCALE_N="1,100" to choose) and
// prints build time, export size and the weight of the pages that could grow with the archive
// (the summary of all N reports among them, and its compact figures table summary/all/figures.json).
// Synthetic reports go to a temp folder, exports to bench-results/scale-N/ (both removed afterwards,
// KEEP=1 keeps them). Leaves out/ alone; .next/ holds the last bench build afterwards.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildExport } from "../scripts/build-export.mjs";
import { writeSyntheticReports } from "../scripts/synthetic";
import { gzipSync } from "node:zlib";
import { folderSize, initialJs, kib } from "./lib";

const sizes = (process.env.SCALE_N ?? "1,100,1000").split(",").map(Number);
const rows: string[][] = [];
const reportPage: Record<number, number> = {};

for (const n of sizes) {
  const reports = fs.mkdtempSync(path.join(os.tmpdir(), `huibao-scale-${n}-`));
  const exportDir = path.join("bench-results", `scale-${n}`);
  const ids = writeSyntheticReports(n, reports);
  console.log(`N=${n}: 生成 ${ids.length} 份合成汇报于 ${reports}，构建中…`);
  const ms = buildExport({ reportsDir: reports, exportDir, quiet: true });
  const size = folderSize(exportDir);
  // Initial JS the page's HTML references, and the HTML itself (which carries the inline RSC payload).
  const page = (p: string) => {
    const html = fs.readFileSync(path.join(exportDir, p, "index.html"), "utf8");
    return { jsGzip: initialJs(html, exportDir).gzip, htmlGzip: gzipSync(html, { level: 9 }).length };
  };
  const [home, compare, first, summary] = [page(""), page("compare"), page(path.join("reports", ids[0])), page("summary/all")];
  const table = fs.statSync(path.join(exportDir, "summary", "all", "figures.json")).size;
  reportPage[n] = first.jsGzip;
  rows.push([
    String(n),
    (ms / 1000).toFixed(1),
    (size.bytes / 1024 / 1024).toFixed(1),
    String(size.files),
    `${kib(first.jsGzip)} / ${kib(first.htmlGzip)}`,
    `${kib(home.jsGzip)} / ${kib(home.htmlGzip)}`,
    `${kib(compare.jsGzip)} / ${kib(compare.htmlGzip)}`,
    `${kib(summary.jsGzip)} / ${kib(summary.htmlGzip)}`,
    kib(table),
  ]);
  if (!process.env.KEEP) {
    fs.rmSync(reports, { recursive: true, force: true });
    fs.rmSync(exportDir, { recursive: true, force: true });
  }
}

const head = [
  "N",
  "构建 s",
  "导出 MiB",
  "文件数",
  "单份汇报页 JS/HTML",
  "列表页 JS/HTML",
  "对比页 JS/HTML",
  "汇总页 JS/HTML",
  "数字表 KiB",
];
// Chinese characters take two columns in a terminal.
const width = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
const line = (cells: string[]) => cells.map((c, i) => c + " ".repeat(widths[i] - width(c))).join("  ");
console.log(`\n${line(head)}\n${rows.map(line).join("\n")}\n（JS 与 HTML 均为 gzip 后 KiB；HTML 含页面内联的 RSC 数据）`);
const js = Object.values(reportPage);
console.log(
  js.every((v) => v === js[0])
    ? `\n单份汇报页的 JS 在各规模下相同（${kib(js[0])} KiB gz）：不含其他汇报的数据。`
    : `\n注意：单份汇报页的 JS 随汇报数变化：${Object.entries(reportPage)
        .map(([n, v]) => `N=${n} ${kib(v)} KiB`)
        .join("，")}`,
);
