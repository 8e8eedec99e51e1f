/**
 * /import with files, as a person brings them: a Word file dropped and a PDF chosen draft with their
 * figures, what reading changed is shown and kept in report.source, a reload keeps the text and the
 * file's name, and each bad file gets its message, never a half draft. All of it in the worker,
 * under the page's Content-Security-Policy.
 */
import fs from "node:fs";
import JSZip from "jszip";
import { expect, test, type Page } from "@playwright/test";
import type { Report } from "../lib/model/schema";
import { MAX_FILE_BYTES } from "../lib/model/limits";
import { fixtureCorpus, paste, repeated } from "./paste";

type Expected = { title: string; figures: { text: string; value: number | null }[] };
const expected = (name: string) => JSON.parse(fs.readFileSync(`fixtures/extract/${name}.expected.json`, "utf8")) as Expected;
/** A few figures the source prints as one run of characters, with their values. */
const someFigures = (e: Expected) => e.figures.filter((f) => !/\s/.test(f.text) && f.value !== null).slice(0, 4);

let problems: string[];
test.beforeEach(async ({ page }) => {
  problems = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(`csp: ${m.text()}`);
  });
  await page.goto("import/");
});
test.afterEach(() => expect(problems).toEqual([]));

const review = (page: Page) => page.getByRole("heading", { name: /核对草稿/ });
const chooser = (page: Page) => page.getByLabel(/选择文件/);

async function drop(page: Page, name: string, bytes: Buffer) {
  const transfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], name));
      return dt;
    },
    { name, base64: bytes.toString("base64") },
  );
  await page.getByTestId("drop-zone").dispatchEvent("drop", { dataTransfer: transfer });
}

async function expectFigures(page: Page, e: Expected) {
  await expect(review(page)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(e.title).first()).toBeVisible();
  const marked = page.getByRole("region", { name: "原文（已标出数字）" });
  const cards = page.getByRole("list", { name: "数字草稿" }).getByRole("listitem");
  for (const f of someFigures(e)) {
    await expect(marked.getByRole("link", { name: f.text, exact: true }).first()).toBeVisible();
    const card = cards.filter({ has: page.getByRole("link", { name: f.text, exact: true }) }).first();
    await expect(card.getByRole("spinbutton", { name: "数值" })).toHaveValue(String(f.value));
  }
}

test("a .docx dropped on the box is read and drafted, with what reading did", async ({ page }) => {
  await drop(page, "南山镇述职.docx", fs.readFileSync("fixtures/extract/dangjian-nanshan-zhen.docx"));
  await expectFigures(page, expected("dangjian-nanshan-zhen"));
  await expect(page.getByText("已读入「南山镇述职.docx」（Word 文档）")).toBeVisible();
  await expect(page.getByRole("list", { name: "读取时的处理" })).toContainText("从 Word 文档读取正文");
});

test("a .pdf chosen is drafted; report.json records the file, and a reload keeps its text and name", async ({ page }) => {
  await chooser(page).setInputFiles({
    name: "青石镇.pdf",
    mimeType: "application/pdf",
    buffer: fs.readFileSync("fixtures/extract/anquan-qingshi-zhen.pdf"),
  });
  await expectFigures(page, expected("anquan-qingshi-zhen"));
  await expect(page.getByText("已读入「青石镇.pdf」（PDF）")).toBeVisible();
  const shown = await page.getByRole("list", { name: "读取时的处理" }).getByRole("listitem").allTextContents();
  expect(shown.join()).toMatch(/句中换行/);

  await page.getByRole("textbox", { name: /数据集标识/ }).fill("qingshi-2023");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载 report.json" }).click()]);
  const report = JSON.parse(fs.readFileSync(await download.path(), "utf8")) as Report;
  expect(report.source).toEqual({ file: "青石镇.pdf", kind: "pdf", normalisations: shown });

  const box = page.getByRole("textbox", { name: /汇报原文/ });
  const text = await box.inputValue();
  await page.waitForTimeout(600); // the autosave
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "已恢复" })).toBeVisible();
  await expect(box).toHaveValue(text);
  await expect(page.getByText("已读入「青石镇.pdf」（PDF）")).toBeVisible();
  await expect(review(page)).toBeVisible();
});

/** Bad files, each with what its message must say. */
async function badFiles(): Promise<[name: string, bytes: Buffer, message: RegExp][]> {
  const zip = async (files: Record<string, string>) => {
    const z = new JSZip();
    for (const [name, content] of Object.entries(files)) z.file(name, content);
    return z.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  };
  // A small zip whose directory says its document.xml inflates to 2 GB, as a bomb's does.
  const bomb = await zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "0".repeat(100_000) });
  for (let at = 0; at + 4 <= bomb.length; at++) if (bomb.readUInt32LE(at) === 0x02014b50) bomb.writeUInt32LE(0x7fff0000, at + 24);
  const cfb = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
  const tooBig = Buffer.alloc(MAX_FILE_BYTES + 1);
  return [
    ["扫描件.pdf", fs.readFileSync("fixtures/bad-files/scanned.pdf"), /没有文字层.*扫描件需先识别文字/],
    ["加密.pdf", fs.readFileSync("fixtures/bad-files/encrypted.pdf"), /PDF 设有密码/],
    ["损坏.docx", fs.readFileSync("fixtures/extract/dangjian-nanshan-zhen.docx").subarray(0, 3000), /文件不完整或已损坏.*另存为 \.docx/],
    ["炸弹.docx", bomb, /压缩炸弹/],
    ["网页.docx", Buffer.from("<html><head><meta charset='utf-8'></head><body><p>汇报</p></body></html>"), /其实是网页（HTML）/],
    ["旧版.doc", cfb, /旧版 Word（\.doc）或 WPS（\.wps）.*另存为 \.docx/],
    ["太大.pdf", tooBig, /太大（20\.0 MB，上限 20 MB）/],
  ];
}

test("every bad file gets its message, and no draft", async ({ page }) => {
  const box = page.getByRole("textbox", { name: /汇报原文/ });
  for (const [name, bytes, message] of await badFiles()) {
    await chooser(page).setInputFiles({ name, mimeType: "application/octet-stream", buffer: bytes });
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText(name, { timeout: 20_000 });
    await expect(alert).toHaveText(message);
    await expect(review(page)).toHaveCount(0);
    await expect(box).toBeEditable();
  }
});

test("the page answers while a long text drafts: 取消 stops it, and a new request supersedes it", async ({ page }) => {
  const long = repeated(fixtureCorpus(), 8); // some 370,000 characters: a second or more of work
  const box = page.getByRole("textbox", { name: /汇报原文/ });
  await paste(box, long);
  await page.getByRole("button", { name: "生成草稿" }).click();
  const busy = page.getByRole("status").filter({ hasText: "正在起草" });
  await expect(busy).toBeVisible();
  // Were the extraction on the page, this click would wait for it and the draft would then appear.
  await busy.getByRole("button", { name: "取消" }).click();
  await expect(busy).toHaveCount(0);
  await page.waitForTimeout(3000);
  await expect(review(page)).toHaveCount(0);

  await page.getByRole("button", { name: "生成草稿" }).click();
  await expect(busy).toBeVisible();
  await paste(box, fs.readFileSync("data/reports/mouzhen-2020-ideology/source.txt", "utf8"));
  await page.getByRole("button", { name: "生成草稿" }).click();
  await expect(review(page)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("某某镇关于落实意识形态工作的情况汇报").first()).toBeVisible();
  await expect(busy).toHaveCount(0);
  await page.waitForTimeout(3000); // the superseded draft never arrives
  await expect(page.getByText("原文已修改")).toHaveCount(0);
});

test("the worker runs under the page's Content-Security-Policy, which still refuses a blob: worker", async ({ page }) => {
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("worker-src 'self'");
  await chooser(page).setInputFiles({
    name: "青石镇.docx",
    mimeType: "application/octet-stream",
    buffer: fs.readFileSync("fixtures/extract/anquan-qingshi-zhen.docx"),
  });
  await expect(review(page)).toBeVisible({ timeout: 20_000 });
  const refused = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener("securitypolicyviolation", (e) => resolve(e.effectiveDirective), { once: true });
        try {
          new Worker(URL.createObjectURL(new Blob(["postMessage(1)"], { type: "text/javascript" })));
        } catch {
          resolve("threw");
        }
      }),
  );
  expect(refused).toBe("worker-src");
  problems = problems.filter((p) => !p.includes("blob:")); // the refusal just provoked
});
