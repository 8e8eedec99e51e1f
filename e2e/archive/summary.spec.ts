// The fixture county (fixtures/reports/county-*): twelve towns answering one notice, two of them with
// a later report. The summary must show honest totals, blanks, towns that did not report, promises
// with their follow-up state, and offer its exports; the expected figures come from the data files.
import ExcelJS from "exceljs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { figureText } from "../../lib/report/format";
import { loadReportsDir } from "../../lib/server/reports";
import { loadCatalogue } from "../../lib/server/indicators";
import { summaryGroups } from "../../lib/summary/groups";
import { ranking, summarize } from "../../lib/summary/summary";
import { sourceAnchor } from "../../lib/report/links";
import { townRows } from "../../lib/summary/table";
import { summaryDeck } from "../../lib/summary/deck";
import { deckPdf } from "../../scripts/deck-pdf";
import { pageBoxes, pageCount, pdfText } from "../pdf";

const archive = [...loadReportsDir("fixtures/reports").values()].map((l) => l.report);
const notice = summaryGroups(archive).find((g) => g.kind === "notice" && g.reportIds.length === 12)!;
const expected = summarize(
  townRows(
    archive.filter((r) => notice.reportIds.includes(r.id)),
    archive,
  ),
  loadCatalogue().indicators,
);
const banners = expected.columns.find((c) => c.id === "banners")!;

const openSummary = async (page: Page) => {
  await page.goto("./");
  await page.getByRole("link", { name: "汇总各单位" }).click();
  await page.getByRole("link", { name: notice.label }).click();
  await expect(page.getByRole("heading", { level: 1, name: notice.label })).toBeVisible();
};

test("from /, the notice's summary: one row per town, blanks as 留空, a town that left out an indicator as 未报", async ({ page }) => {
  await openSummary(page);
  const table = page.getByTestId("summary-table");
  await expect(table.locator("tbody tr")).toHaveCount(12);
  const row = (town: string) => table.locator("tbody tr").filter({ has: page.getByRole("rowheader", { name: town }) });
  const col = (id: string) => expected.columns.findIndex((c) => c.id === id) + 1;
  await expect(
    row("南岭镇")
      .getByRole("cell")
      .nth(col("banners") - 1),
  ).toHaveText("留空");
  await expect(
    row("北坡镇")
      .getByRole("cell")
      .nth(col("banners") - 1),
  ).toHaveText("150–180");
  await expect(
    row("北坡镇")
      .getByRole("cell")
      .nth(col("lectures") - 1),
  ).toHaveText("未报");
  await expect(
    row("石桥镇")
      .getByRole("cell")
      .nth(col("banners") - 1),
  ).toHaveText("（见另列）");
  // The total is a lower bound and says what it leaves out.
  expect(figureText(banners.total.quantity)).toBe("≥1,069");
  await expect(table.locator("tfoot td").nth(col("banners") - 1)).toContainText("≥1,069");
  const panel = page.getByTestId("summary-banners");
  await expect(panel.getByTestId("summary-total")).toHaveText("10 个单位合计 ≥1,069 条；1 个单位原文留空（南岭镇），未计入，合计是下限");
  await expect(page.getByTestId("summary-banners--2").getByRole("note")).toContainText("是累计数而非本期数，不能与第一列相加或比较");
  await expect(page.getByTestId("summary-books--2").getByRole("note")).toContainText("单位为「本」而非「册」");
});

test("every town's promise with its state: done by the later report, planned otherwise", async ({ page }) => {
  await openSummary(page);
  const list = page.getByTestId("summary-commitments");
  await expect(list.getByRole("listitem").filter({ hasText: "东关镇" }).first()).toContainText("已完成");
  await expect(list.getByRole("listitem").filter({ hasText: "东关镇" }).first()).toContainText("据后续汇报");
  await expect(list.getByRole("listitem").filter({ hasText: "马集镇" }).first()).toContainText("计划中，尚无跟进");
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
});

test("a report links to its summaries; the summary's Excel holds number cells", async ({ page, request }) => {
  await page.goto("reports/county-nanling-2021-h1/");
  await page
    .getByTestId("summary-links")
    .getByRole("link", { name: /同一通知/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: notice.label })).toBeVisible();
  const res = await request.get(`summary/${notice.id}/summary.xlsx`);
  expect(res.ok()).toBe(true);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(await res.body()).buffer);
  const rows = book.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
  expect(rows.find((r) => r[1] === "合计" && r[2] === "悬挂条幅" && r[4] === "本期")!.slice(5, 8)).toEqual([1069, undefined, "至少"]);
  const csv = await request.get(`summary/${notice.id}/summary.csv`);
  expect((await csv.text()).startsWith("\uFEFF单位,")).toBe(true);
  const pptx = await request.get(`summary/${notice.id}/summary.pptx`);
  expect((await pptx.body()).subarray(0, 2).toString()).toBe("PK");
});

test("the summary's deck: shown from the summary page, stepped with the keys, printed one 16:9 page a slide", async ({ page }) => {
  const slides = summaryDeck(notice, expected);
  await openSummary(page);
  await page.getByRole("link", { name: "汇报演示" }).click();
  await expect(page.getByRole("region", { name: `第 1 张，共 ${slides.length} 张：${notice.label} 汇总` })).toBeVisible();
  // The first slide is in the static HTML; the keys are live once the deck has hydrated (network idle).
  await page.waitForLoadState("networkidle");
  await page.keyboard.press("ArrowRight");
  const second = page.getByRole("region", { name: `第 2 张，共 ${slides.length} 张：${slides[1].title}` });
  await expect(second).toBeVisible();
  const shown = slides[1].kind === "chart" ? slides[1].chart.rows.length : 0;
  await expect(
    second.getByRole("figure", { name: `悬挂条幅（另 ${Object.keys(banners.cells).length - shown} 项见汇总表）（单位：条）` }),
  ).toBeVisible();
  // The leading town's bar leads to its sentence in its own report, and back.
  const leader = ranking(banners, expected.towns)[0];
  await second.locator(".recharts-bar-rectangle").first().click();
  await expect(page).toHaveURL(new RegExp(`reports/${leader.town.id}/source/#${sourceAnchor(leader.cell.measure)}$`));
  await page.goBack();

  const pdf = await deckPdf(page, page.url().replace(/#.*$/, ""));
  expect(pageCount(pdf)).toBe(slides.length);
  for (const [w, h] of pageBoxes(pdf)) expect(w / h).toBeCloseTo(16 / 9, 3);
  const text = pdfText(pdf);
  expect(text).toContain(`${notice.label}汇总`.replace(/\s+/g, ""));
  expect(text).toContain("悬挂条幅（本期）");
  // The honest total and the blank are on paper too.
  expect(text).toContain("≥1,069");
  expect(text).toContain(leader.town.label);
});
