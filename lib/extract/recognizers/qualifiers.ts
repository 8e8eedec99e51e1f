/** What the words around a figure say about it: 近/约/余 and 以上/左右, 累计, 每…, 平均. */
import type { Qualifier } from "../../model/schema";
import { Delim, unitEnd, unitStart } from "../layout";
import { isNumeralStart } from "../numerals";
import { CUMULATIVE_MARKERS, GONG_MARKERS, GONG_NOT_AFTER, GONG_NOT_BEFORE, GONG_VERBS } from "../vocabulary/totals";
import {
  COMPARING_WORDS,
  DISTANT_QUALIFIERS,
  GOAL_NOUNS,
  PREFIX_QUALIFIERS,
  PREFIX_WORD_BEFORE,
  PREFIX_WORDS_BEFORE,
  SUFFIX_QUALIFIERS,
  THRESHOLD_NOUNS,
} from "../vocabulary/qualifiers";
import { isIdeograph, oneOf, type ScanContext, skipSpaces, type Unit } from "./context";

export function prefixQualifier({ text }: ScanContext, start: number): { start: number; qualifier?: Qualifier } {
  // 超过 50 万元: a space may stand between the word and the number.
  const before = text[start - 1] === " " ? start - 1 : start;
  for (const [word, qualifier] of PREFIX_QUALIFIERS) {
    const at = before - word.length;
    if (at < 0 || !text.startsWith(word, at)) continue;
    // 签约有3家: the 约 of 约有 is 签约's (and of 约占, 节约占).
    const bare = word.replace(/[有占]$/, "");
    if (oneOf(PREFIX_WORD_BEFORE[bare] ?? "", text[at - 1]) || PREFIX_WORDS_BEFORE[bare]?.includes(text.slice(at - 2, at))) continue;
    return { start: at, qualifier };
  }
  return { start };
}

/**
 * 不低于营业收入的1.5%, 不足党员总数的一成, 约占劳动力总数的四成: the qualifier word stands before what the figure is
 * a share of, joined by 的, with only words (no number, no stop) between; the figure's text then
 * starts at the word, so that it says the bound itself.
 */
export function distantQualifier({ text }: ScanContext, start: number): { start: number; qualifier: Qualifier } | undefined {
  const de = text[start - 1] === " " ? start - 2 : start - 1;
  if (text[de] !== "的") return undefined;
  const from = Math.max(0, de - 14);
  const before = text.slice(from, de);
  let best: { end: number; start: number; qualifier: Qualifier } | undefined;
  // Longest first, so 不低于 wins over the 低于 inside it.
  for (const [word, qualifier] of DISTANT_QUALIFIERS) {
    const at = before.lastIndexOf(word);
    if (at === -1 || (best && at + word.length <= best.end)) continue;
    // 节约占地面积的三成: the 约 of 约占 is 节约's.
    if (oneOf(PREFIX_WORD_BEFORE[word.replace(/占$/, "")] ?? "", text[from + at - 1])) continue;
    const between = before.slice(at + word.length);
    if (between.length >= 2 && /^[\u4e00-\u9fff]+$/.test(between)) best = { end: at + word.length, start: from + at, qualifier };
  }
  return best && { start: best.start, qualifier: best.qualifier };
}

/**
 * 低于3%的问责红线, 超过55%的考核要求: after the figure, 的 and (a few words, then) a line such as 红线
 * or 上限, or a requirement where the word before the figure (`bound`) compares.
 */
export function namesThreshold(text: string, end: number, bound: string): boolean {
  if (text[end] !== "的") return false;
  const lines = COMPARING_WORDS.includes(bound) ? [...THRESHOLD_NOUNS, ...GOAL_NOUNS] : THRESHOLD_NOUNS;
  for (let k = end + 1; k <= end + 5 && isIdeograph(text[k]); k++) if (lines.some((w) => text.startsWith(w, k))) return true;
  return false;
}

export function suffixQualifier({ text }: ScanContext, end: number): { end: number; qualifier?: Qualifier } {
  // 七成多, 三成余: more than that many tenths.
  if (text[end - 1] === "成" && oneOf("多余", text[end])) return { end: end + 1, qualifier: "at_least" };
  const after = text[end] === " " ? end + 1 : end;
  for (const [word, qualifier] of SUFFIX_QUALIFIERS) if (text.startsWith(word, after)) return { end: after + word.length, qualifier };
  return { end };
}

/**
 * Whether the figure's clause marks a running total (累计, 共计; 共 unless it is part of a word)
 * before the figure, or a total of the same list follows it: in 出让国有建设用地38宗共1,960亩, 健康步道3条共5.4公里
 * and 13个村调委会共有调解员58名 the counts before 共 are counted in total as the total after it is.
 */
export function isCumulative({ text, layout }: ScanContext, start: number, end: number): boolean {
  return marksTotal(text, unitStart(layout, start, Delim.Clause), start) || totalFollows(text, end, unitEnd(layout, end, Delim.Clause));
}

/**
 * Right after the figure any marker with a number after it (38宗共1,960亩); further on only the adverb 共 (共有, 共计):
 * in 18个村集体经营性收入合计326万元 and 十几个类别、累计服务群众1.2万人次 the 合计/累计 sums only what follows it.
 */
function totalFollows(text: string, end: number, clauseEnd: number): boolean {
  const at = skipSpaces(text, end);
  const marker = CUMULATIVE_MARKERS.find((w) => text.startsWith(w, at));
  if (marker !== undefined && (marker !== "共" || isTotalGong(text, at)) && isNumeralStart(text, skipSpaces(text, at + marker.length)))
    return true;
  const rest = text.slice(end, clauseEnd);
  for (const marker of GONG_MARKERS) {
    for (let at = rest.indexOf(marker); at !== -1; at = rest.indexOf(marker, at + 1)) {
      if (marker === "共" && !isTotalGong(text, end + at)) continue;
      if (hasNumeral(text, end + at + marker.length, clauseEnd)) return true;
    }
  }
  return false;
}

function hasNumeral(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isNumeralStart(text, i)) return true;
  return false;
}

function marksTotal(text: string, from: number, to: number): boolean {
  const clause = text.slice(from, to);
  for (const marker of CUMULATIVE_MARKERS) {
    for (let at = clause.indexOf(marker); at !== -1; at = clause.indexOf(marker, at + 1)) {
      if (marker !== "共" || isTotalGong(text, from + at)) return true;
    }
  }
  return false;
}

/** 共 at `at` says "in total": not 公共/中共, nor 共建/共享/共养 — unless a verb follows (共处置, 共建成). */
function isTotalGong(text: string, at: number): boolean {
  if (oneOf(GONG_NOT_BEFORE, text[at - 1])) return false;
  return GONG_VERBS.some((w) => text.startsWith(w, at + 1)) || !oneOf(GONG_NOT_AFTER, text[at + 1]);
}

export function doubtsFor({ text, layout }: ScanContext, start: number, unit: Unit): string[] {
  const doubts: string[] = [];
  if (unit.note) doubts.push(unit.note);
  const clause = text.slice(unitStart(layout, start, Delim.Clause), start);
  if (/每(?:个|村|户|人|桌|期|场|班|条|所|家|座|名)/.test(clause)) doubts.push("按“每…”计，是单个单位的数，不是总数");
  if (clause.includes("平均")) doubts.push("是平均数");
  if (unit.unit === "面") doubts.push("量词“面”：请核对计数对象");
  return doubts;
}
