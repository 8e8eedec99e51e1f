/**
 * Every figure equals its own text. A quantity's `text` ("80余条", "近5000册", "3至5个") is read with
 * the extractor's own numeral reader, and the value, unit, qualifier and range bound written beside
 * it must say the same; the text must be a whole figure of its quote, not the tail of a longer
 * number. Used by the build, `npm run check`, the CLI and /import through validateReport.
 */
import { bareRound, isChineseNumeralChar, isDigit, isNumeralStart, readNumber, type NumberToken } from "../extract/numerals";
import { clauseBound, DISTANT_QUALIFIERS, PREFIX_QUALIFIERS, RANGE_SEPARATORS, SUFFIX_QUALIFIERS } from "../extract/vocabulary/qualifiers";
import type { Measure, Qualifier, Quantity } from "./schema";

export type Reading = { value: number; max?: number; qualifier: Qualifier; rest: string; token: NumberToken; percent: boolean };

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "确数",
  at_least: "下限（余/多/以上/超过）",
  at_most: "上限（以内/不超过/不足）",
  approx: "约数（近/约/左右）",
  range: "区间（至/—）",
  missing: "原文留空",
};

const escaped = RANGE_SEPARATORS.map((s) => s.replace(/[-\\^$*+?.()|[\]{}]/g, "\\$&")).join("|");
const RANGE_AFTER = new RegExp(`^ ?(?:[^\\d\\s${RANGE_SEPARATORS.join("").replace(/[-\\\]^]/g, "\\$&")}]{1,4} ?)?(?:${escaped}) ?`);

/** What a figure's text says, read as the extractor reads it; null when it holds no number. */
export function readFigureText(text: string): Reading | null {
  // The number opens the text, after at most a qualifier word (近, 不少于) or 百分之.
  let at = 0;
  for (let moved = true; moved;) {
    moved = false;
    const skip = [...PREFIX_QUALIFIERS.map(([word]) => word), "百分之", " "].find((word) => text.startsWith(word, at));
    if (skip) {
      at += skip.length;
      moved = true;
    }
  }
  // 不低于营业收入的1.5%: the qualifier word, then what the figure is a share of, then 的.
  const distant = DISTANT_QUALIFIERS.find(([word]) => text.startsWith(word)) && !isNumeralStart(text, at) ? text.indexOf("的", at) : -1;
  if (distant !== -1 && distant <= 16) at = text[distant + 1] === " " ? distant + 2 : distant + 1;
  // 百分之百 is 100 %; 近百, 逾千 after a qualifier word, and 百余, 千多 with no 一, are 100, 1000.
  const whole = text.startsWith("百分之百", at - 3) && !isNumeralStart(text, at);
  const bare =
    (text[at] === "百" || text[at] === "千") &&
    !text.startsWith("百分之", at) &&
    (PREFIX_QUALIFIERS.some(([word]) => text.slice(0, at).trimEnd().endsWith(word)) || /^[余多]/.test(text.slice(at + 1)));
  if (!whole && !bare && (!isNumeralStart(text, at) || !readNumber(text, at))) return null;
  const token = whole ? bareRound(at, 100) : bare ? bareRound(at, text[at] === "百" ? 100 : 1000) : readNumber(text, at)!;
  const before = text.slice(0, at);
  let qualifier: Qualifier = token.vague || token.few ? "at_least" : "exact";
  // Longest first: 不超过 is at most, although it ends in 超过.
  const prefix =
    // 约百分之十二: the word stands before 百分之.
    PREFIX_QUALIFIERS.find(([word]) =>
      before
        .replace(/百分之$/, "")
        .trimEnd()
        .endsWith(word),
    ) ?? (distant !== -1 ? DISTANT_QUALIFIERS.find(([word]) => text.startsWith(word)) : undefined);
  if (prefix) qualifier = prefix[1];
  let end = token.end;
  let max: number | undefined;
  // 七八千人: two neighbouring digits are a range.
  if (token.max !== undefined) {
    qualifier = "range";
    max = token.max * token.multiplier;
  }
  // 3至5个, 4 至 6 名, 5,000 元至 8,000 元: the unit may be written on both numbers.
  const sepAt = RANGE_AFTER.exec(text.slice(end));
  const second = sepAt ? end + sepAt[0].length : -1;
  if (sepAt && isNumeralStart(text, second)) {
    const upper = readNumber(text, second);
    if (upper) {
      qualifier = "range";
      max = token.multiplier > 1 && upper.multiplier === 1 ? upper.value * token.multiplier : upper.value;
      end = upper.end;
    }
  }
  let rest = text.slice(end).trimStart();
  if (/^[余多]/.test(rest)) {
    qualifier = "at_least";
    rest = rest.slice(1);
  }
  // 七成多: more than seven tenths, as the extractor reads it.
  if (/^成[余多]$/.test(rest)) {
    qualifier = "at_least";
    rest = "成";
  }
  for (const [word, q] of SUFFIX_QUALIFIERS) {
    if (rest.endsWith(word)) {
      // 3万至5万元以内 is still the range 3–5 万元, as the extractor reads it.
      if (qualifier !== "range") qualifier = q;
      rest = rest.slice(0, -word.length);
    }
  }
  return { value: token.value, max, qualifier, rest: rest.trim(), token, percent: before.endsWith("百分之") };
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Problems of one figure: [field, message] pairs, field relative to the quantity. */
export function figureTextProblems(q: Quantity, quote: string): [keyof Quantity, string][] {
  const problems: [keyof Quantity, string][] = [];
  const says = `原文「${q.text}」`;
  if (!wholeFigureIn(q.text, quote)) {
    problems.push(["text", `${says}在引文中只是更长数字的一部分：请写出完整的数字`]);
  }
  const reading = readFigureText(q.text);
  if (!reading) {
    if (q.qualifier !== "missing" && !q.note) {
      problems.push([
        "value",
        `${says}中没有数字，数据为 ${q.value}：原文未写数字时请在 quantity.note 中说明数从何而来，原文留空请用 missing`,
      ]);
    }
    return problems;
  }
  if (q.qualifier === "missing") {
    problems.push(["qualifier", `${says}写有数字 ${reading.value}，数据却标为原文留空（missing）`]);
    return problems;
  }
  // 3.5万元 is 3.5 万元; 1.5万 with a unit that does not keep 万 is 15000.
  const keepsMultiplier = reading.token.multiplier > 1 && /^[万亿]/.test(q.unit);
  const value = keepsMultiplier ? reading.token.mantissa : reading.value;
  if (q.value !== null && !same(q.value, value)) problems.push(["value", `${says}为 ${value}，数据为 ${q.value}`]);
  const boundByClause = () => reading.qualifier === "exact" && placesIn(q.text, quote).some((at) => clauseBound(quote, at) === q.qualifier);
  if (reading.qualifier !== q.qualifier && !(reading.token.vague && q.qualifier !== "exact") && !boundByClause()) {
    problems.push([
      "qualifier",
      `${says}是${QUALIFIER_WORDS[reading.qualifier]}，数据却为${QUALIFIER_WORDS[q.qualifier]}（${q.qualifier}）`,
    ]);
  }
  if (reading.qualifier === "range" && q.qualifier === "range" && reading.max !== undefined && q.max !== undefined) {
    const max = keepsMultiplier ? reading.max / reading.token.multiplier : reading.max;
    if (!same(max, q.max)) problems.push(["max", `${says}的上限为 ${max}，数据为 ${q.max}`]);
  }
  // The words after the number, with 万/亿 given back when the unit keeps it (6.2万亩 → 万亩).
  const multiplier = keepsMultiplier ? (reading.token.multiplier === 1e4 ? "万" : "亿") : "";
  const rest = `${reading.percent ? "%" : ""}${multiplier}${reading.rest}`.normalize("NFKC");
  const unitNear = rest.slice(0, q.unit.length + 2).includes(q.unit.normalize("NFKC"));
  if (!unitNear && !q.note) {
    problems.push(["unit", `${says}的单位是「${rest.slice(0, 4) || "（无）"}」，数据为「${q.unit}」：单位不同时请在 quantity.note 中说明`]);
  }
  return problems;
}

/** 至少配备执法人员5名: each place `text` stands in `quote`, where the clause before may bound it. */
function placesIn(text: string, quote: string): number[] {
  const places: number[] = [];
  for (let at = quote.indexOf(text); at !== -1; at = quote.indexOf(text, at + 1)) places.push(at);
  return places;
}

/**
 * `text` occurs in `quote` at least once with no numeral of its own script glued to either end
 * (86条 inside 186条). Arabic and Chinese numerals are read apart, as the reader reads them.
 */
function wholeFigureIn(text: string, quote: string): boolean {
  const arabic = (s: string, i: number) => i >= 0 && i < s.length && (isDigit(s, i) || s[i] === "." || s[i] === ",");
  // In the quote, a point or comma beside the figure continues it only with a digit beyond: 1.5万 and 1,000 do,
  // the full stop of 百分之1.某某 does not.
  const continues = (i: number, away: number) => isDigit(quote, i) || (arabic(quote, i) && isDigit(quote, i + away));
  const chinese = (s: string, i: number) => i >= 0 && i < s.length && isChineseNumeralChar(s[i]);
  const glued = (inText: number, inQuote: number, away: number) =>
    (arabic(text, inText) && continues(inQuote, away)) || (chinese(text, inText) && chinese(quote, inQuote));
  for (let at = quote.indexOf(text); at !== -1; at = quote.indexOf(text, at + 1)) {
    if (glued(0, at - 1, -1) || glued(text.length - 1, at + text.length, 1)) continue;
    return true;
  }
  return false;
}

const STRONG_CUMULATIVE = /累计|共计|总计|合计|累积|总共|一共/;
const ANY_CUMULATIVE = /累计|共计|总计|合计|累积|总共|一共|共有|共/;

/** A warning when the clause around the figure says 累计 and `cumulative` disagrees, or the reverse. */
export function cumulativeWarning(m: Measure & { quantity: Quantity }): string | null {
  const at = m.quote.indexOf(m.quantity.text);
  if (at === -1) return null;
  const from = Math.max(...["，", "。", "；", "：", ",", ";"].map((p) => m.quote.lastIndexOf(p, at)));
  const clause = m.quote.slice(from + 1, at + m.quantity.text.length);
  if (!m.quantity.cumulative && STRONG_CUMULATIVE.test(clause)) {
    return `原文「${clause}」说的是累计数，cumulative 却为 false`;
  }
  if (m.quantity.cumulative && !ANY_CUMULATIVE.test(m.quote)) return `引文没有“累计/共计/合计”等字样，cumulative 却为 true`;
  return null;
}
