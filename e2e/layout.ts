// Layout checks shared by the specs: nothing wider than the window, every slide fits its stage.
import { expect, type Page } from "@playwright/test";
import type { Slide } from "../lib/deck/deck";

/** Brings every chart on the page near the screen once, so each draws (charts draw when scrolled to). */
export async function drawAllCharts(page: Page) {
  for (const figure of await page.getByRole("figure").all()) await figure.scrollIntoViewIfNeeded();
  await page.waitForLoadState("networkidle");
}

/** Nothing is wider than the window: no sideways scrolling. */
export async function expectNoSidewaysScroll(page: Page, where: string) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.scrollingElement!.scrollWidth, window.innerWidth]);
  expect(scrollWidth, `${where}: 页面宽 ${scrollWidth}px，窗口宽 ${innerWidth}px`).toBeLessThanOrEqual(innerWidth);
}

/**
 * Opens each slide of the deck at `deckPath` (by its #n address) and checks that it lies within the
 * window, that nothing on it spills past its footer or its right edge (a slide clips what does not
 * fit, so clipped content counts too), and that its page number is on screen.
 */
export async function expectSlidesFit(page: Page, deckPath: string, slides: Slide[]) {
  for (let n = 1; n <= slides.length; n++) {
    await page.goto(`${deckPath}#${n}`);
    const slide = page.getByRole("region", { name: `第 ${n} 张，共 ${slides.length} 张：${slides[n - 1].title}` });
    await expect(slide).toBeVisible();
    await page.waitForLoadState("networkidle");
    await expectNoSidewaysScroll(page, `幻灯片 ${n}`);
    await expect(slide.locator("footer")).toBeInViewport();
    const problems = await slide.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const footer = el.querySelector("footer")!.getBoundingClientRect();
      const outside = box.left < -1 || box.top < -1 || box.right > innerWidth + 1 || box.bottom > innerHeight + 1;
      const spill = [...el.querySelectorAll("*")]
        .filter((child) => !child.closest("footer"))
        .map((child) => ({ text: (child.textContent ?? "").slice(0, 20), r: child.getBoundingClientRect() }))
        .filter(({ r }) => r.height > 0 && (r.bottom > footer.top + 1 || r.right > box.right + 1))
        .map(({ text }) => text);
      return { outside, spill };
    });
    expect(problems, `幻灯片 ${n}「${slides[n - 1].title}」`).toEqual({ outside: false, spill: [] });
  }
}
