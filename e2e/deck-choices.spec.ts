import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import JSZip from "jszip";
import { buildDeck } from "../lib/deck/deck";
import { findReport } from "../lib/server/reports";

const { report } = findReport("mouzhen-2020-ideology")!;
const slides = buildDeck(report);
const deckUrl = `reports/${report.id}/present/`;

async function open(page: Page, hash = "") {
  await page.goto(deckUrl + hash, { waitUntil: "networkidle" });
}

const shownSlides = (page: Page) => page.getByRole("region", { name: /^第 \d+ 张，共 \d+ 张/ });

test("the presenter hides and reorders slides, names the 汇报人; the choice is kept and the PDF and PowerPoint follow it", async ({
  page,
}) => {
  await open(page);
  await page.getByRole("button", { name: "调整幻灯片" }).click();
  const editor = page.getByRole("dialog", { name: "调整幻灯片" });
  await editor.getByRole("checkbox", { name: "目录" }).uncheck();
  await editor.getByRole("checkbox", { name: "工作举措分布" }).uncheck();
  await editor.getByRole("button", { name: "上移「汇报完毕，谢谢！」" }).click();
  await editor.getByRole("textbox", { name: /汇报人/ }).fill("王五");
  await editor.getByRole("textbox", { name: /本张讲稿要点/ }).fill("开场先致意");
  await editor.getByRole("button", { name: "完成" }).click();

  const count = slides.length - 2;
  await expect(page.getByRole("region", { name: `第 1 张，共 ${count} 张：${report.title}` })).toContainText("王五");
  await page.reload({ waitUntil: "networkidle" });
  await expect(page.getByRole("region", { name: `第 1 张，共 ${count} 张：${report.title}` })).toBeVisible();
  await page.keyboard.press("End");
  const last = slides.filter((s) => s.kind !== "agenda" && s.kind !== "chart" && s.kind !== "closing").at(-1)!;
  await expect(page.getByRole("region", { name: `第 ${count} 张，共 ${count} 张：${last.title}` })).toBeVisible();

  // printing (the PDF) shows the same slides in the same order
  await page.emulateMedia({ media: "print" });
  await expect(shownSlides(page)).toHaveCount(count);
  const titles = await shownSlides(page).evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")!.replace(/^.*张：/, "")));
  expect(titles).not.toContain("目录");
  expect(titles.at(-2)).toBe("汇报完毕，谢谢！");
  await page.emulateMedia({ media: "screen" });

  await page.getByText("导出 ▾").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "PowerPoint" }).click()]);
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  const slideParts = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  expect(slideParts).toHaveLength(count);
  const part = (n: number) => zip.file(`ppt/slides/slide${n}.xml`)!.async("string");
  expect(await part(1)).toContain("王五");
  expect(await part(count - 1)).toContain("汇报完毕，谢谢！");
  expect(await zip.file("ppt/notesSlides/notesSlide1.xml")!.async("string")).toContain("讲稿要点：开场先致意");

  // and the presenter view reads the same choices
  await page.keyboard.press("Home");
  const [presenter] = await Promise.all([page.waitForEvent("popup"), page.getByRole("button", { name: "演讲者视图" }).click()]);
  await expect(presenter.getByText(`当前 第 1 张 / 共 ${count} 张`)).toBeVisible();
  await expect(presenter.getByRole("region", { name: /讲稿与依据/ })).toContainText("开场先致意");

  // 恢复默认 brings the deck back as built
  await page.getByRole("button", { name: "调整幻灯片" }).click();
  await page.getByRole("dialog", { name: "调整幻灯片" }).getByRole("button", { name: "恢复默认" }).click();
  await expect(page.getByRole("region", { name: new RegExp(`^第 \\d+ 张，共 ${slides.length} 张`) })).toBeVisible();
});
