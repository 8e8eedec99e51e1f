/**
 * A PDF's text as pdf.js gives it, page by page, to the text a person wrote: page numbers and
 * running headers/footers dropped, lines that a page wrapped inside a sentence joined (Chinese has
 * no space between lines), and the spaces PDF text puts around numbers and between Chinese
 * characters removed. A table's rows (read from the items' positions, pdf-table.ts) stand alone.
 * Every change is counted in `normalisations`.
 */
import type { PageLine } from "./pdf-table";

const PAGE_NUMBER = /^(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*[,，/／共]\s*共?\s*\d+\s*页)?|\d+\s*[/／]\s*\d+|\d{1,4})$/;
/** A line that starts a new paragraph whatever its neighbour: a heading, an item, a signature date. */
const STARTS_BLOCK =
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]\s*\D|附件|注[:：]|[表图]\s*\d+(?:[-－—]\d+)?\s+[^\s。，；])/;
const ENDS_SENTENCE = /[。！？；：:」”）)]$/;
/**
 * 每周 / 六、周日下午开放: a full line that stops mid-phrase goes on into the next however it starts, where that is a
 * numeral and 、 (a heading's 六、 follows a sentence's end, or a short line).
 */
const cutMidPhrase = (line: string, full: boolean, next: string) =>
  full && /^[一二三四五六七八九十]+、/.test(next) && !ENDS_SENTENCE.test(line) && !/[，、,]$/.test(line);
const CJK = "\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef“”‘’、·—…";
/** A space next to a Chinese character or full-width sign, or between a number and %/℃/‰. */
export const STRAY_SPACE = new RegExp(`(?<=[${CJK}])[ \\u00a0]+|[ \\u00a0]+(?=[${CJK}])|(?<=\\d)[ \\u00a0]+(?=[%％℃‰㎡])`, "g");

/** Width of a line in Chinese characters, roughly: a digit is drawn about half as wide, a space a third. */
const width = (line: string) => {
  let w = 0;
  for (const ch of line) w += ch === " " ? 0.3 : ch.charCodeAt(0) < 0x2e80 && !"“”‘’—…·".includes(ch) ? 0.55 : 1;
  return w;
};

export function normalisePdfPages(pages: PageLine[][], tables = 0): { text: string; normalisations: string[] } {
  const lines = pages.map((p) => p.map((l) => l.text));
  let pageNumbers = 0;
  let running = 0;
  // Running headers/footers: the same first or last line on most pages (digits ignored, so 第3页 matches 第4页).
  const key = (l: string) => l.replace(/\d+/g, "#");
  const repeated = new Set<string>();
  if (lines.length >= 3) {
    for (const pick of [(p: string[]) => p[0], (p: string[]) => p[p.length - 1]]) {
      const counts = new Map<string, number>();
      for (const p of lines) if (p.length) counts.set(key(pick(p)), (counts.get(key(pick(p))) ?? 0) + 1);
      for (const [k, n] of counts) if (n >= Math.max(3, lines.length * 0.6)) repeated.add(k);
    }
  }
  const all: PageLine[] = pages.flatMap((p) =>
    p.filter(({ text: l, table }, i) => {
      if (table) return true;
      const edge = i < 2 || i >= p.length - 2;
      if (edge && PAGE_NUMBER.test(l)) return (pageNumbers++, false);
      if ((i === 0 || i === p.length - 1) && repeated.has(key(l))) return (running++, false);
      return true;
    }),
  );
  // A full line is one the page wrapped; a shorter one ends its paragraph. Most lines of a report
  // are full, so the upper quartile of widths is the page's measure.
  const widths = all
    .filter((l) => !l.table)
    .map((l) => width(l.text))
    .sort((a, b) => a - b);
  const full = (widths[Math.floor(widths.length * 0.75)] ?? 0) * 0.92;
  const paragraphs: string[] = [];
  let joins = 0;
  let current = "";
  for (let i = 0; i < all.length; i++) {
    const { text: line, table } = all[i];
    current += current && /[A-Za-z0-9]$/.test(current) && /^[A-Za-z0-9]/.test(line) ? ` ${line}` : line;
    const next = all[i + 1];
    // A full line continues unless a block starts; a short one (a heading, a title, a paragraph's end)
    // stops, except one cut mid-word a little early (a line may not start with ” or a number's tail).
    // A table's row is a paragraph of its own.
    const w = width(line);
    const { size } = all[i];
    const wraps =
      next !== undefined &&
      !table &&
      !next.table &&
      // Letters of another size (a title over the text) start another block.
      !(size && next.size && Math.abs(size - next.size) > 1) &&
      !(STARTS_BLOCK.test(next.text) && !cutMidPhrase(line, w >= full, next.text)) &&
      (w >= full || (w >= full * 0.75 && !ENDS_SENTENCE.test(line) && !/[，、,]$/.test(line))) &&
      !(ENDS_SENTENCE.test(line) && width(next.text) < full * 0.5);
    if (wraps) joins++;
    else {
      paragraphs.push(current);
      current = "";
    }
  }
  let spaces = 0;
  const text = paragraphs
    .map((p) =>
      p.replace(STRAY_SPACE, () => {
        spaces++;
        return "";
      }),
    )
    .join("\n\n");
  const normalisations = [`从 PDF 读取文字（${pages.length} 页）`];
  if (tables) normalisations.push(`${tables} 张表格按文字位置读出行与列，每行一段，每格带上行标签与列标签（单位取自表头括号）`);
  if (joins) normalisations.push(`合并了 ${joins} 处页面排版造成的句中换行`);
  if (spaces) normalisations.push(`去掉了 ${spaces} 处数字与汉字、汉字之间多出的空格`);
  if (pageNumbers) normalisations.push(`去掉了 ${pageNumbers} 个页码`);
  if (running) normalisations.push(`去掉了 ${running} 行重复的页眉页脚`);
  return { text: `${text}\n`, normalisations };
}
