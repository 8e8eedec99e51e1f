import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import type { Report } from "../lib/model/schema";
import { validateReport } from "../lib/model/validate";
import { INDICATORS } from "../lib/extract/indicators";
import { indicatorsForUnit } from "../lib/model/catalogue";
import { GROUP_LABELS } from "../lib/model/indicators";
import { figureCard } from "./draft";

const folder = "data/reports/mouzhen-2020-ideology";
const source = fs.readFileSync(`${folder}/source.txt`, "utf8");
const seed = JSON.parse(fs.readFileSync(`${folder}/report.json`, "utf8")) as Report;
// Figures the text prints (the seed's one figure read from words, 某某镇文体活动室 = 1个, is not one).
const printed = seed.measures.filter((m) => m.quantity && !m.quantity.note?.includes("原文未写数字")).map((m) => m.quantity!.text);

let external: string[];
test.beforeEach(async ({ page }) => {
  external = [];
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" || url.hostname === "localhost") return route.continue();
    external.push(url.href);
    return route.abort();
  });
});
test.afterEach(() => expect(external).toEqual([]));

test("the home page leads to the import page", async ({ page }) => {
  await page.goto("./");
  // The button beside the title; the empty 本机汇报 list links there too.
  await page.getByRole("link", { name: "导入新汇报" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "导入新汇报" })).toBeVisible();
});

test("paste the seed report, see its figures marked, fix, remove, confirm, and download a report.json that validates", async ({ page }) => {
  await page.goto("import/");
  await page.getByRole("textbox", { name: /汇报原文/ }).fill(source);
  await page.getByRole("button", { name: "生成草稿" }).click();

  const marked = page.getByRole("region", { name: "原文（已标出数字）" });
  for (const text of printed) await expect(marked.getByRole("link", { name: text, exact: true })).toBeVisible();
  const list = page.getByRole("list", { name: "数字草稿" });
  const cards = list.getByRole("listitem");
  await expect(cards).toHaveCount(printed.length);
  const card = (text: string) => cards.filter({ has: page.getByRole("link", { name: text, exact: true }) });

  // A figure links to its card, and the card says what it read.
  await marked.getByRole("link", { name: "80余条", exact: true }).click();
  await expect(card("80余条")).toContainText("≥80 条");
  await expect(card("个村")).toContainText("原文缺失");

  // Fix a category, remove a figure and bring it back, confirm one.
  await card("三面").getByRole("combobox", { name: "「三面」的类别" }).selectOption({ label: "监督举报" });
  await card("五大方面").getByRole("button", { name: "删除（不是数字）" }).click();
  await expect(cards).toHaveCount(printed.length - 1);
  await expect(marked.getByRole("link", { name: "五大方面", exact: true })).toHaveCount(0);
  await page.getByRole("button", { name: "恢复" }).click();
  await expect(cards).toHaveCount(printed.length);
  await card("三面").getByRole("button", { name: "确认" }).click();
  await expect(card("三面").getByText("已确认")).toBeVisible();

  await page.getByRole("textbox", { name: /数据集标识/ }).fill("mouzhen-import");
  await expect(page.getByText("cp source.txt report.json data/reports/mouzhen-import/")).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载 report.json" }).click()]);
  expect(download.suggestedFilename()).toBe("report.json");
  const report = validateReport(JSON.parse(fs.readFileSync(await download.path(), "utf8")), source, "report.json", "mouzhen-import");
  await expect(page.getByRole("status")).toContainText("已通过校验");

  const byText = (text: string) => report.measures.find((m) => m.quantity?.text === text)!;
  expect(byText("三面")).toMatchObject({ category: "supervision" });
  expect(byText("三面").draft).toBeUndefined();
  expect(byText("186条").draft).toBe(true);
  expect(report.measures.filter((m) => m.quantity).map((m) => m.quantity!.text)).toEqual(printed);
  for (const m of seed.measures.filter((m) => printed.includes(m.quantity?.text ?? ""))) {
    expect(byText(m.quantity!.text).quantity).toMatchObject({
      value: m.quantity!.value,
      unit: m.quantity!.unit,
      qualifier: m.quantity!.qualifier,
    });
  }
});

test("a figure's indicator select offers only the catalogue entries of its unit, grouped by field; choosing one adopts it", async ({
  page,
}) => {
  await page.goto("import/");
  await page.getByRole("textbox", { name: /汇报原文/ }).fill(source);
  await page.getByRole("button", { name: "生成草稿" }).click();
  const card = figureCard(page, "186条");
  // 条幅 is a word of two characters: the rule is not sure enough to fill it in, so it offers 悬挂条幅 as a hint.
  await expect(card.getByRole("button", { name: "也许是「悬挂条幅」：采用" })).toBeVisible();
  // The card says what the hinted entry counts, so a word shared by chance can be told apart.
  const banners = INDICATORS.find((i) => i.name === "悬挂条幅")!;
  await expect(card.getByTestId("indicator-counts")).toHaveText(
    `「悬挂条幅」统计：${banners.counts}（${banners.period === "cumulative" ? "累计数" : "本期数"}）`,
  );
  const select = card.getByRole("combobox", { name: "更改「186条」的指标" });
  const groups = await select
    .locator("optgroup")
    .evaluateAll((els) =>
      els.map((g) => ({ label: g.getAttribute("label"), options: [...g.querySelectorAll("option")].map((o) => o.textContent) })),
    );
  const fitting = indicatorsForUnit(INDICATORS, "条");
  expect(groups.flatMap((g) => g.options).sort()).toEqual(fitting.map((i) => i.name).sort());
  expect(groups.map((g) => g.label)).toEqual(
    [...new Set(fitting.map((i) => GROUP_LABELS[i.group]))].sort(
      (a, b) => Object.values(GROUP_LABELS).indexOf(a) - Object.values(GROUP_LABELS).indexOf(b),
    ),
  );
  expect(groups.find((g) => g.label === "意识形态与宣传")?.options).toEqual(expect.arrayContaining(["悬挂条幅", "宣传标语"]));
  await select.selectOption({ label: "网络辟谣" });
  await expect(card.getByText("已采用")).toBeVisible();
  await expect(card).toContainText("网络辟谣");
  await expect(card.getByTestId("indicator-counts")).toContainText(INDICATORS.find((i) => i.name === "网络辟谣")!.counts);
});

test("a sure suggestion is filled in as 建议; a hint counts only once a person takes it, with one click", async ({ page }) => {
  await page.goto("import/");
  await page.getByRole("textbox", { name: /汇报原文/ }).fill(source);
  await page.getByRole("button", { name: "生成草稿" }).click();
  // 设置举报箱36个: the phrase names the entry by more than one word, so the rule fills it in, still to be accepted.
  const boxes = figureCard(page, "36个");
  await expect(boxes.getByText("建议", { exact: true })).toBeVisible();
  await expect(boxes).toContainText(INDICATORS.find((i) => i.key === "report-boxes")!.name);
  await boxes.getByRole("button", { name: "采用建议" }).click();
  await expect(boxes.getByText("已采用")).toBeVisible();
  // 悬挂条幅186条: a hint, not filled in, so it is not yet an indicator of the report.
  const banners = figureCard(page, "186条");
  await expect(banners).toContainText("未指定（不参与对比与汇总）");
  await banners.getByRole("button", { name: "也许是「悬挂条幅」：采用" }).click();
  await expect(banners.getByText("已采用")).toBeVisible();
  await expect(banners).toContainText("悬挂条幅");
  await expect(banners.getByRole("button", { name: /也许是/ })).toHaveCount(0);
  await expect(banners).not.toContainText("未指定");
});

test("a GBK file is converted and drafted; a broken Word file gets a clear error", async ({ page }) => {
  await page.goto("import/");
  const file = page.getByLabel(/选择文件/);
  await file.setInputFiles({ name: "汇报.txt", mimeType: "text/plain", buffer: fs.readFileSync("fixtures/extract-cli/gbk.txt") });
  await expect(page.getByText("原文为 GBK/GB18030 编码，已转换为 UTF-8")).toBeVisible();
  await expect(page.getByRole("heading", { name: /核对草稿/ })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "原文（已标出数字）" }).getByRole("link", { name: "一百六十二名", exact: true }),
  ).toBeVisible();

  await file.setInputFiles({
    name: "汇报.docx",
    mimeType: "application/octet-stream",
    buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x00, 0x01]),
  });
  await expect(page.getByRole("alert").filter({ hasText: "汇报.docx" })).toContainText("文件不完整或已损坏");
  await expect(page.getByRole("heading", { name: /核对草稿/ })).toHaveCount(0);
});

for (const theme of ["light", "dark"] as const) {
  test(`the drafted review has no axe violations (${theme} theme)`, async ({ page }) => {
    await page.goto("import/");
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    await page.getByRole("textbox", { name: /汇报原文/ }).fill(source);
    await page.getByRole("button", { name: "生成草稿" }).click();
    await expect(page.getByRole("list", { name: "数字草稿" }).getByRole("listitem")).toHaveCount(printed.length);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

/**
 * Pasted text is whatever a clipboard holds. Each input must end in a clear message or a draft,
 * never an uncaught error or a blank page. Strings travel to the page as UTF-16 code units, so
 * lone surrogates arrive as they are (a protocol string would turn them into U+FFFD).
 */
const adversarial: [name: string, text: string, outcome: "draft" | RegExp][] = [
  // A lone surrogate would pass the draft and then fail the build: it is named where it is.
  [
    "lone surrogates",
    `某某镇关于\uD800工作的情况汇报\n\n一、加强\uDC00领导\n\n累计悬挂条幅186条\uDBFF，设置举报箱36个。\uDFFF`,
    /^文本第 1 行第 6 列有不成对的代理字符（\\ud800）/,
  ],
  [
    "RTL and bidi overrides",
    `\u202E某某镇关于工作的情况汇报\u202C\n\n一、\u2067加强领导\u2069\n\n累计悬挂\u200F条幅186条\u202D，近5000册图书。\u2066`,
    "draft",
  ],
  ["100 KB of 《", "《".repeat(100_000), /没有找到中文正文/],
  [
    "every UTF-16 code unit",
    Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919 + 13) % 65536)).join(""),
    /不成对的代理字符/,
  ],
  ["binary junk", "\u0000\u0001\u0002PK\u0003\u0004 word/document.xml\u0000\u00ff\u0007", /二进制或控制字符/],
  ["emoji", "某某镇😀关于工作的情况汇报🎉\n\n一、👨‍👩‍👧‍👦加强领导🇨🇳\n\n累计悬挂条幅186条🚩，设置举报箱3️⃣6个，购书近5000册📚。", "draft"],
  [
    "combining marks",
    `某某镇关于工作的情况汇报\n\n一、加\u0301\u0302\u0303强领导\n\n累计悬挂条幅1\u03018\u0336\u03076条，${"设\u0489\u0488".repeat(200)}举报箱36个。`,
    "draft",
  ],
  [
    "markup",
    "<script>alert(1)</script>某某镇关于工作的情况汇报\n\n一、<img src=x onerror=alert(1)>加强领导\n\n累计悬挂条幅186条<script>alert(2)</script>。",
    "draft",
  ],
];

test.describe("adversarial paste", () => {
  for (const [name, text, outcome] of adversarial) {
    test(`${name}: a clear message or a draft, never a crash`, async ({ page }) => {
      const problems: string[] = [];
      page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
      page.on("dialog", (d) => {
        problems.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto("import/");
      const box = page.getByRole("textbox", { name: /汇报原文/ });
      await expect(box).toBeEditable();
      const units = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
      // React tracks a textarea's value: set it the way typing would, then announce the input.
      await box.evaluate((el: HTMLTextAreaElement, codes) => {
        let value = "";
        for (let i = 0; i < codes.length; i += 8192) value += String.fromCharCode(...codes.slice(i, i + 8192));
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(el, value);
        el.dispatchEvent(new Event("input", { bubbles: true }));
      }, units);
      expect(await box.evaluate((el: HTMLTextAreaElement) => el.value.length)).toBe(text.length);
      await page.getByRole("button", { name: "生成草稿" }).click();

      const message = page.getByRole("main").getByRole("alert"); // not Next's (empty) route announcer
      const draft = page.getByRole("heading", { name: /核对草稿/ });
      if (outcome === "draft") {
        await expect(draft).toBeVisible({ timeout: 20_000 });
        // The draft is sound: it validates against the pasted text and downloads.
        await page.getByRole("textbox", { name: /数据集标识/ }).fill("adversarial");
        await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载 report.json" }).click()]);
        await expect(page.getByRole("status").filter({ hasText: "已通过校验" })).toBeVisible();
      } else {
        await expect(message).toHaveText(outcome, { timeout: 20_000 });
        await expect(draft).toHaveCount(0);
      }
      await expect(page.getByRole("heading", { level: 1, name: "导入新汇报" })).toBeVisible();
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
      expect(problems).toEqual([]);
    });
  }
});

test("a target in the plans and a figure per unit say why the draft leaves them without an indicator; a plain figure does not", async ({
  page,
}) => {
  await page.goto("import/");
  await page
    .getByRole("textbox", { name: /汇报原文/ })
    .fill(
      "关于某镇工作情况的汇报\n一、工作开展情况\n全镇悬挂条幅186条，为每个村配备兼职安全员1名。\n二、下一步工作打算\n力争全年发展党员10名。",
    );
  await page.getByRole("button", { name: "生成草稿" }).click();
  await expect(figureCard(page, "10名").getByTestId("indicator-leave-out")).toHaveText("建议不计入指标：这是计划里的目标数，不是已做到的");
  await expect(figureCard(page, "1名").getByTestId("indicator-leave-out")).toHaveText(
    "建议不计入指标：这是按单位分摊的数（每个、户均……），不是总数",
  );
  await expect(figureCard(page, "186条").getByTestId("indicator-leave-out")).toHaveCount(0);
  // Choosing an indicator all the same drops the advice.
  await figureCard(page, "1名").getByRole("combobox", { name: "更改「1名」的指标" }).selectOption({ index: 1 });
  await expect(figureCard(page, "1名").getByTestId("indicator-leave-out")).toHaveCount(0);
});
