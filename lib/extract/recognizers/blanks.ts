/** Blanks where the source left a number, a date or a place out: 在个村, 由名老党员, 仍有家企业, 月日, 在等地. */
import { Delim, unitStart } from "../layout";
import { isChineseNumeralChar } from "../numerals";
import {
  BLANK_BARE_BEFORE,
  BLANK_BLOCKERS,
  BLANK_CUES,
  BLANK_NOUN_ENDS,
  COUNT_BEFORE_YOU,
  CUE_WORD_BEFORE,
  EVENT_NOUNS,
  EVENT_VERBS,
  GE_IDIOM_NOUNS,
  GE_WORDS,
  INSTITUTION_MODIFIERS,
  INSTITUTION_NOUNS,
  NOT_A_BLANK_BEFORE,
  NOT_A_BLANK_BEFORE_MING,
  PERSON_NOUNS,
  PERSON_SUFFIXES,
} from "../vocabulary/names";
import { UNIT_BLOCKERS } from "../vocabulary/units";
import { atClauseEnd, CLAUSE_END, isIdeograph, oneOf, type ScanContext } from "./context";
import { isCumulative } from "./qualifiers";

/** Where the noun after a blank classifier ends: a particle, a verb, or a time word (有个村今年…). */
const OBJECT_STOP = "的尚未已逐成建开设配进参中都均全并和及与在为是有今去仍还无不没存被将需依因";
/** At most this many characters describe the people before their noun (名机关党员, 名年轻干部). */
const PERSON_MODIFIER = 3;
/** At most this many characters of a blank's noun are taken. */
const NOUN_REACH = 10;

/**
 * 在个村成立 / 由名老党员组成 / 仍有家企业 / 建成村级文化广场个，: a classifier whose number was left
 * out, a gap and a blank figure. 个 needs only a word before it that is no number or 这/各/每; the
 * others (CUED_CLASSIFIERS) start too many words, so they need a word that asks for a count.
 */
export function readCountBlank(ctx: ScanContext, i: number): number | undefined {
  const { text } = ctx;
  const ch = text[i];
  // 仍有 家餐饮店: the writer left a space for the number; the cue stands before it.
  const at = spacedCue(text, i);
  const before = text[at - 1];
  if (!isIdeograph(before)) return undefined;
  if (ch === "名") {
    // 由名老党员组成: the count is of people, and the noun says which. 有 opening its clause
    // (，有名村级河长…) is "there are", not 有名 (famous).
    const askedFor = before === "有" && (oneOf(COUNT_BEFORE_YOU, text[at - 2]) || at < 2 || oneOf(CLAUSE_END, text[at - 2]));
    const wordBefore = oneOf(NOT_A_BLANK_BEFORE, before) || (oneOf(NOT_A_BLANK_BEFORE_MING, before) && !askedFor);
    const person = wordBefore ? undefined : personAfter(text, i + 1);
    return person === undefined ? undefined : blank(ctx, i, person);
  }
  const cued = hasCue(text, at);
  if (at < i && !cued) return undefined;
  if (ch === "所") {
    // 有所幼儿园: only a school or a clinic after the cue; 有所提高, 有所下降 are "somewhat".
    const end = cued ? institutionAfter(text, i + 1) : undefined;
    return end === undefined ? undefined : blank(ctx, i, end);
  }
  if (ch === "个") {
    // 建成个公园: a cue outweighs the 成 that usually makes 个 part of a word.
    if ((!cued && oneOf(NOT_A_BLANK_BEFORE, before)) || GE_WORDS.some((w) => text.startsWith(w, i)) || isGeIdiom(text, i)) return undefined;
    const end = nounEnd(text, i + 1, true);
    if (end > i + 1 || (cued && text[i + 1] === "“")) return blank(ctx, i, Math.max(end, i + 1));
    // 建成村级文化广场个，: no word ends in 个 but 这个/各个/一个, so a clause-final one lacks its number.
    return atClauseEnd(text, i + 1) ? blank(ctx, i, i + 1) : undefined;
  }
  const next = text[i + 1];
  if (oneOf(UNIT_BLOCKERS[ch] ?? "", next) || oneOf(BLANK_BLOCKERS[ch] ?? "", next)) return undefined;
  if (cued) {
    const end = nounEnd(text, i + 1, false);
    if (end > i + 1) return blank(ctx, i, end);
    // 合同仍有份。: a clause-final classifier after 仍有/还有… lacks its number (人人有份 is a saying).
    if (atClauseEnd(text, i + 1) && /[仍还尚另共现]有$/.test(text.slice(at - 2, at))) return blank(ctx, i, i + 1);
    return oneOf(BLANK_BARE_BEFORE, next) ? blank(ctx, i, i + 1) : undefined;
  }
  // 新增互助幸福院2所、床位张，: the next item of a list of counts, its number left out.
  if (oneOf(LIST_CLASSIFIERS, ch) && atItemEnd(text, i + 1) && LISTED_AFTER_COUNT.test(text.slice(Math.max(0, i - 12), i)))
    return blank(ctx, i, i + 1);
  // 举办各类招聘活动场，: the events' count closing the clause; 建成篮球场， is a place.
  if (ch === "场" && atClauseEnd(text, i + 1) && countsEvents(ctx, i)) return blank(ctx, i, i + 1);
  return undefined;
}

/** Classifiers that end no noun of a list (足球场, 平台, 案件 do): after one, the item lacks its number. */
const LIST_CLASSIFIERS = "张辆艘盏棵株";
/** A count (2所), 、, then a noun of a few characters: the classifier after it is the next item's. */
const LISTED_AFTER_COUNT = /[\d〇零一二两三四五六七八九十百千万][\p{Script=Han}]、\p{Script=Han}{2,6}$/u;
const atItemEnd = (text: string, i: number) => text[i] === "、" || atClauseEnd(text, i);

/** 挂个名, 走个过场: see GE_IDIOM_NOUNS. */
function isGeIdiom(text: string, i: number): boolean {
  return GE_IDIOM_NOUNS.some((w) => text.startsWith(w, i + 1) && (w.length > 1 || !isIdeograph(text[i + 1 + w.length])));
}

function blank(ctx: ScanContext, start: number, end: number): number {
  const written = ctx.text.slice(start, end);
  ctx.gapHits.push({ start, end, kind: "number", blank: written, what: `原文「${written}」前缺少数字` });
  ctx.figureHits.push({
    start,
    end,
    value: null,
    unit: ctx.text[start],
    qualifier: "missing",
    cumulative: isCumulative(ctx, start, end),
    doubts: ["原文未写数字"],
  });
  return end;
}

/** Where the word before classifier i ends: before the spaces a writer left for the number, if a cue stands there. */
function spacedCue(text: string, i: number): number {
  let k = i;
  while (k > i - 3 && (text[k - 1] === " " || text[k - 1] === "\u3000")) k--;
  return k < i && hasCue(text, k) ? k : i;
}

/** Whether a word that asks for a count (有, 为, 建成, 举办, 累计…) stands right before i, and is no part of another word (所有, 作为). */
function hasCue(text: string, i: number): boolean {
  const cue = BLANK_CUES.find((w) => text.startsWith(w, i - w.length));
  return cue !== undefined && !oneOf(CUE_WORD_BEFORE[cue] ?? "", text[i - cue.length - 1]);
}

/**
 * Where the noun from `from` ends: at a stop, a numeral (个社区二〇二〇: no part of it) or the
 * clause's verb. With firstFree its first character may be a stop too (个中心, 个成员单位).
 */
function nounEnd(text: string, from: number, firstFree: boolean): number {
  let j = from;
  while (j < text.length && j - from < NOUN_REACH && isIdeograph(text[j]) && !isChineseNumeralChar(text[j])) {
    if ((j > from || !firstFree) && (oneOf(OBJECT_STOP, text[j]) || BLANK_NOUN_ENDS.some((w) => text.startsWith(w, j)))) break;
    j++;
  }
  return j;
}

/** Whether the clause up to i names events (招聘活动) after a verb that holds them (举办). */
function countsEvents({ text, layout }: ScanContext, i: number): boolean {
  const clause = text.slice(unitStart(layout, i, Delim.Clause), i);
  return EVENT_NOUNS.some((w) => clause.endsWith(w)) && EVENT_VERBS.some((w) => clause.includes(w));
}

/** The end of a person noun at from, after at most PERSON_MODIFIER words of description, if one is there. */
function personAfter(text: string, from: number): number | undefined {
  for (let k = from; k <= from + PERSON_MODIFIER; k++) {
    const noun = PERSON_NOUNS.find((w) => text.startsWith(w, k));
    if (noun) return k + noun.length;
    if (!isIdeograph(text[k]) || oneOf(OBJECT_STOP, text[k])) break;
  }
  // 名专职安全员, 名返乡创业者: a noun the list lacks, ending in 员 or 者 (not 名誉会员, 或者).
  if (oneOf(UNIT_BLOCKERS["名"], text[from])) return undefined;
  for (let k = from + 1; k <= from + PERSON_MODIFIER + 1; k++) {
    if (!isIdeograph(text[k - 1]) || oneOf(OBJECT_STOP, text[k - 1])) return undefined;
    if (oneOf(PERSON_SUFFIXES, text[k]) && text[k - 1] !== "或") return k + 1;
  }
  return undefined;
}

/** The end of a school or clinic counted in 所 at from, after at most one of INSTITUTION_MODIFIERS. */
function institutionAfter(text: string, from: number): number | undefined {
  const modifier = INSTITUTION_MODIFIERS.find((w) => text.startsWith(w, from));
  for (const k of modifier ? [from, from + modifier.length] : [from]) {
    const noun = INSTITUTION_NOUNS.find((w) => text.startsWith(w, k));
    if (noun) return k + noun.length;
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
    cumulative: isCumulative(ctx, i, i + 2),
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
