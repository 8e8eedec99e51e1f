import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";

const figures = (page: Page) => page.getByRole("list", { name: "数字草稿" }).getByRole("listitem");
const marked = (page: Page, text: string) =>
  page.getByRole("region", { name: "原文（已标出数字）" }).getByRole("link", { name: text, exact: true });

test("a .docx dropped on /import drafts, its table read as labelled rows", async ({ page }) => {
  await page.goto("import/");
  const bytes = [...fs.readFileSync("fixtures/extract/table-anquan.docx")];
  // A real drop: a DataTransfer holding the file, as the browser builds it when a file is dragged in.
  const transfer = await page.evaluateHandle((data) => {
    const dt = new DataTransfer();
    const type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    dt.items.add(new File([new Uint8Array(data)], "安全隐患排查.docx", { type }));
    return dt;
  }, bytes);
  const zone = page.getByRole("textbox", { name: /汇报原文/ });
  await zone.dispatchEvent("dragover", { dataTransfer: transfer });
  await zone.dispatchEvent("drop", { dataTransfer: transfer });
  await expect(page.getByText("已读入「安全隐患排查.docx」（Word 文档）")).toBeVisible();
  await expect(page.getByText(/1 张表格按行读成文字/)).toBeVisible();
  await expect(page.getByRole("heading", { name: /核对草稿/ })).toBeVisible();
  await expect(zone).toHaveValue(/东岭村：排查隐患86处、整改完成86处/);
  await expect(figures(page)).toHaveCount(34);
  await expect(marked(page, "46.0万元").first()).toBeVisible();
});

test("a .pdf chosen on /import drafts from its normalised text", async ({ page }) => {
  await page.goto("import/");
  await page.getByLabel("选择文件（.docx / .pdf / .txt）").setInputFiles({
    name: "信访工作汇报.pdf",
    mimeType: "application/pdf",
    buffer: fs.readFileSync("fixtures/extract/xinfang-longquan-zhen.pdf"),
  });
  await expect(page.getByText("已读入「信访工作汇报.pdf」（PDF）")).toBeVisible();
  await expect(page.getByText(/合并了 \d+ 处页面排版造成的句中换行/)).toBeVisible();
  await expect(page.getByRole("heading", { name: /核对草稿/ })).toBeVisible();
  await expect(marked(page, "86批")).toBeVisible();
  expect(await figures(page).count()).toBeGreaterThanOrEqual(28);
});

test("a scanned .pdf gets its message and no draft", async ({ page }) => {
  await page.goto("import/");
  await page.getByLabel("选择文件（.docx / .pdf / .txt）").setInputFiles({
    name: "扫描件.pdf",
    mimeType: "application/pdf",
    buffer: fs.readFileSync("fixtures/bad-files/scanned.pdf"),
  });
  await expect(page.getByRole("alert")).toContainText("扫描件需先识别文字");
  await expect(page.getByRole("heading", { name: /核对草稿/ })).toHaveCount(0);
});
