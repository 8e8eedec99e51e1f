// Precedents in /import: what one town's reviewer gave its figures (saved in this browser's library)
// reaches the next town's draft on the same notice, and the two then pair on /compare.
import { expect, test, type Page } from "@playwright/test";
import { LIUAN, TAOYUAN } from "../unit/precedent-towns";
import { figureCard } from "./draft";

async function draft(page: Page, text: string) {
  await page.getByRole("textbox", { name: /汇报原文/ }).fill(text);
  await page.getByRole("button", { name: "生成草稿" }).click();
}

async function save(page: Page, id: string) {
  await page.getByRole("textbox", { name: /数据集标识/ }).fill(id);
  await page.getByRole("button", { name: "保存到本机" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存到本机" })).toBeVisible();
}

async function addIndicator(page: Page, figure: string, name: string) {
  const card = figureCard(page, figure);
  await card.getByRole("button", { name: "新增指标" }).click();
  await card.getByRole("textbox", { name: "新指标名称" }).fill(name);
  await card.getByRole("combobox", { name: "领域" }).selectOption({ label: "生态环境" });
  await card.getByRole("button", { name: "加入本汇报" }).click();
  await expect(card).toContainText(`${name}已采用`);
}

test("a town's 新增指标 is suggested on the next town's same figure, with where it came from, and they pair on /compare", async ({
  page,
}) => {
  await page.goto("import/");
  await draft(page, LIUAN);
  await addIndicator(page, "6个", "秸秆收储点");
  await addIndicator(page, "15名", "秸秆经纪人");
  // The catalogue's 举报箱 is not what this notice counts: cleared, and checked.
  const liuanBoxes = figureCard(page, "8个");
  await liuanBoxes.getByRole("button", { name: "清除" }).click();
  await liuanBoxes.getByRole("button", { name: "确认" }).click();
  await expect(liuanBoxes).toContainText("未指定（不参与对比与汇总）");
  await save(page, "liuan");

  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "重新开始" }).click();
  // 桃源镇 comes as a file: drafted in the worker, with the library's precedents all the same.
  await page.getByLabel(/选择文件/).setInputFiles({ name: "桃源镇.txt", mimeType: "text/plain", buffer: Buffer.from(TAOYUAN) });
  const stores = figureCard(page, "4个");
  await expect(stores).toContainText("秸秆收储点建议");
  await expect(stores.getByTestId("indicator-precedent")).toHaveText("依据：柳岸镇的汇报把「新建秸秆收储点6个」记为此指标");
  await stores.getByRole("button", { name: "采用建议" }).click();
  await expect(stores).toContainText("秸秆收储点已采用");
  await expect(stores.getByTestId("indicator-precedent")).toBeVisible();

  // A looser match of 柳岸镇's own indicator is a hint, named, taken with one click.
  const brokers = figureCard(page, "12名");
  await expect(brokers.getByTestId("indicator-precedent")).toHaveText("依据：柳岸镇的汇报把「培育秸秆经纪人15名」记为「秸秆经纪人」");
  await brokers.getByRole("button", { name: "也许是「秸秆经纪人」：采用" }).click();
  await expect(brokers).toContainText("秸秆经纪人已采用");

  // The figure 柳岸镇's reviewer left without one is advised to stay without one, not given the catalogue's entry.
  const boxes = figureCard(page, "5个");
  await expect(boxes).toContainText("未指定（不参与对比与汇总）");
  await expect(boxes.getByRole("button", { name: /也许是/ })).toHaveCount(0);
  await expect(boxes.getByTestId("indicator-leave-out")).toContainText("建议不计入指标：其他乡镇同样的数都没有计入指标");
  await expect(boxes.getByTestId("indicator-left-by")).toHaveText("依据：柳岸镇的汇报把「设置禁烧举报箱8个」留作不计入指标");
  await save(page, "taoyuan");

  await page.goto("compare/?r=~liuan,~taoyuan");
  for (const [name, values] of [
    ["秸秆收储点", ["6", "4"]],
    ["秸秆经纪人", ["15", "12"]],
  ] as const) {
    const panel = page.getByRole("figure", { name });
    await expect(panel.getByRole("rowheader")).toHaveText([/柳岸镇/, /桃源镇/]);
    await expect(panel.getByRole("cell").filter({ hasText: /^\d+$/ })).toHaveText([...values]);
  }
  await expect(page.getByRole("main")).not.toContainText("local-");

  // Reopened, 柳岸镇 is drafted with 桃源镇's report, never with its own saved self.
  await page.goto("./");
  await page
    .getByRole("table", { name: "本机汇报列表" })
    .getByRole("row")
    .filter({ hasText: "柳岸镇" })
    .getByRole("link", { name: "继续核对" })
    .click();
  // Reopening drafts the report again, with its precedents: as long as a draft takes on a loaded machine.
  await expect(page.getByRole("status").filter({ hasText: "已打开本机汇报" })).toBeVisible({ timeout: 20_000 });
  await expect(figureCard(page, "6个")).toContainText("秸秆收储点已采用");
  await expect(figureCard(page, "6个").getByTestId("indicator-precedent")).toHaveText(
    "依据：桃源镇的汇报把「新建秸秆收储点4个」记为此指标",
  );
});
