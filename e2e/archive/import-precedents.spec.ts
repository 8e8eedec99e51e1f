/**
 * /import follows the published archive: a new town answering the fixture county's notice gets the
 * indicators the published towns' reviewers filed (read from /precedents/…/figures.json under the
 * base path), as a file or as pasted text; a report on another notice and topic gets none of them.
 */
import { expect, test } from "@playwright/test";
import { figureCard } from "../draft";

const NOTICE = "根据某某县委宣传部《关于报送2021年上半年意识形态工作情况的通知》要求，现将有关情况汇报如下。";
const LICUN = `李村镇2021年上半年意识形态工作情况汇报\n${NOTICE}\n一、工作开展情况\n今年以来，全镇悬挂条幅45条，设置举报箱6个。`;

test("a new town on the county's notice is filled in from the published towns, with where it came from", async ({ page }) => {
  const read: string[] = [];
  page.on("request", (r) => r.url().includes("/precedents/") && read.push(new URL(r.url()).pathname));
  await page.goto("import/");
  await page.getByLabel(/选择文件/).setInputFiles({ name: "李村镇.txt", mimeType: "text/plain", buffer: Buffer.from(LICUN) });
  const banners = figureCard(page, "45条");
  // Alone, 条幅 is too short a word to fill in (a hint); the published towns that filed 悬挂条幅… under it vouch for it.
  await expect(banners.getByText("建议", { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(banners).toContainText("悬挂条幅");
  await expect(banners.getByTestId("indicator-precedent")).toHaveText(
    /^依据：.+的汇报把「.*悬挂条幅.*」记为此指标；另有 \d+ 个乡镇同样记$/,
  );
  await expect(page.getByText("已读入「李村镇.txt」")).toBeVisible();
  expect(read.length).toBeGreaterThan(0);
  expect(read.every((path) => path.startsWith("/fixtures/precedents/"))).toBe(true);
});

test("a report on another notice and topic is drafted from the catalogue alone", async ({ page }) => {
  await page.goto("import/");
  await page
    .getByRole("textbox", { name: /汇报原文/ })
    .fill(
      "李村镇2021年上半年安全生产工作情况汇报\n根据县应急管理局《关于报送安全生产工作情况的通知》要求，现汇报如下。\n一、工作开展情况\n今年以来，全镇悬挂条幅45条。",
    );
  await page.getByRole("button", { name: "生成草稿" }).click();
  const banners = figureCard(page, "45条");
  await expect(banners.getByRole("button", { name: "也许是「悬挂条幅」：采用" })).toBeVisible();
  await expect(banners.getByTestId("indicator-precedent")).toHaveCount(0);
});

test("a town citing no notice, its topic worded otherwise, follows the published towns of that topic", async ({ page }) => {
  await page.goto("import/");
  await page
    .getByRole("textbox", { name: /汇报原文/ })
    .fill(
      "李村镇2021年上半年落实意识形态工作责任制情况汇报\n现将有关情况汇报如下。\n一、工作开展情况\n今年以来，全镇悬挂条幅45条，设置举报箱6个。",
    );
  await page.getByRole("button", { name: "生成草稿" }).click();
  const banners = figureCard(page, "45条");
  await expect(banners.getByText("建议", { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(banners.getByTestId("indicator-precedent")).toHaveText(/^依据：.+的汇报把「.*悬挂条幅.*」记为此指标/);
});
