import { chromium } from "@playwright/test";
const [url, out, w = "1366", h = "768", full = "1"] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
await p.goto(url, { waitUntil: "networkidle" });
await p.waitForTimeout(800);
if (full === "1") await p.screenshot({ path: out, fullPage: true }); else for (let i = 0; i < 3; i++) { await p.evaluate((y) => window.scrollTo(0, y), i * +h); await p.waitForTimeout(400); await p.screenshot({ path: out.replace(".png", `-${i}.png`) }); }
await b.close();
