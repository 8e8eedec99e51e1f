import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Page } from "@playwright/test";
import JSZip from "jszip";
import { buildDeck } from "../lib/deck/deck";
import { figures } from "../lib/report/derive";
import { findReport } from "../lib/server/reports";
import { deckPdf } from "../scripts/deck-pdf";
import { pageBoxes, pageCount } from "./pdf";

const { report } = findReport("mouzhen-2020-ideology")!;
const slides = buildDeck(report);
const overviewUrl = `reports/${report.id}/`;
const deckUrl = `${overviewUrl}present/`;

async function saved(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return { download, bytes: await readFile((await download.path())!) };
}

async function openDeck(page: Page, hash = "") {
  await page.goto(deckUrl + hash, { waitUntil: "networkidle" });
}

test("printing the deck gives one 16:9 landscape page per slide", async ({ page }) => {
  const bytes = await deckPdf(page, deckUrl);
  const pdf = bytes.toString("latin1");
  expect(pageCount(bytes)).toBe(slides.length);
  const boxes = pageBoxes(bytes);
  expect(boxes).toHaveLength(slides.length);
  for (const [w, h] of boxes) {
    expect(w).toBeGreaterThan(h);
    expect(w / h).toBeCloseTo(16 / 9, 3);
  }
  // text stays text (searchable, copyable): fonts carry a Unicode map
  expect(pdf).toContain("/ToUnicode");
});

test("PowerPoint: a valid .pptx, its one native chart holding the deck's counts, built only on click", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  await openDeck(page);
  const atLoad = [...scripts];
  for (const url of atLoad) expect(await (await page.request.get(url)).text()).not.toContain("ppt/presentation.xml");

  await page.getByText("导出 ▾").click();
  const { download, bytes } = await saved(page, () => page.getByRole("button", { name: "PowerPoint" }).click());
  expect(scripts.length).toBeGreaterThan(atLoad.length);
  expect(download.suggestedFilename()).toBe(`${report.title}-汇报.pptx`);

  const zip = await JSZip.loadAsync(bytes);
  expect(Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(slides.length);
  const charts = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
      .map((n) => zip.file(n)!.async("string")),
  );
  expect(charts).toHaveLength(slides.filter((s) => s.kind === "chart").length);
  const values = [...charts[0].match(/<c:val>[\s\S]*?<\/c:val>/)![0].matchAll(/<c:v>(\d+)<\/c:v>/g)].map((m) => Number(m[1]));
  expect(values.reduce((a, b) => a + b)).toBe(report.measures.length);
  // the report's own figures are text on the slides, as the source writes them
  const texts = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
      .map((n) => zip.file(n)!.async("string")),
  );
  expect(texts.join("")).toContain("80余条");
});

test("each chart downloads as a 2× PNG and as an SVG", async ({ page }) => {
  await openDeck(page, `#${slides.findIndex((s) => s.kind === "chart") + 1}`);
  await expect(page.locator(".deck-slide:visible svg.recharts-surface")).toBeAttached();
  const svgWidth = await page
    .locator(".deck-slide:visible svg.recharts-surface")
    .evaluate((svg) => (svg as SVGSVGElement).width.baseVal.value);
  await page.getByText("导出 ▾").click();
  const png = await saved(page, () => page.getByRole("button", { name: "下载图表「工作举措分布」PNG 图片" }).click());
  expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.bytes.length).toBeGreaterThan(5000);
  // the chart with a margin of 20 px either side, at least 640 px wide, at 2×
  expect(png.bytes.readUInt32BE(16)).toBe(Math.max(640, svgWidth + 40) * 2);
  expect(png.download.suggestedFilename()).toMatch(/\.png$/);

  const svg = await saved(page, () => page.getByRole("button", { name: "下载图表「工作举措分布」SVG 矢量图" }).click());
  const text = svg.bytes.toString("utf8");
  expect(text.startsWith("<svg")).toBe(true);
  expect(text).toContain("监督举报");
  expect(text).not.toContain("var(--");
  // the image stands alone: its title and source, on white
  expect(text).toMatch(/<title>工作举措分布（来源：某某镇关于落实意识形态工作的情况汇报）<\/title>/);
  expect(text).toMatch(/<desc>[^<]+<\/desc>/);
  expect(text).toContain(">来源：某某镇关于落实意识形态工作的情况汇报</text>");
  expect(text).toContain('fill="#ffffff"');

  // and from the overview, beside each chart
  await page.goto(overviewUrl);
  const chart = page.getByTestId("chart-measures-by-category");
  await expect(chart.locator("svg.recharts-surface")).toBeAttached();
  const fromOverview = await saved(page, () => chart.getByRole("button", { name: /PNG 图片/ }).click());
  expect(fromOverview.bytes.subarray(1, 4).toString()).toBe("PNG");
  expect(fromOverview.download.suggestedFilename()).toBe(`${report.title}-图表-各类举措数量.png`);
});

test("Word brief: a .docx with the title, the figures, every drawn chart as a picture and the plans table", async ({ page }) => {
  await page.goto(overviewUrl, { waitUntil: "networkidle" });
  const toolbar = page.getByRole("toolbar", { name: "演示与导出" });
  const word = await saved(page, () => toolbar.getByRole("button", { name: "Word 简报" }).click());
  expect(word.download.suggestedFilename()).toBe(`${report.title}-简报.docx`);
  const zip = await JSZip.loadAsync(word.bytes);
  const doc = await zip.file("word/document.xml")!.async("string");
  const text = [...doc.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
  expect(text.startsWith(report.title)).toBe(true);
  expect(text).toContain("“80余条”");
  // every chart of the overview, including those below the first screen, drawn and set as a picture
  const drawable = await page.locator("figure[data-chart] [data-chart-box]").count();
  expect(drawable).toBeGreaterThan(2);
  const media = Object.keys(zip.files).filter((n) => n.startsWith("word/media/"));
  expect(media).toHaveLength(drawable);
  const png = await zip.file(media[0])!.async("nodebuffer");
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  expect(doc).toContain("<w:tbl>");
});

test("CSV for Excel: UTF-8 with BOM, one row per figure naming its report; JSON: the dataset without a dangling $schema", async ({
  page,
}) => {
  await page.goto(overviewUrl);
  const toolbar = page.getByRole("toolbar", { name: "演示与导出" });
  const csv = await saved(page, () => toolbar.getByRole("link", { name: "CSV（Excel）" }).click());
  expect(csv.download.suggestedFilename()).toBe(`${report.title}-数字.csv`);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
  expect(lines).toHaveLength(figures(report).length + 1);
  expect(lines.find((l) => l.includes(",s3-books,"))).toContain("约数");
  // every row names its report, so rows of several reports can be pasted into one sheet
  expect(lines.slice(1).every((l) => l.startsWith(`${report.title},${report.organization.name},${report.period.label},`))).toBe(true);

  const json = await saved(page, () => toolbar.getByRole("link", { name: "JSON" }).click());
  const downloaded = JSON.parse(json.bytes.toString("utf8"));
  expect(downloaded.id).toBe(report.id);
  // the data file's relative "$schema" would point nowhere from the downloads folder
  expect(downloaded).not.toHaveProperty("$schema");

  await toolbar.getByRole("link", { name: "▶ 演示汇报" }).click();
  await expect(page.getByRole("region", { name: new RegExp(`^第 1 张，共 ${slides.length} 张`) })).toBeVisible();
});
