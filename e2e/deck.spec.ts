import { expect, test, type Page } from "@playwright/test";
import { buildDeck } from "../lib/deck/deck";
import { findReport } from "../lib/server/reports";
import { expectSlidesFit } from "./layout";

const { report } = findReport("mouzhen-2020-ideology")!;
const slides = buildDeck(report);
const deckUrl = `reports/${report.id}/present/`;

/** The slide on screen, found the way a screen reader names it. */
const slide = (page: Page, n: number) => page.getByRole("region", { name: `第 ${n} 张，共 ${slides.length} 张：${slides[n - 1].title}` });

/** Once the network is idle the deck has hydrated and its keys are live. */
async function open(page: Page, hash = "") {
  await page.goto(deckUrl + hash, { waitUntil: "networkidle" });
}

test("clicker keys move through the slides and the URL keeps the place", async ({ page }) => {
  await open(page);
  await expect(slide(page, 1)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: report.title })).toBeVisible();
  const steps: [string, number][] = [
    ["ArrowRight", 2],
    ["Space", 3],
    ["PageDown", 4],
    ["PageUp", 3],
    ["ArrowLeft", 2],
    ["End", slides.length],
    ["ArrowRight", slides.length],
    ["Home", 1],
    ["ArrowLeft", 1],
  ];
  for (const [key, n] of steps) {
    await page.keyboard.press(key);
    await expect(page).toHaveURL(new RegExp(`#${n}$`));
    await expect(slide(page, n)).toBeVisible();
  }
  await expect(page.getByRole("progressbar", { name: "演示进度" })).toHaveAttribute("aria-valuenow", "1");

  await page.keyboard.press("PageDown");
  await page.keyboard.press("PageDown");
  await page.keyboard.press("PageDown");
  await page.reload();
  await expect(slide(page, 4)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: slides[3].title })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "演示进度" })).toHaveAttribute("aria-valuenow", "4");
});

const at = (id: string) => slides.findIndex((s) => s.id === id) + 1;
/** Words of the site, not of the report: never projected. */
const SITE_WORDS = /本站|确数|原文缺失|计划时段|原文数字|数据来源|≥|≈/;

test("a shared link opens at its slide; section slides say what the report says, in its words", async ({ page }) => {
  const n = at("s3");
  await open(page, `#${n}`);
  const s3 = slide(page, n);
  await expect(s3).toBeVisible();
  await expect(s3.getByText("186条", { exact: true })).toBeVisible();
  await expect(s3).toContainText("在〔 〕等主干道路沿线，累计悬挂条幅186条");
  await expect(s3).toContainText("一是营造助力旅发大会的良好氛围");
  await expect(s3).not.toContainText(SITE_WORDS);
  await open(page, `#${at("s3-2")}`);
  await expect(slide(page, at("s3-2"))).toContainText("每月12号、28号定期开箱");
  await expect(slide(page, at("s3-2")).getByText("80余条", { exact: true })).toBeVisible();
  await open(page, `#${at("s1")}`);
  await expect(slide(page, at("s1"))).toContainText("《中共某某镇委员会关于意识形态工作责任制实施细则》");
  await open(page, `#${slides.length}`);
  await expect(page.getByRole("heading", { level: 2, name: "汇报完毕，谢谢！" })).toBeVisible();
});

test("every slide is set for the back of the room: titles ≥ 32 pt, body ≥ 18 pt, details ≥ 16 pt (1 pt = 4/3 px on the stage)", async ({
  page,
}) => {
  for (let n = 1; n <= slides.length; n++) {
    await open(page, `#${n}`);
    const sizes = await slide(page, n).evaluate((el) => {
      const px = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
      const texts = [...el.querySelectorAll("*")].filter((e) =>
        [...e.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && (c.textContent ?? "").trim()),
      );
      return {
        title: px(el.querySelector("h2")!),
        body: Math.min(...[...el.querySelectorAll(":is(ul li p, ul li span, ol li p, dd):not(figure *)")].map(px)),
        least: Math.min(...texts.map(px), ...[...el.querySelectorAll("svg text")].map(px)),
        text: (el.textContent ?? "").replace(/\s+/g, ""),
      };
    });
    expect(sizes.title, `第 ${n} 张标题`).toBeGreaterThanOrEqual((32 * 4) / 3);
    if (Number.isFinite(sizes.body)) expect(sizes.body, `第 ${n} 张正文`).toBeGreaterThanOrEqual((18 * 4) / 3);
    expect(sizes.least, `第 ${n} 张最小字号`).toBeGreaterThanOrEqual((16 * 4) / 3);
    expect(sizes.text, `第 ${n} 张`).not.toMatch(SITE_WORDS);
  }
});

test("B blanks the screen and F toggles full screen; Esc goes back to the overview", async ({ page }) => {
  await open(page, "#3");
  const covered = () => page.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest(".deck-slide") === null);
  expect(await covered()).toBe(false);
  await page.keyboard.press("b");
  await expect(page.getByRole("button", { name: "黑屏" })).toHaveAttribute("aria-pressed", "true");
  await expect.poll(covered).toBe(true);
  await page.keyboard.press("b");
  await expect.poll(covered).toBe(false);

  const controls = page.getByRole("navigation", { name: "演示控制" });
  await page.keyboard.press("f");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(controls).toBeHidden();
  await page.keyboard.press("f");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  await expect(controls).toBeVisible();

  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(new RegExp(`/reports/${report.id}/$`));
  await expect(page.getByRole("heading", { level: 1, name: report.title })).toBeVisible();
});

test("the presenter window follows the deck, shows the notes, and can drive it", async ({ page }) => {
  await open(page);
  const [presenter] = await Promise.all([page.waitForEvent("popup"), page.getByRole("button", { name: "演讲者视图" }).click()]);
  await expect(presenter.getByRole("heading", { level: 1, name: /演讲者视图/ })).toBeVisible();
  await expect(presenter.getByText(`当前 第 1 张 / 共 ${slides.length} 张`)).toBeVisible();
  await expect(presenter.getByText(/已用时/)).toBeVisible();

  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await expect(presenter.getByText(`当前 第 4 张 / 共 ${slides.length} 张`)).toBeVisible();
  const notes = presenter.getByRole("region", { name: /讲稿与依据/ });
  for (const note of slides[3].notes) await expect(notes).toContainText(note.quote.replace(/\s*\n\s*/g, ""));
  await expect(presenter.getByRole("heading", { name: `下一张：${slides[4].title}` })).toBeVisible();

  await presenter.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/#3$/);
  await expect(slide(page, 3)).toBeVisible();
  await presenter.getByRole("button", { name: "观众屏幕黑屏" }).click();
  await expect(page.getByRole("button", { name: "黑屏" })).toHaveAttribute("aria-pressed", "true");
});

test("touch swipe turns the slides", async ({ page }) => {
  await open(page);
  const swipe = (dx: number) =>
    page.evaluate((dx) => {
      const target = document.querySelector(".deck-screen")!;
      const touch = (x: number) => new Touch({ identifier: 1, target, clientX: x, clientY: 300 });
      target.dispatchEvent(new TouchEvent("touchstart", { bubbles: true, changedTouches: [touch(600)], touches: [touch(600)] }));
      target.dispatchEvent(new TouchEvent("touchend", { bubbles: true, changedTouches: [touch(600 + dx)] }));
    }, dx);
  await swipe(-200);
  await expect(slide(page, 2)).toBeVisible();
  await swipe(200);
  await expect(slide(page, 1)).toBeVisible();
});

for (const [width, height] of [
  [1024, 768],
  [3840, 2160],
]) {
  test(`every slide fits a ${width}×${height} screen without overflow`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await expectSlidesFit(page, deckUrl, slides);
  });
}

test("the projector theme is remembered and applied before the page's scripts run", async ({ page }) => {
  await open(page);
  const toggle = page.getByRole("button", { name: "大屏模式" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  // Without the app's JavaScript, only the inline head script can set the theme: no light flash.
  await page.route("**/_next/static/**/*.js", (route) => route.abort());
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.unroute("**/_next/static/**/*.js");
  await open(page);
  await page.getByRole("button", { name: "大屏模式" }).click();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", "dark");
});
