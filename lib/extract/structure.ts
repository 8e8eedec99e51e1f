/**
 * The report's skeleton: title, unit, period, the 一、二、 sections, the （一）/一是/1. items inside
 * them, and which stretch of text lists weaknesses (存在的问题) and which lists plans (下一步).
 * Regular expressions here are anchored and bounded (no nested quantifiers) and run on short
 * slices, so no input makes them backtrack.
 */
import { Delim, inlineText, type Layout, SECTION_MARKER, unitEnd, unitStart } from "./layout";
import { parseChineseNumeral } from "./numerals";
import type { Span } from "./hits";
import { PLAN_HEADING, PLAN_TRIGGER, WEAKNESS_HEADING, WEAKNESS_TRIGGER } from "./vocabulary/regions";

export type RegionKind = "body" | "weakness" | "plan";

export type SectionInfo = Span & {
  ordinal: string;
  heading: string;
  /** 一、高度重视,加强组织领导 as written */
  quote: Span;
};

export type ItemKind = "paren" | "shi" | "arabic" | "arabicParen";
/** An enumerated item: （一）…, 一是…, 1.… */
export type Item = Span & {
  kind: ItemKind;
  value: number;
  /** the marker as written: （一） 一是 1. */
  ordinal: string;
  section: number;
  region: RegionKind;
  /** the item's title, up to its first full stop (or comma when that is long) */
  title: Span;
};

export type Region = { start: number; kind: RegionKind; section: number; trigger?: Span; label?: string };

export type Structure = {
  sections: SectionInfo[];
  items: Item[];
  regions: Region[];
};

const LEVEL: Record<ItemKind, number> = { paren: 1, shi: 2, arabic: 3, arabicParen: 4 };
const ITEM_PATTERNS: [ItemKind, RegExp, boolean][] = [
  ["paren", /^[（(]([一二三四五六七八九十]{1,3})[）)]/, false],
  ["arabicParen", /^[（(]([\d０-９]{1,2})[）)]/, false],
  ["shi", /^([一二三四五六七八九十]{1,3})是(?![否非的])/, false],
  ["arabic", /^([\d０-９]{1,2})[、．.](?![\d０-９])/, true],
];

/** Every item marker starts with one of these: a bracket, a digit or a Chinese numeral. */
const ITEM_FIRST = new Set([..."（(0123456789０１２３４５６７８９一二三四五六七八九十"].map((c) => c.charCodeAt(0)));

const numeralValue = (s: string) => {
  const ascii = s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  return /^\d+$/.test(ascii) ? Number(ascii) : (parseChineseNumeral(s) ?? 0);
};

/** Paragraph boundaries, for finding the paragraph around a position in log time. */
function paragraphStarts(layout: Layout): number[] {
  const starts = [0];
  const { delim } = layout;
  for (let i = 1; i < delim.length; i++) if (delim[i - 1] === Delim.Paragraph && delim[i] !== Delim.Paragraph) starts.push(i);
  return starts;
}

function paragraphEnd(starts: number[], layout: Layout, pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  const next = lo + 1 < starts.length ? starts[lo + 1] : layout.text.length;
  let end = next;
  while (end > pos && layout.delim[end - 1] === Delim.Paragraph) end--;
  return end;
}

/**
 * Title of a heading or item: to the first full stop; a long one stops at its first comma. An
 * item's title also stops at a comma after a phrase of six or more characters (培养文艺骨干队伍，
 * 每年培训…), while a pair of short phrases stays whole (突出重点,加大文化宣传氛围).
 */
export function titleSpan(layout: Layout, start: number, limit: number, item = false): Span {
  const { text } = layout;
  const sentenceEnd = Math.min(unitEnd(layout, start, Delim.Sentence, 120), limit);
  let end = sentenceEnd;
  const colon = text.slice(start, end).search(/[：:]/);
  if (colon > 0) end = start + colon;
  const comma = unitEnd(layout, start, Delim.Clause, 120);
  if (comma < end && comma > start) {
    const first = inlineText(text.slice(start, comma)).length;
    if (inlineText(text.slice(start, end)).length > 24 || (item && first >= 6)) end = comma;
  }
  while (end > start && /[\s，,、]/.test(text[end - 1])) end--;
  return { start, end };
}

export function findStructure(layout: Layout): Structure {
  const { text, lines, bodyStart, bodyEnd } = layout;
  const sections: SectionInfo[] = [];
  let expected = 1;
  for (const line of lines) {
    if (line.blank || line.nav || line.start < bodyStart || line.start >= bodyEnd) continue;
    const m = SECTION_MARKER.exec(line.text);
    if (!m) continue;
    const value = numeralValue(m[1]);
    if (value !== expected && value !== 1) continue;
    if (value === 1 && sections.length > 0) continue;
    expected = value + 1;
    const markerStart = line.start + line.text.indexOf(m[1]);
    const headStart = line.start + m[0].length;
    const head = titleSpan(layout, headStart, line.end);
    // A heading line that is just the heading keeps its closing 。 in the quote, as written.
    const tail = text.slice(head.end, line.end).trim();
    const quoteEnd = tail.length === 1 && /[。.．]/.test(tail) ? text.indexOf(tail, head.end) + 1 : head.end;
    if (head.end <= head.start) continue;
    sections.push({
      start: markerStart,
      end: bodyEnd,
      ordinal: m[1],
      heading: inlineText(text.slice(head.start, head.end)),
      quote: { start: markerStart, end: quoteEnd },
    });
  }
  sections.forEach((s, i) => {
    if (i + 1 < sections.length) s.end = sections[i + 1].start;
  });

  const sectionAt = (pos: number) => {
    let found = -1;
    for (let i = 0; i < sections.length && sections[i].start <= pos; i++) found = i;
    return found;
  };

  const items = findItems(layout, sections, sectionAt);
  const regions = findRegions(layout, sections, items);
  for (const item of items) {
    let region: Region | undefined;
    for (const r of regions) if (r.start <= item.start) region = r;
    item.region = region?.kind ?? "body";
  }
  return { sections, items, regions };
}

function findItems(layout: Layout, sections: SectionInfo[], sectionAt: (pos: number) => number): Item[] {
  const { text, delim, bodyStart, bodyEnd } = layout;
  const paras = paragraphStarts(layout);
  const items: Item[] = [];
  const last = new Map<string, number>();
  const sectionLines = new Set(sections.map((s) => s.start));

  for (let p = bodyStart; p < bodyEnd; p++) {
    const atLineStart = p === 0 || text.charCodeAt(p - 1) === 10;
    const afterDelim = p > 0 && delim[p - 1] >= Delim.Clause && delim[p - 1] !== Delim.Paragraph;
    if (!atLineStart && !afterDelim) continue;
    let q = p;
    while (q < bodyEnd && (text[q] === " " || text[q] === "\t" || text[q] === "　")) q++;
    if (!ITEM_FIRST.has(text.charCodeAt(q)) || sectionLines.has(q)) continue;
    const head = text.slice(q, q + 6);
    for (const [kind, pattern, lineOnly] of ITEM_PATTERNS) {
      if (lineOnly && !atLineStart) continue;
      const m = pattern.exec(head);
      if (!m) continue;
      const section = sectionAt(q);
      const value = numeralValue(m[1]);
      const key = `${section}:${kind}`;
      const prev = last.get(key);
      if (value !== 1 && prev !== value - 1) break;
      last.set(key, value);
      const titleStart = q + m[0].length;
      items.push({
        start: q,
        end: bodyEnd,
        kind,
        value,
        ordinal: m[0],
        section,
        region: "body",
        title: { start: titleStart, end: titleStart },
      });
      break;
    }
  }

  // An item ends where the next item of its level or above starts, at its section's end, and at
  // the end of its paragraph unless its paragraph is only a heading.
  items.forEach((item, i) => {
    let end = item.section >= 0 ? sections[item.section].end : bodyEnd;
    for (let j = i + 1; j < items.length; j++) {
      if (items[j].section !== item.section) break;
      if (LEVEL[items[j].kind] <= LEVEL[item.kind]) {
        end = Math.min(end, items[j].start);
        break;
      }
    }
    const paraEnd = paragraphEnd(paras, layout, item.start);
    const paragraph = text.slice(item.start, paraEnd);
    const headingOnly = paragraph.length <= 40 && !/[。；;！!？?]/.test(paragraph.slice(0, -1));
    if (!headingOnly) end = Math.min(end, paraEnd);
    while (end > item.start && /[\s；;。，,]/.test(text[end - 1])) end--;
    item.end = end;
    item.title = titleSpan(layout, item.title.start, end, true);
  });
  return items.filter((item) => item.title.end > item.title.start);
}

function findRegions(layout: Layout, sections: SectionInfo[], items: Item[]): Region[] {
  const { text, delim } = layout;
  const regions: Region[] = [];
  sections.forEach((s, index) => {
    const kind: RegionKind = PLAN_HEADING.test(s.heading) ? "plan" : WEAKNESS_HEADING.test(s.heading) ? "weakness" : "body";
    const label = kind === "plan" ? (/20\d\d年/.exec(s.heading) ?? PLAN_HEADING.exec(s.heading))?.[0] : undefined;
    regions.push({ start: s.start, kind, section: index, label, trigger: kind === "plan" ? s.quote : undefined });
    if (kind === "plan") return;

    const from = s.quote.end;
    const firstItemAfter = (pos: number) => items.find((it) => it.start >= pos && it.section === index);

    // 但还存在着一些薄弱环节,主要是:一是…: a weakness list starts when items follow the phrase closely.
    if (kind === "body") {
      const body = text.slice(from, s.end);
      const re = new RegExp(WEAKNESS_TRIGGER.source, "g");
      for (let m = re.exec(body); m; m = re.exec(body)) {
        const at = from + m.index + m[0].length;
        const next = firstItemAfter(at);
        if (next && next.start - at <= 40) {
          regions.push({ start: unitStart(layout, from + m.index, Delim.Sentence), kind: "weakness", section: index });
          break;
        }
      }
    }
    // 下半年,我镇将从以下四个方面…: plans start at a sentence that opens with a period and a will.
    for (let p = from; p < s.end; p++) {
      const opensSentence = delim[p - 1] >= Delim.Sentence && delim[p] < Delim.Sentence && !/\s/.test(text[p]);
      if (!opensSentence) continue;
      const m = PLAN_TRIGGER.exec(text.slice(p, p + 40));
      if (!m || !firstItemAfter(p)) continue;
      const label = /^(?:下一步|下步|下半年|下阶段|下一阶段|今后|明年|20\d\d年)/.exec(m[0])?.[0];
      const stop = text.slice(p, p + 120).search(/[。：:；;\n]/);
      regions.push({ start: p, kind: "plan", section: index, label, trigger: { start: p, end: p + (stop === -1 ? 120 : stop) } });
      break;
    }
  });
  return regions.sort((a, b) => a.start - b.start);
}
