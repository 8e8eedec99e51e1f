// `/` and `/compare` on the real archive (data/reports), which holds one report today.
import { expect, test } from "@playwright/test";
import { completeness } from "../lib/report/derive";
import { getReports } from "../lib/server/reports";

const reports = getReports().map((r) => r.report);

test("the list shows every report in data/reports with its figure count and completeness", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("heading", { name: "全部汇报", level: 1 })).toBeVisible();
  await expect(page.getByText(`共 ${reports.length} 份汇报`)).toBeVisible();
  for (const report of reports) {
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: report.title }) });
    const c = completeness(report);
    await expect(row.getByRole("cell").filter({ hasText: report.period.label })).toHaveCount(1);
    await expect(row).toContainText(`确数 ${c.byQualifier.exact}`);
    if (c.gaps > 0) await expect(row).toContainText(`原文空白 ${c.gaps} 处`);
    await expect(row.getByRole("cell", { name: String(c.total), exact: true })).toHaveCount(1);
  }
});

test("with one report, /compare explains how to add another instead of a dead end", async ({ page }) => {
  test.skip(reports.length > 1, "archive holds more than one report");
  await page.goto("compare/");
  await expect(page.getByRole("heading", { name: "目前只有 1 份汇报，还不能对比" })).toBeVisible();
  await expect(page.getByText("source.txt")).toBeVisible();
  await page.getByRole("link", { name: reports[0].title }).click();
  await expect(page.getByRole("heading", { name: reports[0].title, level: 1 })).toBeVisible();
});
