// The deck as PDF, exactly as printing it from the browser gives it (the print rules in
// app/globals.css: one 1280×720 px = 13⅓ × 7½ in page per slide), with every chart drawn.
// Shared by `npm run export:pdf` and the e2e test.
import type { Page } from "@playwright/test";
import { DRAWN_CHART_SVG, SLIDE_CHARTS } from "../lib/deck/stage";

export async function deckPdf(page: Page, url: string): Promise<Buffer> {
  await page.goto(url, { waitUntil: "networkidle" });
  // Slides draw their charts when shown, or all at once for print media; wait until every chart is
  // an SVG, not its HTML stand-in.
  await page.emulateMedia({ media: "print" });
  await page.waitForFunction(([charts, drawn]) => [...document.querySelectorAll(charts)].every((figure) => figure.querySelector(drawn)), [
    SLIDE_CHARTS,
    DRAWN_CHART_SVG,
  ] as const);
  await page.evaluate(() => document.fonts.ready);
  return page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: false });
}
