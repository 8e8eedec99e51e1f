import { expect, test, type Page } from "@playwright/test";
import { chartsFor } from "../lib/report/charts";
import { wrapLabel } from "../lib/report/format";
import { findReport } from "../lib/server/reports";
import { buildDeck } from "../lib/deck/deck";
import { deckPdf } from "../scripts/deck-pdf";
import { pageCount, pdfText } from "./pdf";

const { report } = findReport("mouzhen-2020-ideology")!;
const overviewUrl = `reports/${report.id}/`;

/** Bars on the printed page: drawn (Recharts) or stand-in (SVG shapes), per chart. */
const barsPerChart = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll("figure[data-chart]")].map((figure) => [
        figure.getAttribute("data-chart"),
        figure.querySelectorAll(".recharts-bar-rectangle path, [data-chart-fallback] [data-bar]").length,
      ]),
    ),
  );

const print = (page: Page) => page.pdf({ format: "A4", printBackground: true });
const overviewCharts = chartsFor(report).filter((c) => c.rows.some((r) => (r.value ?? 0) > 0));

test.describe("Ctrl+P on the overview prints what its PDF action prints", () => {
  test("printed at once (no chart drawn: the stand-ins) and after every chart drew: same pages, bars and labels", async ({ browser }) => {
    // At once: as the served HTML stands, before any chart has drawn.
    const bare = await browser.newContext({ javaScriptEnabled: false });
    const early = await bare.newPage();
    await early.goto(overviewUrl);
    await early.emulateMedia({ media: "print" });
    const earlyBars = await barsPerChart(early);
    const earlyPdf = await print(early);
    await bare.close();

    // The PDF action: every chart drawn, then the browser's print (caught here, then printed by page.pdf).
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute("data-printed", "");
    });
    await page.goto(overviewUrl, { waitUntil: "networkidle" });
    await page.getByRole("toolbar", { name: "演示与导出" }).getByRole("button", { name: "PDF（本页 A4）" }).click();
    await expect(page.locator("html[data-printed]")).toBeAttached({ timeout: 15_000 });
    await expect(page.locator("[data-chart-fallback]")).toHaveCount(0);
    await page.emulateMedia({ media: "print" });
    const drawnBars = await barsPerChart(page);
    const drawnPdf = await print(page);
    await context.close();

    for (const chart of overviewCharts) {
      const expected = chart.rows.filter((r) => (r.value ?? 0) > 0).length;
      expect(earlyBars[chart.id], chart.id).toBe(expected);
      expect(drawnBars[chart.id], chart.id).toBe(expected);
    }
    expect(pageCount(earlyPdf)).toBe(pageCount(drawnPdf));
    const [earlyText, drawnText] = [pdfText(earlyPdf), pdfText(drawnPdf)];
    for (const chart of overviewCharts)
      for (const row of chart.rows) {
        // every label whole (wrapped between words, never "粉刷、悬挂、张…") and every value as written
        for (const line of wrapLabel(row.label, 12)) {
          expect(earlyText, `${chart.id}: ${line}`).toContain(line);
          expect(drawnText, `${chart.id}: ${line}`).toContain(line);
        }
        expect(earlyText).toContain(row.display);
        expect(drawnText).toContain(row.display);
      }
    expect(earlyText).not.toContain("…");
  });

  test("the overview's PDF action stays on the overview and prints A4 portrait", async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute("data-printed", "");
    });
    await page.goto(overviewUrl, { waitUntil: "networkidle" });
    await page.getByRole("button", { name: "PDF（本页 A4）" }).click();
    await expect(page.locator("html[data-printed]")).toBeAttached({ timeout: 15_000 });
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`/reports/${report.id}/$`));
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
    const [w, h] = [...pdf.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])])[0];
    expect(w).toBeCloseTo(595.28, 0);
    expect(h).toBeCloseTo(841.89, 0);
  });
});

test("Ctrl+P on the deck before its charts drew prints the pages its PDF action prints, bounds drawn as bounds", async ({ browser }) => {
  const sections = buildDeck(report).flatMap((s) => (s.kind === "chart" && s.chart.rows.some((r) => (r.value ?? 0) > 0) ? [s.chart] : []));
  const bare = await browser.newContext({ javaScriptEnabled: false });
  const early = await bare.newPage();
  await early.goto(`${overviewUrl}present/`);
  await early.emulateMedia({ media: "print" });
  const bars = await early.evaluate(() =>
    [...document.querySelectorAll("[data-chart-fallback]")].map((list) => ({
      bars: list.querySelectorAll("[data-bar]").length,
      dashed: [...list.querySelectorAll("[data-bar] rect")].filter((r) => (r as SVGRectElement).style.strokeDasharray !== "").length,
    })),
  );
  const earlyPdf = await early.pdf({ preferCSSPageSize: true, printBackground: true });
  await bare.close();
  const page = await browser.newPage();
  const drawnPdf = await deckPdf(page, `${overviewUrl}present/`);

  expect(bars.map((b) => b.bars)).toEqual(sections.map((c) => c.rows.filter((r) => (r.value ?? 0) > 0).length));
  expect(bars.map((b) => b.dashed)).toEqual(
    sections.map((c) => c.rows.filter((r) => (r.value ?? 0) > 0 && r.qualifier !== "exact").length),
  );
  expect(pageCount(earlyPdf)).toBe(pageCount(drawnPdf));
  const [earlyText, drawnText] = [pdfText(earlyPdf), pdfText(drawnPdf)];
  for (const chart of sections)
    for (const row of chart.rows) {
      for (const line of wrapLabel(row.label, 12)) {
        expect(earlyText, line).toContain(line);
        expect(drawnText, line).toContain(line);
      }
      expect(earlyText).toContain(row.display);
    }
});
