import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { sitePages } from "./pages";

for (const theme of ["light", "dark"] as const) {
  test.describe(`axe: ${theme} theme`, () => {
    for (const path of sitePages) {
      test(`no violations on /${path}`, async ({ page }) => {
        await page.goto(path);
        await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
        await page.waitForLoadState("networkidle");
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      });
    }
  });
}
