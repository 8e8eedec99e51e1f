// Scale: builds the site for N synthetic reports (N = 1000, 2000; SCALE_N="100,1000" to choose) and
// prints build time, export size, the weight of the pages that could grow with the archive, and what
// the summary of all N reports loads: its requests (one page, no report.json) and how long it takes
// on a throttled laptop (4× slower CPU, Lighthouse's mobile network: 150 ms, 1.6 Mbit/s). 10,000 is
// projected in a straight line from the two largest N measured, and says so.
// Synthetic reports go to a temp folder, exports to bench-results/scale-N/ (both removed afterwards,
// KEEP=1 keeps them). Leaves out/ alone; .next/ holds the last bench build afterwards.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { buildExport } from "../scripts/build-export.mjs";
import { writeSyntheticReports } from "../scripts/synthetic";
import { gzipSync } from "node:zlib";
import { folderSize, initialJs, kib, serveOut } from "./lib";

const sizes = (process.env.SCALE_N ?? "1000,2000").split(",").map(Number);
const PROJECT_TO = 10_000;
const chrome = process.env.CHROME_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

type Measured = {
  n: number;
  buildS: number;
  exportMiB: number;
  files: number;
  report: { js: number; html: number };
  home: { js: number; html: number };
  compare: { js: number; html: number };
  summary: { js: number; html: number };
  tableKiB: number;
  load: { requests: number; reportJson: number; transferKiB: number; lcpMs: number; loadMs: number };
};

/** Opens the summary of all reports as a person on a slow laptop would, and notes what it fetches. */
async function loadSummary(exportDir: string): Promise<Measured["load"]> {
  const { url, stop } = await serveOut(exportDir);
  const browser = await chromium.launch({ executablePath: chrome, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    const requests: string[] = [];
    let transfer = 0;
    page.on("request", (r) => requests.push(r.url()));
    page.on("response", async (r) => {
      transfer += Number((await r.headerValue("content-length")) ?? (await r.body().catch(() => Buffer.alloc(0))).length);
    });
    await page.goto(`${url}/summary/all/`, { waitUntil: "load", timeout: 120_000 });
    await page.getByTestId("summary-table").waitFor();
    const timing = await page.evaluate(
      () =>
        new Promise<{ lcp: number; load: number }>((resolve) => {
          const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            resolve({ lcp: entries[entries.length - 1].startTime, load: nav.loadEventEnd });
          }).observe({ type: "largest-contentful-paint", buffered: true });
        }),
    );
    return {
      requests: requests.length,
      reportJson: requests.filter((u) => u.endsWith("/report.json")).length,
      transferKiB: transfer / 1024,
      lcpMs: timing.lcp,
      loadMs: timing.load,
    };
  } finally {
    await browser.close();
    stop();
  }
}

async function measure(n: number): Promise<Measured> {
  const reports = fs.mkdtempSync(path.join(os.tmpdir(), `huibao-scale-${n}-`));
  const exportDir = path.join("bench-results", `scale-${n}`);
  const ids = writeSyntheticReports(n, reports);
  console.log(`N=${n}: 生成 ${ids.length} 份合成汇报于 ${reports}，构建中…`);
  try {
    const ms = buildExport({ reportsDir: reports, exportDir, quiet: true });
    const size = folderSize(exportDir);
    // Initial JS the page's HTML references, and the HTML itself (which carries the inline RSC payload).
    const page = (p: string) => {
      const html = fs.readFileSync(path.join(exportDir, p, "index.html"), "utf8");
      return { js: initialJs(html, exportDir).gzip, html: gzipSync(html, { level: 9 }).length };
    };
    const load = await loadSummary(exportDir);
    return {
      n,
      buildS: ms / 1000,
      exportMiB: size.bytes / 1024 / 1024,
      files: size.files,
      report: page(path.join("reports", ids[0])),
      home: page(""),
      compare: page("compare"),
      summary: page("summary/all"),
      tableKiB: fs.statSync(path.join(exportDir, "summary", "all", "figures.json")).size / 1024,
      load,
    };
  } finally {
    if (!process.env.KEEP) {
      fs.rmSync(reports, { recursive: true, force: true });
      fs.rmSync(exportDir, { recursive: true, force: true });
    }
  }
}

const pair = (p: { js: number; html: number }) => `${kib(p.js)} / ${kib(p.html)}`;
const row = (m: Measured, note = ""): string[] => [
  `${m.n.toLocaleString("en")}${note}`,
  m.buildS.toFixed(0),
  m.exportMiB.toFixed(0),
  m.files.toLocaleString("en"),
  pair(m.report),
  pair(m.home),
  pair(m.compare),
  pair(m.summary),
  m.tableKiB.toFixed(0),
  m.load.requests ? `${m.load.requests}（report.json ${m.load.reportJson}）` : "—",
  m.load.requests ? `${(m.load.lcpMs / 1000).toFixed(1)} / ${(m.load.loadMs / 1000).toFixed(1)}` : "—",
];

/** 10,000 on the straight line through the two largest N (what grows with N grows about linearly here). */
function project(a: Measured, b: Measured, n: number): Measured {
  const at = (x: number, y: number) => x + ((y - x) * (n - a.n)) / (b.n - a.n);
  const pages = (x: { js: number; html: number }, y: { js: number; html: number }) => ({ js: at(x.js, y.js), html: at(x.html, y.html) });
  return {
    n,
    buildS: at(a.buildS, b.buildS),
    exportMiB: at(a.exportMiB, b.exportMiB),
    files: Math.round(at(a.files, b.files)),
    report: pages(a.report, b.report),
    home: pages(a.home, b.home),
    compare: pages(a.compare, b.compare),
    summary: pages(a.summary, b.summary),
    tableKiB: at(a.tableKiB, b.tableKiB),
    load: { requests: 0, reportJson: 0, transferKiB: 0, lcpMs: 0, loadMs: 0 },
  };
}

async function main() {
  const measured: Measured[] = [];
  for (const n of sizes) measured.push(await measure(n));
  const rows = measured.map((m) => row(m));
  const [a, b] = measured.slice(-2);
  if (b && b.n < PROJECT_TO) rows.push(row(project(a, b, PROJECT_TO), "（推算）"));

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
    "汇总页请求",
    "节流 LCP/load s",
  ];
  // Chinese characters take two columns in a terminal.
  const width = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells: string[]) => cells.map((c, i) => c + " ".repeat(widths[i] - width(c))).join("  ");
  console.log(`\n${line(head)}\n${rows.map(line).join("\n")}`);
  console.log(
    "（JS 与 HTML 均为 gzip 后 KiB；HTML 含页面内联的 RSC 数据；数字表是 summary/all/figures.json 的字节数；" +
      "汇总页请求与耗时在 4 倍 CPU 降速、150 ms / 1.6 Mbit/s 网络下测得；“推算”一行按最大两个 N 线性外推，未实测）",
  );
  const js = measured.map((m) => m.report.js);
  console.log(
    js.every((v) => v === js[0])
      ? `\n单份汇报页的 JS 在各规模下相同（${kib(js[0])} KiB gz）：不含其他汇报的数据。`
      : `\n注意：单份汇报页的 JS 随汇报数变化：${measured.map((m) => `N=${m.n} ${kib(m.report.js)} KiB`).join("，")}`,
  );
  for (const m of measured) {
    console.log(
      `N=${m.n}：全部汇报的汇总页共 ${m.load.requests} 个请求、传输 ${m.load.transferKiB.toFixed(0)} KiB，` +
        `${m.load.reportJson === 0 ? "没有读取任何 report.json" : `读取了 ${m.load.reportJson} 个 report.json`}（页面由构建时的紧凑数字表生成）`,
    );
  }
}

main();
