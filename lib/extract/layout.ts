/**
 * The shape of the text before any figure is read: lines, the site navigation a scraped page
 * carries, the title, the signature, and which line breaks end a paragraph. Scraped reports keep
 * page-breaks mid-sentence ("工作任务\n\n清单"); such a break is soft and does not end a clause.
 */
import { inline } from "../report/format";

export type Line = { index: number; start: number; end: number; text: string; blank: boolean; nav: boolean };

/**
 * Delimiter class of each character, by how strongly it separates what is on either side:
 * ，,：: between clauses; 。！？；;!? between sentences; a line break that ends a paragraph.
 */
export const Delim = { None: 0, Clause: 1, Sentence: 2, Paragraph: 3 } as const;
export type Delim = (typeof Delim)[keyof typeof Delim];

export type Layout = {
  text: string;
  lines: Line[];
  /** index into lines of the title, if the text opens with one */
  title?: number;
  /** where the report's own text starts and ends (navigation and signature left out) */
  bodyStart: number;
  bodyEnd: number;
  navLines: Line[];
  /** the signature date line at the end (某某县委宣传部 / 2022年3月8日) */
  signatureDate?: Line;
  delim: Uint8Array;
};

const NAV_LINE =
  /^(?:当前位置|您的位置|你的位置|首页\s*[>＞»]|时间\s*[:：]|发布时间|发布日期|浏览量|浏览次数|阅读量|点击量|推荐访问|相关推荐|相关文章|热门文章|猜你喜欢|上一篇|下一篇|本文链接|原文地址|原文链接|来源\s*[:：]|责任编辑|编辑\s*[:：]|作者\s*[:：]|版权|Copyright|©|免责声明|扫一扫|分享到|阅读全文|收藏本文|打印本页|关闭窗口)/i;
/** 乡镇2020年落实意识形态工作情况汇报_乡镇意识形态: a page title with the site's suffix. */
const WEB_TITLE = /^[^\s_]{4,60}_[^\s_]{1,30}$/;
const TERMINAL = "。！？；;!?：:…";
const CLAUSE_CODES = new Set([..."，,：:"].map((c) => c.charCodeAt(0)));
const SENTENCE_CODES = new Set([..."。！？；;!?"].map((c) => c.charCodeAt(0)));
const SIGNATURE_DATE =
  /^[\s　]*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d〇零一二三四五六七八九十]{1,3}\s*月\s*[\d〇零一二三四五六七八九十]{1,3}\s*日[\s　]*$/;

/** 一、 （一） (一) 1. 1、 （1） 一是: a line starting with one of these opens a new item. */
export const LINE_MARKER =
  /^[\s　]*(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d０-９]{1,3}[）)]|[\d０-９]{1,2}[、．.](?![\d０-９])|[一二三四五六七八九十]{1,3}是)/;
export const SECTION_MARKER = /^[\s　]*([一二三四五六七八九十]{1,3})[、．.]/;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      const raw = text.slice(start, i);
      const end = raw.endsWith("\r") ? i - 1 : i;
      const lineText = text.slice(start, end);
      lines.push({ index: lines.length, start, end, text: lineText, blank: lineText.trim() === "", nav: false });
      start = i + 1;
    }
  }
  return lines;
}

const content = (lines: Line[]) => lines.filter((l) => !l.blank);

function markNavigation(lines: Line[]): void {
  const isNav = (l: Line) => NAV_LINE.test(l.text.trim()) || WEB_TITLE.test(l.text.trim());
  const nonBlank = content(lines);
  // Only at the edges of the page: a run of navigation lines, then the report.
  for (const l of nonBlank.slice(0, 8)) {
    if (!isNav(l)) break;
    l.nav = true;
  }
  for (const l of nonBlank.slice(-4).reverse()) {
    if (!NAV_LINE.test(l.text.trim())) break;
    l.nav = true;
  }
}

export function analyzeLayout(text: string): Layout {
  const lines = splitLines(text);
  markNavigation(lines);
  const real = lines.filter((l) => !l.blank && !l.nav);
  const first = real[0];
  const titleLike = first && first.text.trim().length <= 60 && !/[。；;！!？?]$/.test(first.text.trim());
  const title = titleLike ? first.index : undefined;

  let bodyEnd = real.length ? real[real.length - 1].end : text.length;
  let signatureDate: Line | undefined;
  const last = real[real.length - 1];
  if (last && real.length > 2 && SIGNATURE_DATE.test(last.text)) {
    signatureDate = last;
    const before = real[real.length - 2];
    const signer = before.text.trim().length <= 24 && !/[。；;：:，,]$/.test(before.text.trim()) && !LINE_MARKER.test(before.text);
    bodyEnd = (signer ? before : last).start;
  }
  const bodyStart = title !== undefined ? lines[title].end : first ? first.start : 0;

  const delim = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // 6,832 户: a comma grouping thousands (three digits, then no more) ends no clause.
    if (CLAUSE_CODES.has(c) && !(c === 44 && /^\d,\d{3}(?!\d)/.test(text.slice(i - 1, i + 5)))) delim[i] = Delim.Clause;
    else if (SENTENCE_CODES.has(c)) delim[i] = Delim.Sentence;
  }
  markBreaks(lines, title, delim);
  return { text, lines, title, bodyStart, bodyEnd, navLines: lines.filter((l) => l.nav), signatureDate, delim };
}

/** 表1 各村安全隐患排查整治情况: a table's or figure's caption is a heading of its own. */
const CAPTION = /^[\s　]*[表图]\s*\d+(?:[-－—]\d+)?\s*[^\d\s。，；、）)]/;

/** A break is hard unless a long line stops mid-sentence and the next line does not open an item. */
function markBreaks(lines: Line[], title: number | undefined, delim: Uint8Array): void {
  let prev: Line | undefined;
  for (const line of lines) {
    if (line.blank) continue;
    if (prev) {
      const a = prev.text.trim();
      const soft =
        !prev.nav &&
        !line.nav &&
        prev.index !== title &&
        a.length >= 20 &&
        !TERMINAL.includes(a[a.length - 1]) &&
        !SECTION_MARKER.test(prev.text) &&
        !CAPTION.test(prev.text) &&
        !LINE_MARKER.test(line.text);
      if (!soft) for (let i = prev.end; i < line.start; i++) delim[i] = Delim.Paragraph;
    }
    prev = line;
  }
  if (prev) for (let i = prev.end; i < delim.length; i++) delim[i] = Delim.Paragraph;
}

/** Clauses and sentences are looked up within this many characters, so junk without punctuation stays linear. */
export const REACH = 200;

/**
 * Where a unit is cut when no delimiter is within reach (junk without punctuation): on a fixed grid,
 * so neighbouring items share one quote instead of each getting its own window.
 */
const GRID = 64;

/** Start of the unit (clause, sentence, paragraph) containing pos: just after the last delimiter of at least that class. */
export function unitStart(layout: Layout, pos: number, level: Delim, reach = REACH): number {
  const { delim, text } = layout;
  const floor = Math.max(0, pos - reach);
  let i = pos - 1;
  while (i >= floor && delim[i] < level) i--;
  let start = i < floor ? Math.floor(floor / GRID) * GRID : i + 1;
  while (start < pos && /\s/.test(text[start])) start++;
  return start;
}

/** End (exclusive) of the unit containing pos. */
export function unitEnd(layout: Layout, pos: number, level: Delim, reach = REACH): number {
  const { delim, text } = layout;
  const ceil = Math.min(text.length, pos + reach);
  let i = pos;
  while (i < ceil && delim[i] < level) i++;
  let end = i < ceil || ceil === text.length ? i : Math.min(text.length, Math.ceil(ceil / GRID) * GRID);
  while (end > pos && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Text as a person reads it: the soft page-breaks of scraping folded away (lib/format's inline), trimmed. */
export function inlineText(s: string): string {
  return inline(s).trim();
}
