// The fixture archive, exported by `npm run build:fixtures` under the basePath /fixtures: three
// synthetic town reports (two periods of 甲镇, one of 乙镇), which these tests compare, and the
// hostile report of hostile.spec.ts, which only shows up here as one more row of the list.
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { completeness } from "../../lib/report/derive";
import { figureText } from "../../lib/report/format";
import { loadReportFolder, loadReportsDir } from "../../lib/server/reports";

const FIXTURES = "fixtures/reports";
const load = (id: string) => loadReportFolder(path.join(FIXTURES, id)).report;
const archiveSize = loadReportsDir(FIXTURES).size;
const h1 = load("jiazhen-2021-h1");
const h2 = load("jiazhen-2021-h2");
const yi = load("yizhen-2021-h1");
const shown = (report: typeof h1, measureId: string) => figureText(report.measures.find((m) => m.id === measureId)!.quantity!);

test.beforeAll(async ({ request }) => {
  const res = await request.get("./");
  expect(res.ok(), "out-fixtures/ 缺失：先运行 npm run build:fixtures").toBe(true);
});

/** Records which report datasets the page fetched, and fails on any request that leaves this server. */
function watch(page: Page) {
  const datasets: string[] = [];
  const foreign: string[] = [];
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (url.hostname !== "127.0.0.1") foreign.push(req.url());
    if (url.pathname.endsWith("/report.json")) datasets.push(url.pathname);
  });
  return { datasets, foreign };
}

const panel = (page: Page, name: string) => page.getByRole("figure", { name, exact: true });
const rowOf = (page: Page, figure: string, report: string) => panel(page, figure).getByRole("row").filter({ hasText: report });

test("the list shows every report, the towns' with figure counts and completeness, and filters them", async ({ page }) => {
  const lists: string[] = [];
  page.on("request", (req) => {
    if (req.url().endsWith("/reports.json")) lists.push(new URL(req.url()).pathname);
  });
  await page.goto("./");
  await expect(page.getByText(`共 ${archiveSize} 份汇报`)).toBeVisible();
  const body = page.getByRole("table", { name: "汇报列表" }).locator("tbody tr");
  // The fixture archive is built with LIST_PAGE_SIZE=15 (package.json): 15 rows, then the rest when asked.
  expect(archiveSize).toBeGreaterThan(15);
  await expect(body).toHaveCount(15);
  await expect(page.getByTestId("list-more")).toContainText(`已显示 15 份，共 ${archiveSize} 份`);
  // The page carried its first rows only; the whole list is read once, when more is asked for.
  await expect(body.filter({ hasText: yi.title })).toHaveCount(0);
  expect(lists).toEqual([]);
  await page.getByRole("button", { name: `再显示 ${archiveSize - 15} 份` }).click();
  await expect(body).toHaveCount(archiveSize);
  await expect(page.getByTestId("list-more")).toHaveCount(0);
  for (const report of [h1, h2, yi]) {
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: report.title }) });
    const c = completeness(report);
    await expect(row.getByRole("cell").nth(1)).toHaveText(report.organization.name);
    await expect(row.getByRole("cell").nth(2)).toHaveText(report.period.label);
    await expect(row.getByRole("cell").nth(5)).toHaveText(String(c.total));
    await expect(row.getByRole("cell").nth(6)).toContainText(`确数 ${c.byQualifier.exact}`);
  }
  await page.getByLabel("汇报单位").selectOption("甲镇");
  await expect(body).toHaveCount(2);
  await expect(page.getByText("筛选后显示 2 份")).toBeVisible();
  await page.getByLabel("汇报期").selectOption("2021年上半年");
  await expect(body).toHaveCount(1);
  await expect(body).toContainText(h1.title);
  await page.getByRole("button", { name: "清除筛选" }).click();
  await expect(body).toHaveCount(15);
  await page.getByRole("button", { name: "显示全部" }).click();
  await expect(body).toHaveCount(archiveSize);
  expect(lists).toEqual(["/fixtures/reports.json"]);
});

test("a filter finds a report beyond the first page, and the list says so when it cannot be read", async ({ page }) => {
  const body = page.getByRole("table", { name: "汇报列表" }).locator("tbody tr");
  await page.goto("./");
  await page.getByLabel("汇报单位").selectOption("乙镇");
  await expect(body).toHaveCount(1);
  await expect(body).toContainText(yi.title);
  await expect(page.getByText("筛选后显示 1 份")).toBeVisible();

  await page.route("**/reports.json", (route) => route.fulfill({ status: 503, body: "" }));
  await page.goto("./");
  await page.getByLabel("标题关键词").fill("测试样例");
  const alert = page.getByRole("alert").filter({ hasText: "读不到完整的汇报列表" });
  await expect(alert).toContainText("读取 reports.json 失败（HTTP 503）。下面只列出前 15 份");
  await expect(body).toHaveCount(15);
});

test("ticking two reports leads to their comparison, earlier period first", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("checkbox", { name: "选择对比：甲镇 2021年下半年" }).check();
  await page.getByRole("checkbox", { name: "选择对比：甲镇 2021年上半年" }).check();
  await page.getByRole("link", { name: "对比所选汇报" }).click();
  await expect(page).toHaveURL(/\/fixtures\/compare\/\?r=jiazhen-2021-h1,jiazhen-2021-h2$/);
  await expect(page.getByRole("heading", { name: "原文数字对比" })).toBeVisible();
});

test("one town's two periods: differences keep their qualifiers", async ({ page }) => {
  const seen = watch(page);
  await page.goto("compare/?r=jiazhen-2021-h1,jiazhen-2021-h2");
  const later = "甲镇 · 2021年下半年";

  await expect(rowOf(page, "悬挂条幅", later).getByRole("cell").nth(0)).toHaveText(shown(h2, "banners"));
  await expect(rowOf(page, "悬挂条幅", later).getByRole("cell").nth(1)).toHaveText("+30");

  // 80余 → 95: the earlier figure is a lower bound, so the change is at most +15, never a plain +15.
  await expect(rowOf(page, "张贴宣传标语", "2021年上半年").getByRole("cell").nth(0)).toHaveText(shown(h1, "slogans"));
  await expect(rowOf(page, "张贴宣传标语", "2021年上半年").getByRole("cell").nth(0)).toHaveText("≥80");
  await expect(rowOf(page, "张贴宣传标语", later).getByRole("cell").nth(1)).toContainText("≤+15");

  await expect(rowOf(page, "购买图书", later).getByRole("cell").nth(1)).toContainText("≈+500");
  await expect(rowOf(page, "设置举报箱", later).getByRole("cell").nth(1)).toHaveText("持平");
  await expect(rowOf(page, "成立红白理事会的村", "2021年上半年").getByRole("cell").nth(0)).toHaveText("原文缺失");
  await expect(rowOf(page, "成立红白理事会的村", later).getByRole("cell").nth(1)).toContainText("无法计算");

  // Only the two reports shown were fetched, from under the basePath, and nothing left this server.
  expect([...new Set(seen.datasets)].sort()).toEqual([
    "/fixtures/reports/jiazhen-2021-h1/report.json",
    "/fixtures/reports/jiazhen-2021-h2/report.json",
  ]);
  expect(seen.foreign).toEqual([]);
});

test("a figure or category one report lacks shows as absent, not zero", async ({ page }) => {
  await page.goto("compare/?r=jiazhen-2021-h1,jiazhen-2021-h2");
  const later = "甲镇 · 2021年下半年";
  // h2 has no 理论学习 category and no study-session figure.
  expect(h2.categories.some((c) => c.id === "study")).toBe(false);
  await expect(rowOf(page, "理论学习", later).getByRole("cell").nth(0)).toHaveText("无此类别");
  await expect(rowOf(page, "党委中心组集中学习", later).getByRole("cell").nth(0)).toHaveText("无此项");
  await expect(rowOf(page, "党委中心组集中学习", later).getByRole("cell").nth(1)).toHaveText("—");
  // The chart labels the empty place too, with no bar value 0.
  await panel(page, "理论学习").scrollIntoViewIfNeeded();
  const chart = panel(page, "理论学习").locator("svg.recharts-surface");
  await expect(chart.locator(".recharts-label-list").getByText("无此类别")).toBeVisible();
  await expect(chart.locator(".recharts-label-list").getByText("0", { exact: true })).toHaveCount(0);
  // And a unit the earlier report lacks (名) is absent there.
  await expect(rowOf(page, "组建网络评论员队伍", "2021年上半年").getByRole("cell").nth(0)).toHaveText("无此项");
});

test("two towns: 条幅 vs 横幅 and 本期 vs 累计 are flagged as not comparable, never subtracted", async ({ page }) => {
  await page.goto("compare/?r=jiazhen-2021-h1,yizhen-2021-h1");
  const other = "乙镇 · 2021年上半年";
  const flagged = page.getByRole("region", { name: "口径不同，不作比较" });
  await expect(flagged.getByRole("row").filter({ hasText: "悬挂条幅" })).toContainText("统计对象为“悬挂的横幅”，而非“悬挂的条幅”");
  await expect(flagged.getByRole("row").filter({ hasText: "张贴宣传标语" })).toContainText("为累计数，而非本期数");

  const banners = rowOf(page, "悬挂条幅", other);
  await expect(banners.getByRole("cell").nth(1)).toHaveText("口径不同");
  await expect(panel(page, "悬挂条幅")).not.toContainText("+80");
  await panel(page, "悬挂条幅").scrollIntoViewIfNeeded();
  await expect(panel(page, "悬挂条幅").locator("svg.recharts-surface .recharts-label-list").getByText("口径不同")).toBeVisible();

  await expect(rowOf(page, "设置举报箱", other).getByRole("cell").nth(1)).toHaveText("−5");
  await expect(rowOf(page, "购买图书", other).getByRole("cell").nth(0)).toHaveText("无此项");
  await expect(rowOf(page, "文化阵地", other).getByRole("cell").nth(0)).toHaveText("无此类别");
});

test("the URL holds the selection: it restores it, and every change is written back", async ({ page }) => {
  await page.goto("compare/?r=jiazhen-2021-h1,yizhen-2021-h1");
  const items = page.getByRole("region", { name: "所选汇报" }).getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText("基准");
  await expect(items.nth(0)).toContainText("甲镇 · 2021年上半年");
  await expect(items.nth(1)).toContainText("乙镇 · 2021年上半年");

  await page.getByLabel("添加一份汇报").selectOption("jiazhen-2021-h2");
  await expect(page).toHaveURL(/\?r=jiazhen-2021-h1,yizhen-2021-h1,jiazhen-2021-h2$/);
  await page.reload();
  await expect(items).toHaveCount(3);
  await expect(items.nth(2)).toContainText("甲镇 · 2021年下半年");

  await items.filter({ hasText: "乙镇" }).getByRole("button", { name: "设为基准" }).click();
  await expect(page).toHaveURL(/\?r=yizhen-2021-h1,jiazhen-2021-h1,jiazhen-2021-h2$/);
  await expect(items.nth(0)).toContainText("乙镇 · 2021年上半年");
  await expect(rowOf(page, "设置举报箱", "甲镇 · 2021年上半年").getByRole("cell").nth(1)).toHaveText("+5");

  await page.goBack();
  await expect(items.nth(0)).toContainText("甲镇 · 2021年上半年");
  await items.filter({ hasText: "乙镇" }).getByRole("button", { name: /移除/ }).click();
  await expect(page).toHaveURL(/\?r=jiazhen-2021-h1,jiazhen-2021-h2$/);
});

test("a link naming a report that no longer exists says so and compares the rest", async ({ page }) => {
  await page.goto("compare/?r=jiazhen-2021-h1,gone-2019,jiazhen-2021-h2");
  await expect(page.getByRole("alert").filter({ hasText: "gone-2019" })).toContainText("链接中的汇报「gone-2019」不存在");
  await expect(rowOf(page, "悬挂条幅", "甲镇 · 2021年下半年").getByRole("cell").nth(1)).toHaveText("+30");
});

test("with fewer than two selected, the page offers a town's latest two periods", async ({ page }) => {
  await page.goto("compare/");
  await expect(page.getByRole("heading", { name: "请选择要对比的汇报" })).toBeVisible();
  await page.getByRole("link", { name: "甲镇：2021年上半年 → 2021年下半年" }).click();
  await expect(page).toHaveURL(/\?r=jiazhen-2021-h1,jiazhen-2021-h2$/);
  await expect(rowOf(page, "悬挂条幅", "甲镇 · 2021年下半年").getByRole("cell").nth(1)).toHaveText("+30");
});

test("a comparison loads its reports under the Content-Security-Policy without a violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  await page.goto("compare/?r=jiazhen-2021-h1,jiazhen-2021-h2,yizhen-2021-h1");
  await expect(rowOf(page, "悬挂条幅", "甲镇 · 2021年下半年").getByRole("cell").nth(1)).toHaveText("+30");
  expect(violations).toEqual([]);
});

for (const theme of ["light", "dark"] as const) {
  test(`axe (${theme} theme): the list and a three-way comparison have no violations`, async ({ page }) => {
    for (const path of ["./", "compare/?r=jiazhen-2021-h1,jiazhen-2021-h2,yizhen-2021-h1"]) {
      await page.goto(path);
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      if (path.startsWith("compare")) await expect(page.getByRole("heading", { name: "各类举措数量" })).toBeVisible();
      await page.waitForLoadState("networkidle");
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
  });
}

test("the earlier period's plans show what the later report says, and link the two", async ({ page }) => {
  await page.goto("reports/jiazhen-2021-h1/plans/");
  const followUp = page.getByRole("region", { name: "跟进情况" });
  await expect(followUp).toContainText("同一单位的下一期汇报");
  await expect(followUp).toContainText("下一期汇报未提及 1 项承诺：每季度更新一次宣传标语（未提及不等于未落实）");

  // Each commitment the later report speaks of carries its word and the sentence it rests on.
  const team = h2.followUps!.find((f) => f.commitment === "p1-team")!;
  const card = page.locator("li").filter({ hasText: "组建网络评论员队伍" }).filter({ hasText: team.quote }).last();
  await expect(card).toContainText("2021年下半年：已完成");
  await card.getByRole("link", { name: `「${team.quote}」` }).click();
  await expect(page).toHaveURL(/\/fixtures\/reports\/jiazhen-2021-h2\/source\/#q-fu-team$/);

  await page.goBack();
  await followUp.getByRole("link", { name: `《${h2.title}》` }).click();
  await expect(page).toHaveURL(/\/fixtures\/reports\/jiazhen-2021-h2\/plans\/$/);
  await expect(page.getByRole("heading", { name: h2.title, level: 1 })).toBeVisible();

  await page.goBack();
  await followUp.getByRole("link", { name: "与本期并排对比" }).click();
  await expect(page).toHaveURL(/\/fixtures\/compare\/\?r=jiazhen-2021-h1,jiazhen-2021-h2$/);
  const table = page.getByRole("region", { name: "甲镇 · 2021年上半年的承诺落实情况" });
  await expect(table.getByRole("row").filter({ hasText: "组建网络评论员队伍" })).toContainText("已完成");
  await expect(table.getByRole("row").filter({ hasText: "每月开展一次培训" })).toContainText("推进中");
  await expect(table.getByRole("row").filter({ hasText: "每季度更新一次宣传标语" })).toContainText("未提及");
});
