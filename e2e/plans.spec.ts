import { expect, test } from "@playwright/test";
import { inline, typeset } from "../lib/report/format";
import { overviewPath, seed } from "./seed";

const plansPage = `${overviewPath}plans/`;

test.describe("不足与计划", () => {
  test("links each weakness to the plan that answers it, both ways", async ({ page }) => {
    await page.goto(plansPage);
    await expect(page.getByText("没有计划回应这项不足")).toHaveCount(0);
    await expect(page.getByText("这项计划未对应任何不足")).toHaveCount(0);
    for (const plan of seed.plans) {
      for (const wid of plan.answers) {
        const weakness = seed.weaknesses.find((w) => w.id === wid)!;
        const card = page.getByRole("article", { name: typeset(weakness.title) });
        const toPlan = card.getByRole("link", { name: `由计划${typeset(plan.ordinal)}${typeset(plan.title)}回应` });
        await expect(toPlan).toHaveAttribute("href", `#${plan.id}`);
        const planCard = page.getByRole("article", { name: typeset(plan.title) });
        await expect(planCard.getByRole("link", { name: `${weakness.ordinal}${typeset(weakness.title)}` })).toHaveAttribute(
          "href",
          `#${weakness.id}`,
        );
      }
    }
    const [plan] = seed.plans;
    await page.getByRole("link", { name: `由计划${typeset(plan.ordinal)}${typeset(plan.title)}回应` }).click();
    await expect(page).toHaveURL(new RegExp(`#${plan.id}$`));
    await expect(page.getByRole("article", { name: typeset(plan.title) })).toBeInViewport();
  });

  test("shows each plan's commitments with owner and cadence as the source states them", async ({ page }) => {
    await page.goto(plansPage);
    for (const plan of seed.plans) {
      const card = page.getByRole("article", { name: typeset(plan.title) });
      await expect(card.getByRole("listitem")).toHaveCount(plan.commitments.length);
      for (const c of plan.commitments) {
        const item = card.getByRole("listitem").filter({ hasText: typeset(c.text) });
        if (c.owner) await expect(item).toContainText(`责任：${c.owner}`);
        else await expect(item).toContainText("责任人：原文未写");
        if (c.cadence) await expect(item).toContainText(`频次：${c.cadence.text}`);
        await expect(item).toContainText("计划中");
      }
    }
  });

  test("lays the cadenced commitments over 下半年 and labels the counts as ours", async ({ page }) => {
    await page.goto(plansPage);
    const calendar = page.getByRole("region", { name: "承诺日程" });
    await expect(calendar).toContainText("2020年7月—12月");
    const months = calendar.getByRole("region", { name: /^2020年\d+月$/ });
    await expect(months).toHaveCount(6);
    for (const month of await months.all()) {
      await expect(month.getByRole("listitem")).toHaveText([
        /^12日举报箱定期开箱$/,
        /^28日举报箱定期开箱$/,
        /^本月每月定期研判（原文未写日期）$/,
      ]);
    }
    const counts = calendar.getByRole("table");
    await expect(counts.getByRole("row", { name: /举报箱定期开箱/ }).getByRole("cell")).toHaveText([
      "现行做法",
      "每月12号、28号",
      "12 次",
      "24 次",
    ]);
    await expect(counts.getByRole("row", { name: /每月定期研判/ }).getByRole("cell")).toHaveText([
      "计划（一）",
      "每月定期",
      "6 次",
      "12 次",
    ]);
    await expect(calendar.getByText("本站推算")).toBeVisible();
    const unscheduled = seed.plans.flatMap((p) => p.commitments).filter((c) => c.cadence?.kind === "irregular");
    for (const c of unscheduled) await expect(calendar.getByRole("link", { name: typeset(c.text) })).toBeVisible();
  });

  test("a weakness's 原文 link opens its sentence and the way back returns to the weakness", async ({ page }) => {
    const w = seed.weaknesses[2];
    await page.goto(plansPage);
    await page
      .getByRole("article", { name: typeset(w.title) })
      .getByRole("link", { name: "原文" })
      .click();
    await expect(page).toHaveURL(new RegExp(`/source/\\?from=plans.*#q-${w.id}$`));
    await expect(page.locator(`#q-${w.id}`)).toHaveText(inline(w.quote));
    await page.getByRole("link", { name: "返回不足与计划 · 不足三是" }).click();
    await expect(page).toHaveURL(new RegExp(`/plans/(#${w.id})?$`));
    await expect(page.getByRole("article", { name: typeset(w.title) })).toBeInViewport();
  });
});
