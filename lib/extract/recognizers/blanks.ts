/** Blanks where the source left a number, a date or a place out: 在个村, 由名老党员, 月日, 在等地. */
import { GE_WORDS, NOT_A_BLANK_BEFORE, NOT_A_BLANK_BEFORE_MING, PERSON_NOUNS } from "../vocabulary/names";
import { isChineseNumeralChar } from "../numerals";
import { isIdeograph, oneOf, type ScanContext } from "./context";
import { isCumulative } from "./qualifiers";

/** Where the noun after a blank classifier ends: a particle, a verb, or a time word (有个村今年…). */
const OBJECT_STOP = "的尚未已逐成建开设配进参中都均全并和及与在为是有今去仍还";
/** At most this many characters describe the people before their noun (名机关党员, 名年轻干部). */
const PERSON_MODIFIER = 3;

/** 在个村成立 / 有个社区尚未 / 由名老党员组成: a classifier whose number was left out, a gap and a blank figure. */
export function readCountBlank(ctx: ScanContext, i: number): number | undefined {
  const { text, n } = ctx;
  const ch = text[i];
  const before = text[i - 1];
  if (!isIdeograph(before) || oneOf(NOT_A_BLANK_BEFORE, before)) return undefined;
  if (ch === "个" && GE_WORDS.some((w) => text.startsWith(w, i))) return undefined;
  let j = i + 1;
  if (ch === "名") {
    // 由名老党员组成: the count is of people, and the noun says which.
    const person = oneOf(NOT_A_BLANK_BEFORE_MING, before) ? undefined : personAfter(text, i + 1);
    if (person === undefined) return undefined;
    j = person;
  } else {
    // The noun ends at a stop or a numeral (个社区二〇二〇: the numeral is no part of it).
    while (j < n && j - i <= 10 && isIdeograph(text[j]) && !isChineseNumeralChar(text[j]) && (j === i + 1 || !oneOf(OBJECT_STOP, text[j])))
      j++;
  }
  if (j === i + 1) return undefined;
  const written = text.slice(i, j);
  ctx.gapHits.push({ start: i, end: j, kind: "number", blank: written, what: `原文「${written}」前缺少数字` });
  ctx.figureHits.push({
    start: i,
    end: j,
    value: null,
    unit: ch,
    qualifier: "missing",
    cumulative: isCumulative(ctx, i),
    doubts: ["原文未写数字"],
  });
  return j;
}

/** The end of a person noun at from, after at most PERSON_MODIFIER words of description, if one is there. */
function personAfter(text: string, from: number): number | undefined {
  for (let k = from; k <= from + PERSON_MODIFIER; k++) {
    const noun = PERSON_NOUNS.find((w) => text.startsWith(w, k));
    if (noun) return k + noun.length;
    if (!isIdeograph(text[k]) || oneOf(OBJECT_STOP, text[k])) return undefined;
  }
  return undefined;
}

/** 发放小额信贷万元: 万元 straight after a word, its number left out. */
export function readMoneyBlank(ctx: ScanContext, i: number): number | undefined {
  const before = ctx.text[i - 1];
  if (!isIdeograph(before) || oneOf(NOT_A_BLANK_BEFORE, before) || oneOf("数近余亿", before)) return undefined;
  ctx.gapHits.push({ start: i, end: i + 2, kind: "number", blank: "万元", what: "原文「万元」前缺少数字" });
  ctx.figureHits.push({
    start: i,
    end: i + 2,
    value: null,
    unit: "万元",
    qualifier: "missing",
    cumulative: isCumulative(ctx, i),
    doubts: ["原文未写数字"],
  });
  return i + 2;
}

/** 于月日召开: neither month nor day written. */
export function readDateBlank(ctx: ScanContext, i: number): number {
  ctx.gapHits.push({ start: i, end: i + 2, kind: "date", blank: "月日", what: "日期（原文月、日均空）" });
  return i + 2;
}

/** 在等地: the place before 等 left out. */
export function readPlaceBlank(ctx: ScanContext, i: number): number {
  const { text, n } = ctx;
  let k = i + 2;
  while (k < n && k - i < 6 && isIdeograph(text[k])) k++;
  ctx.gapHits.push({ start: i, end: i + 2, kind: "place", blank: text.slice(i + 1, k), what: "地点或名称（原文「等」前留空）" });
  return i + 2;
}
