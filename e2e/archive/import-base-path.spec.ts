/** /import under a base path (the fixture export is served at /fixtures): the drafting worker loads from there too. */
import fs from "node:fs";
import { expect, test } from "@playwright/test";

test("a .docx drafts in the worker when the site lives under a sub-path", async ({ page }) => {
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(new URL(w.url()).pathname));
  await page.goto("import/");
  await page.getByLabel(/选择文件/).setInputFiles({
    name: "青石镇.docx",
    mimeType: "application/octet-stream",
    buffer: fs.readFileSync("fixtures/extract/anquan-qingshi-zhen.docx"),
  });
  await expect(page.getByRole("heading", { name: /核对草稿/ })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("已读入「青石镇.docx」（Word 文档）")).toBeVisible();
  expect(workers.length).toBeGreaterThan(0);
  expect(workers.every((path) => path.startsWith("/fixtures/_next/"))).toBe(true);
});
