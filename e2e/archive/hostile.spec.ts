// The hostile fixture report (fixtures/reports/bingzhen-hostile): valid data whose title,
// headings, labels, items and source text carry <script> and <img onerror> markup, a 149-character
// title, 50 long category names and a chart with nothing to draw. Every page must show the markup
// as text, run nothing, and still lay out.
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { chartHeight, chartsFor } from "../../lib/report/charts";
import { buildDeck } from "../../lib/deck/deck";
import { loadReportFolder } from "../../lib/server/reports";
import { drawAllCharts, expectNoSidewaysScroll, expectSlidesFit } from "../layout";

const ID = "bingzhen-hostile";
const { report, source } = loadReportFolder(path.join("fixtures/reports", ID));
const SCRIPT = "<script>alert(1)</script>";
const IMG = "<img src=x onerror=alert(1)>";
const base = `reports/${ID}/`;
const pages = ["", "plans/", "source/", "present/", "present/presenter/"];
const slides = buildDeck(report);
const emptyChart = chartsFor(report).find((c) => c.rows.every((r) => r.value === null))!;

/** Fails the test on any dialog (an alert that ran), uncaught error or CSP refusal. */
function guard(page: Page) {
  const problems: string[] = [];
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) problems.push(`csp: ${msg.text()}`);
  });
  return problems;
}

/** Markup from the report never became elements: React escaped it (the CSP is a second wall, not the first). */
async function expectInert(page: Page) {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const scripts = await page.locator("script").evaluateAll((els) => els.filter((e) => e.textContent?.trim() === "alert(1)").length);
  expect(scripts).toBe(0);
}

test("the fixture is as hostile as it says", () => {
  expect([...report.title].length).toBeGreaterThanOrEqual(140);
  for (const markup of [SCRIPT, IMG]) {
    expect(report.title).toContain(markup);
    expect(source).toContain(markup);
    expect(report.measures.some((m) => m.label.includes(markup))).toBe(true);
    expect(report.measures.some((m) => m.items?.includes(markup))).toBe(true);
    expect(report.categories.some((c) => c.label.includes(markup))).toBe(true);
  }
  expect(report.categories).toHaveLength(50);
  expect(report.categories.every((c) => [...c.label].length > 12)).toBe(true);
  expect(emptyChart.rows.length).toBeGreaterThan(0);
});

test("every page shows the markup as text and runs none of it", async ({ page }) => {
  const problems = guard(page);
  const checks: [string, () => Promise<void>][] = [
    [
      "",
      async () => {
        await expect(page.getByRole("heading", { level: 1, name: report.title })).toBeVisible();
        await expect(page.getByText(`${SCRIPT}张贴宣传标语`, { exact: true }).first()).toBeVisible();
        await expect(page.getByText(SCRIPT, { exact: true }).first()).toBeVisible(); // an item chip
      },
    ],
    [
      "plans/",
      async () => {
        await expect(page.getByRole("heading", { level: 1, name: report.title })).toBeVisible();
        await expect(page.getByText(report.weaknesses[0].title, { exact: true }).first()).toBeVisible();
      },
    ],
    [
      "source/",
      async () => {
        await expect(page.getByRole("heading", { level: 1, name: report.title })).toBeVisible();
        await expect(page.getByText(`在${SCRIPT}、${IMG}、村委会等场所张贴宣传标语`).first()).toBeVisible();
      },
    ],
    [
      "present/",
      async () => {
        await expect(page.getByRole("heading", { level: 2, name: report.title })).toBeVisible();
      },
    ],
    [
      "present/presenter/",
      async () => {
        await expect(page.getByRole("heading", { level: 1 })).toContainText(report.title);
      },
    ],
  ];
  for (const [suffix, check] of checks) {
    await page.goto(base + suffix);
    await page.waitForLoadState("networkidle");
    await check();
    await expectInert(page);
  }

  // The dataset as a file: the markup is JSON string data, served as JSON, shown as text.
  const response = await page.goto(`${base}report.json`);
  expect(response?.headers()["content-type"]).toContain("application/json");
  expect((await response!.json()).title).toBe(report.title);
  await expect(page.locator("body")).toContainText(SCRIPT);
  await expectInert(page);

  expect(problems).toEqual([]);
});

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
] as const) {
  test(`nothing overflows sideways at ${width}×${height}`, async ({ page }) => {
    const problems = guard(page);
    await page.setViewportSize({ width, height });
    // The report's pages, and the list and a comparison that show its title beside the others.
    for (const path of [
      ...pages.map((suffix) => base + suffix),
      "./",
      `compare/?r=jiazhen-2021-h1,${ID}`,
      "compare/?r=jiazhen-2021-h1,jiazhen-2021-h2",
    ]) {
      await page.goto(path);
      await drawAllCharts(page);
      await expectNoSidewaysScroll(page, `/${path}`);
    }
    expect(problems).toEqual([]);
  });
}

test("every slide fits its stage at 1024×768: nothing cut off, the source line always shown", async ({ page }) => {
  const problems = guard(page);
  await page.setViewportSize({ width: 1024, height: 768 });
  await expectSlidesFit(page, `${base}present/`, slides);
  expect(problems).toEqual([]);
});

test("50 long categories: labels wrap inside the chart, its reserved height grows, the table lists all", async ({ page }) => {
  await page.goto(base);
  const panel = page.getByRole("figure", { name: "各类举措数量", exact: true });
  const drawing = panel.locator("svg.recharts-surface");
  await panel.scrollIntoViewIfNeeded();
  await expect(drawing).toBeVisible();
  expect((await drawing.boundingBox())!.height).toBeGreaterThanOrEqual(chartHeight(50));
  const labels = await panel.evaluate((figure) => {
    const box = figure.getBoundingClientRect();
    const texts = [...figure.querySelectorAll("svg text")];
    return {
      outside: texts.filter((t) => {
        const r = t.getBoundingClientRect();
        return r.left < box.left || r.right > box.right;
      }).length,
      twoLines: texts.filter((t) => t.querySelectorAll(":scope > tspan").length === 2).length,
    };
  });
  // Every category name is longer than one line of a label, so each wraps onto two.
  expect(labels).toEqual({ outside: 0, twoLines: 50 });
  await panel.getByText("查看数据表").click();
  await expect(panel.getByRole("row")).toHaveCount(51);
  await expect(panel.getByRole("rowheader", { name: report.categories[1].label, exact: true })).toBeVisible();
});

test("a chart with nothing to draw says so instead of an empty axis", async ({ page }) => {
  await page.goto(base);
  const panel = page.getByRole("figure", { name: emptyChart.title, exact: true });
  await expect(panel.getByText("本图没有可画的数字：以下各项原文未给出数字或为零，见数据表。")).toBeVisible();
  await expect(panel.locator("svg")).toHaveCount(0);
  await expect(panel.getByRole("button", { name: /PNG|SVG/ })).toHaveCount(0);
  await panel.getByText("查看数据表").click();
  await expect(panel.getByRole("row").filter({ hasText: emptyChart.rows[0].label })).toContainText("原文缺失");
});

for (const theme of ["light", "dark"] as const) {
  test(`axe (${theme} theme): the hostile overview has no violations`, async ({ page }) => {
    await page.goto(base);
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    await drawAllCharts(page);
    await expect(page.getByRole("figure", { name: "各类举措数量", exact: true }).locator("svg.recharts-surface")).toBeAttached();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("an unknown report under the base path is the Chinese 404 page, and its link stays under the base path", async ({ page, baseURL }) => {
  for (const suffix of ["reports/no-such-report/", "reports/no-such-report/present/", "no-such-page/"]) {
    const response = await page.goto(suffix);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "找不到这个页面" })).toBeVisible();
  }
  await page.getByRole("link", { name: "返回全部汇报" }).last().click();
  await expect(page).toHaveURL(baseURL!);
});
