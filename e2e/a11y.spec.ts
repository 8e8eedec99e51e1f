import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { overviewPath } from "./seed";

// Every page, in the light and the projector theme. Add a page here when it lands.
const pages = [
  "",
  overviewPath,
  `${overviewPath}plans/`,
  `${overviewPath}source/`,
  `${overviewPath}present/`,
  `${overviewPath}present/presenter/`,
  "compare/",
  "reports/no-such-report/",
  "import/",
];

for (const theme of ["light", "dark"] as const) {
  test.describe(`axe: ${theme} theme`, () => {
    for (const path of pages) {
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
