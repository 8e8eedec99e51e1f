// Dev helper: screenshots of pages at projector and laptop sizes, to look at what we built.
// Usage: node scripts/shoot.mjs <baseUrl> <path> [outPrefix]
import { chromium } from "@playwright/test";
const [base = "http://127.0.0.1:3000", path = "/", prefix = "/tmp/shot"] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const [w, h] of [
  [1920, 1080],
  [1366, 768],
]) {
  const page = await browser.newPage({ viewport: { width: w, height: h }, locale: "zh-CN" });
  await page.goto(base + path, { waitUntil: "networkidle" });
  await page.screenshot({ path: `${prefix}-${w}.png`, fullPage: true });
  await page.close();
}
await browser.close();
