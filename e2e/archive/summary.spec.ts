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
import { commitmentsText } from "../../lib/summary/view";
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
  await expect(page.getByTestId("summary-commitment-count")).toHaveText(commitmentsText(expected.towns));
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
  await expect(page).toHaveURL(/present\/(#2)?$/);

  // The deck's own address, not page.url(): a history step may still be settling when it is read.
  const pdf = await deckPdf(page, `summary/${notice.id}/present/`);
  expect(pageCount(pdf)).toBe(slides.length);
  for (const [w, h] of pageBoxes(pdf)) expect(w / h).toBeCloseTo(16 / 9, 3);
  const text = pdfText(pdf);
  expect(text).toContain(`${notice.label}汇总`.replace(/\s+/g, ""));
  expect(text).toContain("悬挂条幅（本期）");
  // The honest total and the blank are on paper too.
  expect(text).toContain("≥1,069");
  expect(text).toContain(leader.town.label);
});

// The fixture archive is built with LIST_PAGE_SIZE=15 (package.json), so its whole-archive
// summary (18 reports) stands for a county of a thousand: the first page is in the HTML, the rest
// comes from the group's compact figures table, read once a person turns the page.
test("a large group shows one page of towns and reads the rest from its figures table when asked", async ({ page }) => {
  const all = summarize(townRows(archive, archive), loadCatalogue().indicators);
  expect(all.towns.length).toBe(18);
  const tables: string[] = [];
  page.on("request", (r) => r.url().endsWith("/figures.json") && tables.push(r.url()));
  await page.goto("summary/all/");
  const figures = page.getByRole("navigation", { name: "各单位数字分页" });
  const table = page.getByTestId("summary-table");
  const names = () => table.locator("tbody th").allInnerTexts();
  await expect(figures.getByTestId("pager-status")).toHaveText("共 18 个单位，第 1–15 个");
  expect(await names()).toEqual(all.towns.slice(0, 15).map((t) => t.label));
  const footer = await table.locator("tfoot").innerText();
  expect(tables).toEqual([]);

  await page.waitForLoadState("networkidle");
  await figures.getByRole("button", { name: "下一页 ›" }).click();
  await expect(figures.getByTestId("pager-status")).toHaveText("共 18 个单位，第 16–18 个");
  expect(await names()).toEqual(all.towns.slice(15).map((t) => t.label));
  await expect(figures.getByRole("button", { name: "下一页 ›" })).toBeDisabled();
  // The totals speak for the whole group on every page.
  expect(await table.locator("tfoot").innerText()).toBe(footer);
  // A town's figure on the second page is the one its report states.
  const town = all.towns[15];
  const column = all.columns.find((c) => c.cells[town.id] && c.cells[town.id].quantity.value !== null)!;
  const at = all.columns.indexOf(column);
  await expect(
    table
      .locator("tbody tr")
      .filter({ has: page.getByRole("rowheader", { name: town.label }) })
      .getByRole("cell")
      .nth(at),
  ).toHaveText(figureText(column.cells[town.id].quantity));

  await figures.getByLabel("查找单位").fill("西河");
  await expect(figures.getByTestId("pager-status")).toHaveText("找到 2 个单位，第 1–2 个");
  expect(await names()).toEqual(all.towns.filter((t) => t.label.includes("西河")).map((t) => t.label));
  await figures.getByLabel("查找单位").fill("没有这个镇");
  await expect(page.getByText("没有名称含「没有这个镇」的单位。")).toBeVisible();
  await figures.getByLabel("查找单位").fill("");
  await figures.getByRole("button", { name: "显示全部" }).click();
  await expect(table.locator("tbody tr")).toHaveCount(18);

  // The promises page the same way, from the same one read of the table.
  const promises = page.getByRole("navigation", { name: "各单位承诺分页" });
  await expect(page.getByTestId("summary-commitments").locator(":scope > li")).toHaveCount(15);
  await promises.getByRole("button", { name: "下一页 ›" }).click();
  await expect(page.getByTestId("summary-commitments").locator(":scope > li")).toHaveCount(3);
  expect(tables).toHaveLength(1);
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
});
