// /import at size, against the built site (out/) in Chromium: a 500 KB paste drafted (target < 2 s)
// and whether the page answered meanwhile (longest main-thread task, a typed character's echo), a
// 1 MB .docx and a 1 MB .pdf drafted (target < 3 s each), and one edit of a figure with 5,000
// figures (target < 100 ms, from the Event Timing API: input to next paint). Inputs are the
// fixture reports repeated: the .docx made with the docx package, the .pdf by LibreOffice when
// `soffice` is installed (else that row is skipped). Run `npm run build` first, then `npm run bench 70`.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { Document, Packer, Paragraph } from "docx";
import { extractReport } from "../lib/extract";
import { figures } from "../lib/report/derive";
import { kib, median, serveOut } from "./lib";

if (!existsSync("out/import/index.html")) {
  console.error("没有 out/：请先运行 npm run build");
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), "huibao-import-"));
const corpus = readdirSync("fixtures/extract")
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join("fixtures/extract", f), "utf8"))
  .join("\n\n");
/** The fixture reports repeated until `enough` says the text is large enough. */
async function grow(enough: (text: string) => boolean | Promise<boolean>): Promise<string> {
  let text = corpus;
  while (!(await enough(text))) text = `${text}\n\n${corpus}`;
  return text;
}
const utf8 = (s: string) => Buffer.byteLength(s, "utf8");
const docxOf = (text: string) =>
  Packer.toBuffer(
    new Document({
      sections: [
        {
          children: text
            .split("\n")
            .filter(Boolean)
            .map((l) => new Paragraph(l)),
        },
      ],
    }),
  );

// Records what the page's main thread did: long tasks, input events slower than 16 ms, keystroke echoes.
function observe() {
  const w = window as unknown as Record<string, unknown[]>;
  w.__long = [];
  w.__events = [];
  w.__echo = [];
  document.addEventListener("click", (e) => ((window as unknown as { __clicked: number }).__clicked = e.timeStamp), true);
  new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push({ start: e.startTime, duration: e.duration }))).observe({
    type: "longtask",
    buffered: true,
  });
  new PerformanceObserver((list) =>
    list.getEntries().forEach((e) => w.__events.push({ id: (e as PerformanceEventTiming).interactionId, duration: e.duration })),
  ).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  document.addEventListener(
    "keydown",
    (e) => {
      const at = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => w.__echo.push(performance.now() - at), 0));
    },
    true,
  );
}

/** Milliseconds from `start` (a page timestamp) until the draft is shown and nothing is pending. */
const drafted = (page: Page, start: number) =>
  page
    .waitForFunction(
      (t0) =>
        document.getElementById("review_heading") && !document.querySelector('[role="status"] .animate-spin') ? performance.now() - t0 : 0,
      start,
      { polling: "raf", timeout: 60_000 },
    )
    .then((h) => h.jsonValue());

async function fresh(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: "zh-CN" });
  const page = await context.newPage();
  await page.addInitScript(observe);
  await page.goto(`${url}/import/`);
  await page.getByRole("button", { name: "生成草稿" }).waitFor();
  await page.waitForTimeout(500); // the worker starts when the page mounts
  return { page, close: () => context.close() };
}

async function paste(page: Page, text: string) {
  await page.getByRole("textbox", { name: /汇报原文/ }).evaluate((el: HTMLTextAreaElement, value) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(el, value);
    el.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
}

const longest = (page: Page, since: number) =>
  page.evaluate((t0) => {
    const long = (window as unknown as { __long: { start: number; duration: number }[] }).__long.filter((l) => l.start >= t0);
    return long.reduce((m, l) => Math.max(m, l.duration), 0);
  }, since);

async function pasteRow(browser: Browser, url: string, text: string) {
  const { page, close } = await fresh(browser, url);
  await paste(page, text);
  const box = page.getByRole("textbox", { name: /汇报原文/ });
  const echoes = () => page.evaluate(() => Math.max(0, ...(window as unknown as { __echo: number[] }).__echo.splice(0)));
  // A character typed into the long text while nothing runs: what typing into this box costs anyway.
  await box.focus();
  await page.keyboard.press("End");
  // An ASCII key: it has a keydown (whose timestamp is when it was pressed); typed CJK text has none.
  await page.keyboard.press("a");
  await page.waitForTimeout(500);
  const idle = await echoes();
  await page.getByRole("button", { name: "生成草稿" }).click();
  const t0 = await page.evaluate(() => (window as unknown as { __clicked: number }).__clicked);
  // And one while the worker drafts: the echo says whether the page answered.
  await page.waitForTimeout(200);
  await page.keyboard.press("a");
  const ms = await drafted(page, t0);
  const during = await echoes();
  const blocked = await longest(page, t0);
  await close();
  return { ms, idle, during, blocked };
}

async function fileRow(browser: Browser, url: string, name: string, bytes: Buffer) {
  const { page, close } = await fresh(browser, url);
  await page.evaluate(() => {
    const input = document.querySelector('input[type="file"]')!;
    input.addEventListener("change", () => ((window as unknown as { __chosen: number }).__chosen = performance.now()), { capture: true });
  });
  await page.getByLabel(/选择文件/).setInputFiles({ name, mimeType: "application/octet-stream", buffer: bytes });
  const t0 = await page.evaluate(() => (window as unknown as { __chosen: number }).__chosen);
  const ms = await drafted(page, t0);
  const count = await page.getByRole("heading", { name: /^数字（\d+）$/ }).textContent();
  const blocked = await longest(page, t0);
  await close();
  return { ms, count, blocked };
}

async function editRow(browser: Browser, url: string, text: string) {
  const { page, close } = await fresh(browser, url);
  await paste(page, text);
  await page.getByRole("button", { name: "生成草稿" }).click();
  await drafted(page, 0);
  const count = await page.getByRole("heading", { name: /^数字（\d+）$/ }).textContent();
  const drawn = await page.getByRole("list", { name: "数字草稿" }).getByRole("listitem").count();
  await page.waitForTimeout(1500); // the autosave of the new draft is done
  const label = page.getByRole("list", { name: "数字草稿" }).getByRole("listitem").first().getByRole("textbox", { name: "标签" });
  await label.click();
  await page.evaluate(() => ((window as unknown as { __events: unknown[] }).__events.length = 0));
  const value = await page.evaluate(() => performance.now());
  for (const ch of "核对一二三") {
    await page.keyboard.type(ch);
    await page.waitForTimeout(300);
  }
  const events = await page.evaluate(() => (window as unknown as { __events: { id: number; duration: number }[] }).__events);
  const blocked = await longest(page, value);
  await close();
  // One interaction per keystroke: its slowest event (keydown, input, keyup) is what the person waited.
  const byInteraction = new Map<number, number>();
  for (const e of events.filter((e) => e.id > 0)) byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.duration));
  return { count, drawn, edits: [...byInteraction.values()], blocked };
}

const ms = (n: number) => `${Math.round(n)} ms`;

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const server = await serveOut("out");
  try {
    const text500 = await grow((t) => utf8(t) >= 500 * 1024);
    const p = await pasteRow(browser, server.url, text500);
    console.log(
      `粘贴 ${kib(utf8(text500))} KiB（${text500.length.toLocaleString("zh-CN")} 字）→ 草稿：${ms(p.ms)}（目标 < 2000 ms）；` +
        `起草时输入一字回显 ${ms(p.during)}（空闲时 ${ms(p.idle)}）；从点击到显示草稿，主线程最长任务 ${ms(p.blocked)}（多为绘出草稿）`,
    );

    const docx = await docxOf(await grow(async (t) => (await docxOf(t)).length >= 1024 * 1024));
    const d = await fileRow(browser, server.url, "大汇报.docx", docx);
    console.log(`.docx ${kib(docx.length)} KiB → 草稿：${ms(d.ms)}（目标 < 3000 ms），${d.count}，其间主线程最长任务 ${ms(d.blocked)}`);

    if (spawnSync("sh", ["-c", "command -v soffice"]).status === 0) {
      // LibreOffice's PDF of Chinese text is about 6.5 bytes per character: grow the text to 1 MB of PDF.
      const txt = join(dir, "大汇报.txt");
      writeFileSync(txt, await grow((t) => t.length * 6.5 >= 1024 * 1024));
      execFileSync(
        "soffice",
        ["--headless", "--infilter=Text (encoded):UTF8,LF,,,", "--convert-to", "pdf:writer_pdf_Export", "--outdir", dir, txt],
        {
          stdio: "ignore",
        },
      );
      const pdf = readFileSync(join(dir, "大汇报.pdf"));
      const r = await fileRow(browser, server.url, "大汇报.pdf", pdf);
      console.log(
        `.pdf ${kib(pdf.length)} KiB（LibreOffice 生成）→ 草稿：${ms(r.ms)}（目标 < 3000 ms），${r.count}，其间主线程最长任务 ${ms(r.blocked)}`,
      );
    } else {
      console.log(".pdf：未安装 LibreOffice（soffice），跳过 1 MB PDF 一项");
    }

    const text5000 = await grow((t) => {
      const o = extractReport(t);
      return o.ok && figures(o.extraction.report).length >= 5000;
    });
    const e = await editRow(browser, server.url, text5000);
    const slowest = e.edits.length ? Math.max(...e.edits) : 0;
    console.log(
      `${e.count}：列表中实际绘出 ${e.drawn} 张卡片；改标签 5 次，` +
        (e.edits.length
          ? `${e.edits.length} 次超过 16 ms，中位 ${ms(median(e.edits))}、最慢 ${ms(slowest)}`
          : "每次从按键到下一帧都不到 16 ms") +
        `（目标 < 100 ms）；其间主线程最长任务 ${ms(e.blocked)}`,
    );
  } finally {
    server.stop();
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
