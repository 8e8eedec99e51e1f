import { expect, test } from "@playwright/test";
import { chartsFor } from "../lib/report/charts";
import { buildDeck, type Slide } from "../lib/deck/deck";
import { figures } from "../lib/report/derive";
import { gapKindLabel, inline, qualifierTag } from "../lib/report/format";
import { overviewPath, seed } from "./seed";

const figs = figures(seed);
const slides = buildDeck(seed);

test.describe("原文对照", () => {
  test("every figure of report.json has exactly one highlight, labelled with its qualifier", async ({ page }) => {
    await page.goto(`${overviewPath}source/`);
    await expect(page.locator('[data-kind="figure"][id]')).toHaveCount(figs.length);
    for (const f of figs) {
      const anchor = page.locator(`[data-kind="figure"]#q-${f.id}`);
      await expect(anchor, f.id).toHaveCount(1);
      // A quote cut by a page-break is one highlight in two pieces: together they read as the quote.
      const pieces = await page.locator(`[data-kind="figure"][data-mark="${f.id}"]`).allTextContents();
      expect(pieces.join("").replace(/原文此处缺少\S{2}/g, ""), f.id).toBe(inline(f.quote));
      await expect(page.locator(`[data-tag-for="${f.id}"]`), f.id).toHaveText(qualifierTag(f.quantity));
    }
    await expect(page.locator('[data-tag-for="s3-slogans"]')).toHaveText("余·至少");
    await expect(page.locator('[data-tag-for="s3-books"]')).toHaveText("近·约数");
  });

  test("every blank is marked where the source leaves it", async ({ page }) => {
    await page.goto(`${overviewPath}source/`);
    for (const g of seed.gaps) {
      const gap = page.locator(`#q-${g.id}`);
      await expect(gap).toContainText(`原文此处缺少${gapKindLabel[g.kind]}${g.blankBefore}`);
    }
  });

  test("a quote across a scraped page-break is highlighted in both paragraphs", async ({ page }) => {
    await page.goto(`${overviewPath}source/`);
    const hotline = page.locator('[data-mark="s3-hotline"]');
    await expect(hotline).toHaveText(["公开举报", "专线电话"]);
    const paragraphs = hotline.locator("xpath=ancestor::p[1]");
    await expect(paragraphs).toHaveCount(2);
    expect(await paragraphs.nth(0).textContent()).not.toBe(await paragraphs.nth(1).textContent());
  });

  test("clicking a chart bar lands on its sentence, and one key brings the reader back", async ({ page }) => {
    const chart = chartsFor(seed).find((c) => c.unit === "条")!;
    const row = chart.rows[0];
    await page.goto(overviewPath);
    const panel = page.getByTestId(`chart-${chart.id}`);
    const bars = panel.locator(".recharts-bar-rectangle");
    await panel.scrollIntoViewIfNeeded();
    await expect(bars).toHaveCount(chart.rows.length);
    await bars.first().click();

    await expect(page).toHaveURL(new RegExp(`/source/\\?from=.*#q-${row.key}$`));
    const sentence = page.locator(`#q-${row.key}`);
    await expect(sentence).toHaveText(inline(seed.measures.find((m) => m.id === row.key)!.quote));
    await expect(sentence).toBeInViewport();
    const back = page.getByRole("link", { name: `返回概览 · 图表「${chart.title}」` });
    await expect(back).toBeFocused();

    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/reports/${seed.id}/(#chart-${chart.id})?$`));
    await expect(panel).toBeInViewport();
  });

  test("a headline card opens its sentence, and the way back returns to the card", async ({ page }) => {
    const f = figs.find((x) => x.headline && x.quantity.qualifier === "approx")!;
    await page.goto(overviewPath);
    const card = page.locator(`#kpi-${f.id}`);
    await expect(card).toContainText(f.label);
    await card.click(); // anywhere on the card: its link covers it
    await expect(page).toHaveURL(new RegExp(`#q-${f.id}$`));
    await expect(page.locator(`[data-tag-for="${f.id}"]`)).toHaveText("近·约数");
    await page.getByRole("link", { name: `返回概览 · 重点数字「${f.label}」` }).click();
    await expect(page).toHaveURL(new RegExp(`/reports/${seed.id}/(#kpi-${f.id})?$`));
    await expect(card).toBeInViewport();
  });

  test("opened directly, the source view still leads back to the overview", async ({ page }) => {
    await page.goto(`${overviewPath}source/#q-s3-boxes`);
    await expect(page.locator("#q-s3-boxes")).toBeInViewport();
    await page.getByRole("link", { name: "返回概览", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/reports/${seed.id}/$`));
    await expect(page.getByRole("heading", { name: "重点数字" })).toBeVisible();
  });

  test("the source view says which charts and slides use each figure, and those links lead there", async ({ page }) => {
    // its line on a section slide, its card on 主要成效, and counted in 工作举措分布's 监督举报 bar
    const shownOn = slides.flatMap((slide, i) => {
      const name = `幻灯片第 ${i + 1} 张「${slide.title}」`;
      if (slide.kind === "section" && slide.rows.some((r) => r.lines.some((l) => l.measureIds.includes("s3-boxes")))) return [name];
      if (slide.kind === "summary" && slide.figures.some((f) => f.id === "s3-boxes")) return [name];
      return slide.kind === "chart" ? [`${name}（计入“监督举报”）`] : [];
    });
    expect(shownOn).toHaveLength(3);
    await page.goto(`${overviewPath}source/`);
    const uses = page.getByRole("list", { name: "使用“设置举报箱”的地方" });
    await expect(uses.getByRole("link")).toHaveText([
      "图表「各类举措数量」（计入“监督举报”）",
      "图表「原文数字（单位：个）」",
      "重点数字卡片",
      ...shownOn,
    ]);
    await uses.getByRole("link", { name: "图表「原文数字（单位：个）」" }).click();
    await expect(page).toHaveURL(new RegExp(`/reports/${seed.id}/#chart-figures-`));
    await expect(page.getByRole("heading", { name: "原文数字（单位：个）" })).toBeInViewport();
  });

  test("a figure on a slide opens its sentence, and the way back returns to that slide", async ({ page }) => {
    const n = slides.findIndex((s) => s.kind === "summary") + 1;
    const slide = slides[n - 1] as Extract<Slide, { kind: "summary" }>;
    const figure = slide.figures[0];
    await page.goto(`${overviewPath}present/#${n}`);
    await page
      .getByRole("region", { name: new RegExp(`^第 ${n} 张`) })
      .getByRole("link", { name: figure.label })
      .click();
    await expect(page).toHaveURL(new RegExp(`/source/\\?from=present%23${n}#q-${figure.id}$`));
    await expect(page.locator(`#q-${figure.id}`)).toBeInViewport();
    await page.getByRole("link", { name: `返回汇报演示 · 第 ${n} 张「${slide.title}」` }).click();
    await expect(page).toHaveURL(new RegExp(`/present/#${n}$`));
    await expect(page.getByRole("region", { name: new RegExp(`^第 ${n} 张`) })).toBeVisible();
  });
});

test.describe("数据完整性", () => {
  test("the counts match the dataset, and every blank is listed with its sentence", async ({ page }) => {
    await page.goto(overviewPath);
    const panel = page.getByRole("region", { name: "数据完整性" });
    const count = (term: string) => panel.locator("dt", { hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");
    const q = (qualifier: string) => String(figs.filter((f) => f.quantity.qualifier === qualifier).length);
    await expect(count("数字")).toHaveText(String(seed.measures.filter((m) => m.quantity).length));
    await expect(count("确数")).toHaveText(q("exact"));
    await expect(count("至少")).toHaveText(q("at_least"));
    await expect(count("约数")).toHaveText(q("approx"));
    await expect(count("原文缺失")).toHaveText(q("missing"));
    await expect(count("原文空白")).toHaveText(String(seed.gaps.length));
    for (const g of seed.gaps) {
      const item = panel.locator(`#${g.id}`);
      await expect(item).toContainText(g.what);
      await expect(item).toContainText(inline(g.quote).replace(g.blankBefore, `此处空白${g.blankBefore}`));
    }
  });

  test("a total that includes a 余 figure is shown as a lower bound", async ({ page }) => {
    await page.goto(overviewPath);
    const parts = figs.filter((f) => f.category === "publicity" && f.quantity.unit === "条");
    expect(parts.some((f) => f.quantity.qualifier === "at_least")).toBe(true);
    const sum = parts.reduce((n, f) => n + (f.quantity.value ?? 0), 0);
    const total = page.getByRole("region", { name: "数据完整性" }).getByRole("listitem").filter({ hasText: "宣传氛围" });
    await expect(total).toContainText(`≥${sum}`);
    await expect(total).toContainText("下限");
    await expect(total).not.toContainText(new RegExp(`(^|[^≥])${sum}`));
  });

  test("a blank in the list opens the source at the blank", async ({ page }) => {
    const g = seed.gaps[0];
    await page.goto(overviewPath);
    await page.locator(`#${g.id}`).getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`#q-${g.id}$`));
    await expect(page.locator(`#q-${g.id}`)).toContainText(`原文此处缺少${gapKindLabel[g.kind]}`);
  });
});
