import { expect, test } from "@playwright/test";
import { sitePages } from "./pages";
import { overviewPath } from "./seed";

test.describe("sealed offline", () => {
  for (const path of sitePages) {
    test(`/${path} runs under its Content-Security-Policy without a violation`, async ({ page }) => {
      const violations: string[] = [];
      page.on("console", (msg) => {
        if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
      });
      // A blocked probe a library catches (zod's `new Function("")`) logs nothing, but still fires the event.
      await page.exposeFunction("__violation", (v: string) => violations.push(v));
      await page.addInitScript(() =>
        document.addEventListener("securitypolicyviolation", (e) =>
          (window as unknown as { __violation: (v: string) => void }).__violation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`),
        ),
      );
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
      expect(violations).toEqual([]);
    });
  }

  test("the policy blocks other origins and injected inline scripts", async ({ page }) => {
    await page.goto(overviewPath);
    const blocked = await page.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener("securitypolicyviolation", (e) => seen.push(e.violatedDirective));
      const img = document.createElement("img");
      img.src = "https://example.org/pixel.png";
      document.body.append(img);
      const script = document.createElement("script");
      script.textContent = "window.__injected = true";
      document.body.append(script);
      await new Promise((r) => setTimeout(r, 300));
      return { seen, injected: (window as unknown as { __injected?: boolean }).__injected ?? false };
    });
    expect(blocked.injected).toBe(false);
    expect(blocked.seen).toEqual(expect.arrayContaining(["img-src", "script-src-elem"]));
  });
});

test("no request leaves the origin", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin !== origin && !url.startsWith("data:")) {
      foreign.push(url);
      return route.abort();
    }
    return route.continue();
  });
  for (const path of sitePages) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(foreign).toEqual([]);
});
