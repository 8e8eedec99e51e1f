/**
 * /import with thousands of figures: only the cards near the list's view are drawn, a figure in the
 * text still brings its card (drawn or not) and the keyboard carries on from it, and an edit there
 * changes that figure alone; the outline draws its first hundred plans until asked for all.
 */
import { expect, test } from "@playwright/test";
import { fixtureCorpus, paste, repeated } from "./paste";

test("thousands of figures: a windowed list, jump to a figure, edit it", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("import/");
  const box = page.getByRole("textbox", { name: /汇报原文/ });
  await paste(box, repeated(fixtureCorpus(), 6));
  await page.getByRole("button", { name: "生成草稿" }).click();
  const count = page.getByRole("heading", { name: /^数字（\d+）$/ });
  await expect(count).toBeVisible({ timeout: 30_000 });
  const total = Number(/\d+/.exec((await count.textContent())!)![0]);
  expect(total).toBeGreaterThan(3000);

  const cards = page.getByRole("list", { name: "数字草稿" }).getByRole("listitem");
  const drawn = await cards.count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(40);
  await expect(cards.first()).toHaveAttribute("aria-setsize", String(total));

  // A figure near the end of the text: its card is not drawn until the text asks for it.
  const marks = page.getByRole("region", { name: "原文（已标出数字）" }).locator("a[data-figure]");
  const far = marks.nth((await marks.count()) - 5);
  const id = (await far.getAttribute("data-figure"))!;
  await expect(page.locator(`#card-${id}`)).toHaveCount(0);
  await far.scrollIntoViewIfNeeded();
  await far.click();
  const card = page.locator(`#card-${id}`);
  await expect(card).toBeInViewport();
  await expect(page.locator(`#card-${id}-heading`)).toBeFocused();
  await page.keyboard.press("Tab");
  const label = card.getByRole("textbox", { name: "标签" });
  await expect(label).toBeFocused();
  await page.keyboard.type("（已核）");
  await expect(label).toHaveValue(/（已核）$/);
  await card.getByRole("button", { name: "确认" }).click();
  await expect(card.getByText("已确认")).toBeVisible();
  await expect(page.getByRole("term").filter({ hasText: "已确认" }).locator("xpath=following-sibling::dd")).toHaveText(`1/${total}`);
  // The mark in the text follows: confirmed, no longer a draft.
  await expect(far).toHaveAttribute("title", /（已确认）/);

  // The outline draws its first hundred plans until asked for all.
  const plans = Number(/\d+/.exec((await page.getByRole("heading", { name: /^下一步计划（\d+）$/ }).textContent())!)![0]);
  expect(plans).toBeGreaterThan(100);
  const answers = page.getByRole("combobox", { name: "回应" });
  await expect(answers).toHaveCount(100);
  await page.getByRole("button", { name: `显示全部 ${plans} 条（现显示前 100 条）` }).click();
  await expect(answers).toHaveCount(plans);
});
