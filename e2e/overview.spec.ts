import { expect, test } from "@playwright/test";
import { figureText, qualifierLabel, typeset } from "../lib/report/format";
import { overviewPath, seed } from "./seed";

test.describe("概览页", () => {
  test("shows title, organization, period and who asked for the report", async ({ page }) => {
    await page.goto(overviewPath);
    await expect(page.getByRole("heading", { level: 1, name: seed.title })).toBeVisible();
    const meta = page.locator("header dl");
    await expect(meta).toContainText("某某镇");
    await expect(meta).toContainText("2020年");
    await expect(meta).toContainText("下半年");
    await expect(meta).toContainText("某某县委宣传部《关于开展调研督导的通知》");
  });

  test("every headline figure appears with its qualifier, a blank as 原文缺失", async ({ page }) => {
    await page.goto(overviewPath);
    const kpis = page.getByRole("region", { name: "重点数字" });
    const headlines = seed.measures.filter((m) => m.headline && m.quantity);
    expect(headlines.length).toBe(5);
    await expect(kpis.getByTestId("kpi")).toHaveCount(headlines.length);
    for (const m of headlines) {
      const card = kpis.getByTestId("kpi").filter({ hasText: m.label });
      await expect(card).toContainText(figureText(m.quantity!));
      await expect(card).toContainText(qualifierLabel[m.quantity!.qualifier]);
      if (m.quantity!.cumulative) await expect(card).toContainText("累计");
    }
    await expect(kpis.getByTestId("kpi").filter({ hasText: "成立文明理事会的村" })).not.toContainText(/\b0\b/);
    await expect(kpis).toContainText("≥80");
    await expect(kpis).toContainText("≈5,000");
  });

  test("the category chart draws one bar per category", async ({ page }) => {
    await page.goto(overviewPath);
    const chart = page.getByTestId("chart-measures-by-category");
    await expect(chart.locator("svg.recharts-surface")).toBeVisible();
    await expect(chart.locator(".recharts-bar-rectangle")).toHaveCount(seed.categories.length);
    const ticks = chart.locator(".recharts-yAxis-tick-labels text");
    await expect(ticks).toHaveText(seed.categories.map((c) => c.label));
  });

  test("figures of different units are in different charts", async ({ page }) => {
    await page.goto(overviewPath);
    await expect(page.getByRole("heading", { name: "原文数字（单位：条）" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "原文数字（单位：册）" })).toBeVisible();
    const tiao = page.getByRole("figure", { name: "原文数字（单位：条）" });
    await tiao.scrollIntoViewIfNeeded();
    await expect(tiao.locator(".recharts-bar-rectangle")).toHaveCount(2);
  });

  test("a chart below the fold shows its figures as HTML at once and draws when scrolled to", async ({ page }) => {
    await page.goto(overviewPath, { waitUntil: "networkidle" });
    const books = page.getByRole("figure", { name: "原文数字（单位：册）" });
    await expect(books.locator("svg.recharts-surface")).toHaveCount(0);
    await expect(books.getByRole("listitem").filter({ hasText: "购买优秀书籍" })).toContainText("≈5,000");
    await books.scrollIntoViewIfNeeded();
    await expect(books.locator(".recharts-bar-rectangle")).toHaveCount(1);
  });

  test("the data table opens on demand and its figures link to their sentence", async ({ page }) => {
    await page.goto(overviewPath);
    const figure = page.getByRole("figure", { name: "原文数字（单位：条）" });
    const table = figure.getByRole("table");
    await expect(table).toBeHidden();
    await figure.getByText("查看数据表").click();
    await expect(table).toBeVisible();
    await expect(table.getByRole("row", { name: /粉刷、悬挂、张贴社会宣传标语/ })).toContainText("≥80");
    await table.getByRole("link", { name: "悬挂条幅" }).click();
    await expect(page).toHaveURL(/\/source\/\?from=overview%23figures-\w+-s3-banners#q-s3-banners$/);
    await expect(page.locator("#q-s3-banners")).toHaveText("累计悬挂条幅186条");
  });

  test("weaknesses, plans, organization and gaps are summarized", async ({ page }) => {
    await page.goto(overviewPath);
    const plans = page.getByRole("region", { name: "不足与计划" });
    for (const w of seed.weaknesses) await expect(plans).toContainText(w.title);
    for (const p of seed.plans) await expect(plans).toContainText(typeset(p.title));
    const org = page.getByRole("region", { name: "组织领导与制度文件" });
    await expect(org).toContainText("组长党委书记");
    await expect(org.getByRole("listitem")).toHaveCount(3);
    const gaps = page.getByRole("region", { name: "原文空白" });
    await expect(gaps.getByRole("listitem")).toHaveCount(seed.gaps.length);
  });

  test("the five campaigns of section 三 are listed under it", async ({ page }) => {
    await page.goto(overviewPath);
    const s3 = page.getByRole("article", { name: "三、突出重点、搞好主题宣传" });
    for (const c of seed.campaigns) await expect(s3.getByRole("heading", { name: `${c.ordinal}${c.title}` })).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("figures are in the served HTML", async ({ page }) => {
    await page.goto(overviewPath);
    const chart = page.getByTestId("chart-measures-by-category");
    await expect(chart.locator("svg.recharts-surface")).toHaveCount(0);
    for (const c of seed.categories) await expect(chart.getByRole("listitem").filter({ hasText: c.label }).first()).toBeVisible();
    await expect(page.getByRole("region", { name: "重点数字" })).toContainText("≈5,000");
  });
});

test("the home page lists the report and links in", async ({ page }) => {
  await page.goto("");
  await expect(page.getByRole("heading", { level: 1, name: "全部汇报" })).toBeVisible();
  await page.getByRole("link", { name: seed.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: seed.title })).toBeVisible();
});

test("an unknown report id gets a Chinese 404 page", async ({ page }) => {
  const response = await page.goto("reports/no-such-report/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "找不到这个页面" })).toBeVisible();
  await page.getByRole("link", { name: "返回全部汇报" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "全部汇报" })).toBeVisible();
});
