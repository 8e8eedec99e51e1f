// Every route answers an unknown address with the Chinese 404 page and status 404 from the static
// server (scripts/serve.mjs, as nginx would with `error_page 404 /404.html`).
import { expect, test } from "@playwright/test";
import { SEED_ID } from "./seed";

const unknown = [
  "reports/no-such-report/",
  "reports/no-such-report/plans/",
  "reports/no-such-report/source/",
  "reports/no-such-report/present/",
  "reports/no-such-report/present/presenter/",
  "reports/no-such-report/report.json",
  "reports/no-such-report/figures.csv",
  `reports/${SEED_ID}/no-such-page/`,
  "reports/",
  "no-such-page/",
  "no-such-file.html",
  // a hostile address is not echoed back
  "reports/%3Cscript%3Ealert(1)%3C%2Fscript%3E/",
];

for (const path of unknown) {
  test(`/${path} is the Chinese 404 page with status 404`, async ({ page, baseURL }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("dialog", (d) => errors.push(`dialog: ${d.message()}`));
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle("找不到这个页面 · 汇报看板");
    await expect(page.getByRole("heading", { level: 1, name: "找不到这个页面" })).toBeVisible();
    await expect(page.getByText("地址中的汇报或页面不存在")).toBeVisible();
    await expect(page.locator("body")).not.toContainText("alert(1)");
    await page.getByRole("link", { name: "返回全部汇报" }).last().click();
    await expect(page).toHaveURL(baseURL!);
    await expect(page.getByRole("heading", { level: 1, name: "全部汇报" })).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test("a malformed address gets 400 from the static server, which keeps serving", async ({ request }) => {
  expect((await request.get("%E0%A4%A")).status()).toBe(400);
  expect((await request.get("")).status()).toBe(200);
});
