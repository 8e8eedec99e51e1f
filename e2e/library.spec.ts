import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { DRAWN_CHART_SVG, SLIDE_CHARTS } from "../lib/deck/stage";
import { BUNDLE_FORMAT } from "../lib/library/record";
import { validateReport } from "../lib/model/validate";
import { figureCard } from "./draft";

const source = fs.readFileSync("data/reports/mouzhen-2020-ideology/source.txt", "utf8");
const ID = "mouzhen-local";

/** Paste the seed, draft it, confirm the 三面 figure and set it to 监督举报: a correction to keep. */
async function draftWithCorrection(page: Page) {
  await page.goto("import/");
  await page.getByRole("textbox", { name: /汇报原文/ }).fill(source);
  await page.getByRole("button", { name: "生成草稿" }).click();
  const card = figureCard(page, "三面");
  await card.getByRole("combobox", { name: "「三面」的类别" }).selectOption({ label: "监督举报" });
  await card.getByRole("button", { name: "确认" }).click();
  await expect(card.getByText("已确认")).toBeVisible();
  await page.getByRole("textbox", { name: /数据集标识/ }).fill(ID);
  return card;
}

async function saveLocally(page: Page) {
  await draftWithCorrection(page);
  await page.getByRole("button", { name: "保存到本机" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存到本机" })).toContainText("草稿/待核对");
}

test("paste → 生成草稿 → 保存到本机 → listed on / → overview → deck → reload: still there", async ({ page }) => {
  await saveLocally(page);
  await page.goto("./");
  const local = page.getByRole("table", { name: "本机汇报列表" });
  const row = local.getByRole("row").filter({ hasText: "某某镇" });
  await expect(row).toContainText("本机");
  await expect(row).toContainText("草稿/待核对");
  await expect(row).toContainText(/\d{4}\/\d{1,2}\/\d{1,2}/);
  await row.getByRole("link", { name: /意识形态/ }).click();

  await expect(page).toHaveURL(new RegExp(`/local/\\?id=${ID}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("意识形态");
  await expect(page.getByText("本机汇报：只保存在这台电脑的浏览器中")).toBeVisible();
  await expect(page.getByText(/^草稿\/待核对/)).toBeVisible();
  const kpis = page.getByRole("region", { name: "重点数字" });
  await expect(kpis).toContainText("≥80");
  await expect(kpis).toContainText("≈5,000");
  await expect(page.locator("svg.recharts-surface").first()).toBeVisible();

  // A figure leads to its sentence in the source view of the same local report.
  await kpis.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/local\/source\/\?.*id=mouzhen-local/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("意识形态");
  await expect(page.locator("mark").first()).toBeVisible();

  await page.getByRole("navigation", { name: "本汇报的页面" }).getByRole("link", { name: "汇报演示" }).click();
  await expect(page.getByRole("navigation", { name: "演示控制" })).toContainText(/1 \/ \d+/);
  await expect(page.getByRole("navigation", { name: "演示控制" })).toContainText("草稿/待核对");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("navigation", { name: "演示控制" })).toContainText(/2 \/ \d+/);
  await page.reload();
  await expect(page.getByRole("navigation", { name: "演示控制" })).toContainText(/\/ \d+/);
  await page.getByRole("link", { name: "← 返回概览" }).click();
  await expect(page.getByRole("region", { name: "重点数字" })).toContainText("≥80");

  await page.goto("./");
  await page.reload();
  await expect(page.getByRole("table", { name: "本机汇报列表" })).toContainText("某某镇");
});

test("a reload in the middle of corrections restores them and says so; starting anew asks first", async ({ page }) => {
  await draftWithCorrection(page);
  await expect(page.getByText(/已自动保存在本机/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "已恢复上次未完成的核对" })).toContainText("意识形态");
  const card = figureCard(page, "三面");
  await expect(card.getByText("已确认")).toBeVisible();
  await expect(card.getByRole("combobox", { name: "「三面」的类别" }).locator("option:checked")).toHaveText("监督举报");
  await expect(page.getByRole("textbox", { name: /数据集标识/ })).toHaveValue(ID);

  page.once("dialog", (d) => void d.dismiss());
  await page.getByRole("button", { name: "重新开始" }).click();
  await expect(page.getByRole("textbox", { name: /汇报原文/ })).toHaveValue(source);
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "重新开始" }).click();
  await expect(page.getByRole("textbox", { name: /汇报原文/ })).toHaveValue("");
  await page.reload();
  await expect(page.getByRole("textbox", { name: /汇报原文/ })).toHaveValue("");
  await expect(page.getByText("已恢复上次")).toHaveCount(0);
});

test("a saved report reopens in /import to go on checking, and is deleted only after asking", async ({ page }) => {
  await saveLocally(page);
  // A correction made after saving stays in the workbench's autosave only.
  const unconfirmed = () =>
    page
      .getByRole("list", { name: "数字草稿" })
      .getByRole("listitem")
      .filter({ has: page.getByRole("button", { name: "确认", exact: true }) });
  const before = await unconfirmed().count();
  await unconfirmed().first().getByRole("button", { name: "确认", exact: true }).click();
  await expect(unconfirmed()).toHaveCount(before - 1);
  await page.waitForTimeout(500); // the autosave's debounce
  await page.goto("./");
  const row = page.getByRole("table", { name: "本机汇报列表" }).getByRole("row").filter({ hasText: "某某镇" });
  // The workbench still holds its autosave: opening another session asks before replacing it.
  page.once("dialog", (d) => {
    expect(d.message()).toContain("会替换当前未保存的核对");
    void d.accept();
  });
  await row.getByRole("link", { name: "继续核对" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已打开本机汇报" })).toBeVisible();
  const saved = figureCard(page, "三面");
  await expect(saved.getByText("已确认")).toBeVisible();
  await expect(unconfirmed()).toHaveCount(before); // the saved report, not the later autosave

  await page.goto("./");
  page.once("dialog", (d) => void d.dismiss());
  await row.getByRole("button", { name: /删除本机汇报/ }).click();
  await expect(row).toBeVisible();
  page.once("dialog", (d) => {
    expect(d.message()).toContain("删除后无法恢复");
    void d.accept();
  });
  await row.getByRole("button", { name: /删除本机汇报/ }).click();
  await expect(page.getByRole("status")).toContainText("已从本机删除");
  await expect(page.getByText("还没有本机汇报")).toBeVisible();
  await page.goto(`local/?id=${ID}`);
  await expect(page.getByRole("heading", { name: "本机没有这份汇报" })).toBeVisible();
});

test("storage blocked (a private window): a clear Chinese message, and the draft can still be downloaded", async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException("blocked for this test", "SecurityError");
    };
  });
  await draftWithCorrection(page);
  await page.getByRole("button", { name: "保存到本机" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "浏览器不允许本站在本机保存数据" })).toContainText("下载");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载 report.json" }).click()]);
  expect(validateReport(JSON.parse(fs.readFileSync(await download.path(), "utf8")), source, "report.json", ID).id).toBe(ID);
  await page.goto("./");
  await expect(page.getByRole("alert").filter({ hasText: "浏览器不允许本站在本机保存数据" })).toBeVisible();
});

test("a local report's exports: CSV, JSON, 导出发布包, PowerPoint, Word, and print from the deck", async ({ page }) => {
  await saveLocally(page);
  await page.goto(`local/?id=${ID}`);
  const toolbar = page.getByRole("toolbar", { name: "演示与导出" });
  const take = async (name: string) => {
    const [download] = await Promise.all([page.waitForEvent("download"), toolbar.getByRole("button", { name }).click()]);
    return { name: download.suggestedFilename(), bytes: fs.readFileSync(await download.path()) };
  };
  const csv = await take("CSV（Excel）");
  expect(csv.name).toMatch(/-数字\.csv$/);
  expect(csv.bytes.toString("utf8")).toMatch(/^\uFEFF/);
  expect(csv.bytes.toString("utf8")).toContain("80余条");
  const json = await take("JSON");
  const report = validateReport(JSON.parse(json.bytes.toString("utf8")), source, json.name, ID);
  expect(report.measures.find((m) => m.quantity?.text === "三面")).toMatchObject({ category: "supervision" });
  const bundle = await take("导出发布包");
  expect(bundle.name).toMatch(/\.huibao\.json$/);
  expect(JSON.parse(bundle.bytes.toString("utf8"))).toMatchObject({ format: BUNDLE_FORMAT, source, report: { id: ID } });
  const pptx = await take("PowerPoint");
  expect(pptx.name).toMatch(/\.pptx$/);
  expect(pptx.bytes.subarray(0, 2).toString()).toBe("PK");
  const docx = await take("Word 简报");
  expect(docx.name).toMatch(/-简报\.docx$/);
  expect(docx.bytes.subarray(0, 2).toString()).toBe("PK");

  await expect(toolbar.getByRole("link", { name: "PDF（幻灯片）" })).toHaveAttribute("href", `/local/present/?id=${ID}&print`);
  // The PDF as printing the local deck gives it: one 16:9 page per slide, charts drawn.
  await page.goto(`local/present/?id=${ID}`);
  await expect(page.getByRole("navigation", { name: "演示控制" })).toContainText(/1 \/ (\d+)/);
  const count = Number((await page.getByRole("navigation", { name: "演示控制" }).textContent())!.match(/1 \/ (\d+)/)![1]);
  await page.emulateMedia({ media: "print" });
  await page.waitForFunction(([charts, drawn]) => [...document.querySelectorAll(charts)].every((figure) => figure.querySelector(drawn)), [
    SLIDE_CHARTS,
    DRAWN_CHART_SVG,
  ] as const);
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
  expect([...pdf.matchAll(/\/Type\s*\/Page\b(?!s)/g)]).toHaveLength(count);
});

test("/compare offers the local reports beside the archive's and compares them", async ({ page }) => {
  await saveLocally(page);
  await page.goto("compare/");
  const picker = page.getByRole("combobox", { name: /选择第一份汇报/ });
  await expect(picker.locator("optgroup[label^='本机汇报']")).toContainText("本机 · 某某镇");
  await picker.selectOption({ value: `~${ID}` });
  await page.getByRole("combobox", { name: /添加一份汇报/ }).selectOption({ value: "mouzhen-2020-ideology" });
  await expect(page).toHaveURL(new RegExp(`compare/\\?r=~${ID},mouzhen-2020-ideology$`));
  await expect(page.getByRole("heading", { name: "原文数字对比" })).toBeVisible();
  const baseline = page.getByRole("listitem").filter({ hasText: /^基准/ });
  await expect(baseline).toContainText("本机");
  await baseline.getByRole("link", { name: /某某镇/ }).click();
  await expect(page).toHaveURL(new RegExp(`/local/\\?id=${ID}$`));
  await expect(page.getByRole("region", { name: "重点数字" })).toContainText("≥80");
});
