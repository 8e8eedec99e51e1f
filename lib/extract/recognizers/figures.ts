/**
 * A number and what follows it: 余/多, 大, a unit, a range; then what it is. A figure when it
 * counts something done; a trap when it is a year, a date, a duration, a list marker, an article.
 */
import type { Qualifier } from "../../model/schema";
import { Delim, unitStart } from "../layout";
import { bareRound, isChineseNumeralChar, isDigit, isNumeralStart, readNumber, type NumberToken } from "../numerals";
import { MAKING_VERBS, PHASE_BEFORE, PHASE_OF } from "../vocabulary/names";
import { clauseBound, PER_ONE_VERBS, RANGE_SEPARATORS } from "../vocabulary/qualifiers";
import { atClauseEnd, isIdeograph, matchUnit, oneOf, type ScanContext, skipSpaces, trap, type Unit } from "./context";
import { distantQualifier, doubtsFor, isCumulative, namesThreshold, prefixQualifier, suffixQualifier } from "./qualifiers";
import { arabicSpecial, atLineStart, inPhoneContext, phoneEnd } from "./traps";

const STRUCTURE_BEFORE = ["以下", "如下", "下列", "上述"];
/** Words before hours that make them a time allowed or a standard per occasion (响应时间不超过2小时, 每次不少于2小时). */
const TIME_LIMIT_BEFORE = /(?:时间|时限|用时|时长|每次)(?:在|为|控制在)?$/;

/** Reads what follows a number: 余/多, 大, a unit, a range, and decides what it is. */
export function readFigure(ctx: ScanContext, i: number): number {
  const { text } = ctx;
  const num = readNumber(text, i);
  if (!num) return i + 1;
  if (num.vague) return trap(ctx, i, num.end, "vague");
  const before = text[i - 1] ?? "";
  const after = text[num.end] ?? "";

  // 近亿5000册, 〇1,200个: digits glued to a Chinese numeral are no figure a person wrote.
  // 百一成: a Chinese numeral after 百/千/万/亿 that its run did not take is the tail of a longer one.
  if (isChineseNumeralChar(before)) return trap(ctx, i, num.end, "vague");
  if (before === "周" || text.startsWith("星期", i - 2) || text.startsWith("礼拜", i - 2)) return trap(ctx, i - 1, num.end, "weekday");
  if (oneOf("（(", before) && oneOf("）)", after)) return num.kind === "arabic" ? trap(ctx, i - 1, num.end + 1, "list") : num.end + 1;
  if (
    num.kind === "arabic" &&
    num.intDigits <= 2 &&
    num.multiplier === 1 &&
    oneOf("、.．", after) &&
    !isDigit(text, num.end + 1) &&
    atLineStart(ctx, i)
  ) {
    return trap(ctx, i, num.end + 1, "list");
  }
  if (num.kind !== "arabic" && (after === "、" || after === "是")) return num.end;
  if (after === "楼") return trap(ctx, i, num.end + 1, "ordinal");
  if (num.kind === "arabic") {
    const special = arabicSpecial(ctx, i, num);
    if (special !== undefined) return special;
  }

  let pos = num.end;
  let atLeast = num.few;
  const spaced = skipSpaces(text, pos);
  if ((text[spaced] === "余" || text[spaced] === "多") && matchUnit(ctx, spaced + 1)) {
    atLeast = true;
    pos = spaced + 1;
  }
  if (text[pos] === "大") {
    const u = matchUnit(ctx, pos + 1);
    if (u && (u.unit === "方面" || u.unit === "类")) pos++;
  }
  const unit1 = withMultiplier(num, matchUnit(ctx, pos));

  if (unit1 && num.max !== undefined) {
    return classify(ctx, i, num, unit1.end, unit1, atLeast, { value: asWritten(num), max: num.max, unit: unit1, unitEnd: unit1.end });
  }
  const range = readRange(ctx, num, unit1 ? unit1.end : pos, unit1);
  if (range) return classify(ctx, i, num, range.unitEnd, range.unit, atLeast, range);

  if (unit1 && isRank(ctx, i, unit1)) return trap(ctx, skipBack(text, i) - 1, unit1.end, "ordinal");
  if (unit1?.unit === "期" && !range && isPhase(text, i, num, unit1.end)) return trap(ctx, i, unit1.end, "ordinal");
  // 二次污染, 二次消费: 二次 before a noun is "secondary"; a count of two is written 两次.
  if (unit1?.unit === "次" && text.slice(i, num.end) === "二" && isIdeograph(text[unit1.end])) {
    const word = isIdeograph(text[unit1.end + 1]) ? unit1.end + 2 : unit1.end + 1;
    return trap(ctx, i, word, "name");
  }
  if (unit1?.unit === "类" && isWaterClass(ctx, i, num, unit1.end)) return trap(ctx, i, unit1.end, "name");
  if (!unit1) {
    if (num.kind === "arabic") {
      if (inPhoneContext(ctx, i) || num.intDigits >= 7) return trap(ctx, i, phoneEnd(ctx, num.end), "phone");
      return trap(ctx, i, num.end, "nounit");
    }
    return num.end;
  }
  return classify(ctx, i, num, unit1.end, unit1, atLeast);
}

/** 百分之九十 / 百分之百 / 百分之九十六点五 */
export function readPercentWords(ctx: ScanContext, i: number): number {
  const numStart = i + 3;
  let value: number;
  let max: number | undefined;
  let end: number;
  if (ctx.text[numStart] === "百") {
    value = 100;
    end = numStart + 1;
  } else {
    const nt = readNumber(ctx.text, numStart);
    if (!nt || nt.vague) return numStart;
    value = nt.value;
    max = nt.max;
    end = nt.end;
  }
  return emitFigure(ctx, i, end, { start: i, value, max, unit: { unit: "%", kind: "percent", end } });
}

/**
 * 近百名, 近千吨, 逾千人: a bare 百 or 千 after a qualifier word is one hundred, one thousand; 百余人次, 千余名
 * (no 一 before) is at least that many.
 */
export function readBareHundred(ctx: ScanContext, i: number): number | undefined {
  const more = oneOf("余多", ctx.text[i + 1]);
  if (!more && !prefixQualifier(ctx, i).qualifier) return undefined;
  const unit = matchUnit(ctx, more ? i + 2 : i + 1);
  if (!unit) return undefined;
  const num = bareRound(i, ctx.text[i] === "百" ? 100 : 1000);

  return classify(ctx, i, num, unit.end, unit, more);
}

const skipBack = (text: string, i: number) => (text[i - 1] === " " || text[i - 1] === "\u00a0" ? i - 1 : i);

/** 排名前 3 位, 后 2 位, 前三名: a place in a ranking, not a count. */
function isRank({ text }: ScanContext, i: number, unit: Unit): boolean {
  return (unit.unit === "位" || unit.unit === "名") && oneOf("前后", text[skipBack(text, i) - 1]);
}

/**
 * 二期, 项目一期, 三期工程: a phase of a project, not a count of 期. A count of two is written 两期,
 * so 二期 is always a phase; 举办培训班 3 期 and 三期培训班 are counts.
 */
function isPhase(text: string, i: number, num: NumberToken, unitEnd: number): boolean {
  if (num.kind !== "chinese" || num.value > 9 || num.max !== undefined || num.multiplier !== 1) return false;
  return (
    text.slice(i, num.end) === "二" ||
    PHASE_OF.some((w) => text.startsWith(w, i - w.length)) ||
    PHASE_BEFORE.some((w) => text.startsWith(w, unitEnd))
  );
}

/**
 * 水质稳定在四类及以上, 断面水质达到三类: a class of water quality (written 一类 to 五类, 劣五类), not a
 * count of kinds; the clause says it is water, and no noun follows the class (三类指标 counts).
 */
function isWaterClass({ text, layout }: ScanContext, i: number, num: NumberToken, unitEnd: number): boolean {
  if (num.kind !== "chinese" || num.max !== undefined || num.end !== i + 1 || !oneOf("一二三四五", text[i])) return false;
  if (isIdeograph(text[unitEnd]) && !oneOf("及以或和", text[unitEnd])) return false;
  return text[i - 1] === "劣" || WATER_WORDS.test(text.slice(unitStart(layout, i, Delim.Clause), i));
}
const WATER_WORDS = /水质|断面|水体|地表水|水环境|水功能区/;

type Range = { max: number; value: number; unit: Unit; unitEnd: number };

/**
 * The unit of a number the reader multiplied (6.2万 → 62000) keeps its 万/亿, as 万元 does, and
 * the figure is the number as written (6.2 万亩).
 */
function withMultiplier(num: NumberToken, unit: Unit | undefined): Unit | undefined {
  if (!unit || num.multiplier === 1) return unit;
  if (unit.kind === "year" || unit.kind === "month" || unit.kind === "day" || /^[万亿]/.test(unit.unit)) return undefined;
  return { ...unit, unit: `${num.multiplier === 1e4 ? "万" : "亿"}${unit.unit}` };
}
const asWritten = (num: NumberToken) => (num.multiplier > 1 ? num.mantissa : num.value);

/** 3至5次, 300—500人, 3万至5万元, 20%-30%: the second number carries the unit. */
function readRange(ctx: ScanContext, num: NumberToken, sepFrom: number, unit1: Unit | undefined): Range | undefined {
  const { text } = ctx;
  const sepAt = skipSpaces(text, sepFrom);
  const sep = RANGE_SEPARATORS.find((s) => text.startsWith(s, sepAt));
  const second = sep ? skipSpaces(text, sepAt + sep.length) : -1;
  if (!sep || !isNumeralStart(text, second)) return undefined;
  const num2 = readNumber(text, second);
  if (!num2 || num2.vague || (num.kind === "arabic") !== (num2.kind === "arabic")) return undefined;
  const unit2 = withMultiplier(num2, matchUnit(ctx, num2.end));
  if (!unit2) return undefined;
  // 3万至5万元 and 3至5万元 are both 3–5 万元.
  const first = num.multiplier > 1 ? num.mantissa : num.value;
  if (unit1 && unit1.unit !== unit2.unit) return undefined;
  // 20203万至5万元: an upper end below the lower one is no range a person wrote.
  if (asWritten(num2) <= first) return undefined;
  return { value: first, max: asWritten(num2), unit: unit2, unitEnd: unit2.end };
}

/** By its unit: a year, a date, a duration, an anniversary, an article (一个), or a figure. */
function classify(ctx: ScanContext, i: number, num: NumberToken, unitEndAt: number, unit: Unit, atLeast: boolean, range?: Range): number {
  const { text } = ctx;
  const value = range ? range.value : asWritten(num);
  switch (unit.kind) {
    case "year": {
      const isYear = (num.kind === "arabic" && num.intDigits === 4 && value >= 1900 && value <= 2100) || num.kind === "digits";
      if (!isYear) return trap(ctx, i, unitEndAt, "duration");
      return trap(ctx, i, text[unitEndAt] === "度" ? unitEndAt + 1 : unitEndAt, "year");
    }
    case "month": {
      let end = unitEndAt;
      if (isNumeralStart(text, end)) {
        const day = readNumber(text, end);
        if (day && !day.vague && oneOf("日号", text[day.end])) end = day.end + 1;
      } else if (oneOf("日号", text[end]) && !range) {
        ctx.gapHits.push({ start: end, end: end + 1, kind: "date", blank: text[end], what: "日期（原文缺日）" });
        end++;
      }
      for (const tail of ["份", "底", "初", "中旬", "上旬", "下旬"]) if (text.startsWith(tail, end)) end += tail.length;
      return trap(ctx, i, end, "date");
    }
    case "day":
      if (text[unitEndAt] === "内") return trap(ctx, i, unitEndAt + 1, "duration");
      return trap(ctx, i, unitEndAt, text[i - 1] === "〕" ? "code" : "date");
    case "duration":
      return trap(ctx, prefixQualifier(ctx, i).start, text[unitEndAt] === "内" ? unitEndAt + 1 : unitEndAt, "duration");
    case "anniversary":
      return trap(ctx, i, unitEndAt, "anniversary");
    case "hours":
      if (text[unitEndAt] === "内") return trap(ctx, i, unitEndAt + 1, "duration");
      // 平均响应时间不超过2小时, 每次不少于2小时: a time allowed or a standard per visit, not hours spent.
      const bound = prefixQualifier(ctx, i).start;
      if (TIME_LIMIT_BEFORE.test(text.slice(Math.max(0, bound - 4), bound))) return trap(ctx, bound, unitEndAt, "duration");
      // 24小时值守, 24小时运转, 24小时最大降雨量, 72小时: whole days of hours are a window, not hours spent.
      if (unit.unit === "小时" && !range && num.multiplier === 1 && [24, 48, 72].includes(value))
        return trap(ctx, i, unitEndAt, "duration");
      // 24小时值班 / 24小时在线: a schedule, not hours spent.
      if (/^(?:值班|值守|在线|不间断|全天候|畅通|开放|服务热线)/.test(text.slice(unitEndAt, unitEndAt + 4)))
        return trap(ctx, i, unitEndAt, "duration");
      break;
    default:
      break;
  }
  // 一成, 一倍 are a share, 一万元 and 一亿元 a sum: never an article.
  if (num.loneOne && !range && unit.unit !== "成" && unit.unit !== "倍" && unit.kind !== "money" && !/^[万亿]/.test(unit.unit)) {
    if (i < ctx.rateUntil) return trap(ctx, i, unitEndAt, "cadence");
    if (
      !countsMadeOne(ctx, i, unitEndAt, unit) &&
      !countsListedOne(ctx, i, unitEndAt) &&
      !leadsListOfCounts(ctx, unitEndAt, unit) &&
      !countsOneEach(ctx, i, unitEndAt)
    )
      return trap(ctx, i, unitEndAt, "article");
  }
  return emitFigure(ctx, i, unitEndAt, { start: i, value, max: range?.max, unit, atLeast });
}

/**
 * 建成乡级区域养老服务中心一个，/ 新建学生宿舍一栋，: a clause-final 一个 after the object of a verb of making counts one made
 * (not 组建宣讲队一支: 一支 stays the article); so does a clause-final 一名/一个 after 各 and a verb's object (各明确联络员一名).
 * Not 推动项目建一个 (no object between), 成熟一个、发展一个 (no such verb), nor 一个 before its noun.
 */
function countsMadeOne({ text, layout }: ScanContext, i: number, end: number, unit: Unit): boolean {
  if (!atClauseEnd(text, end)) return false;
  const clause = text.slice(unitStart(layout, i, Delim.Clause), i);
  // 十三个村各明确联络员一名。: one each, after 各, a verb and its object.
  const each = clause.lastIndexOf("各");
  if (each !== -1 && /^[\u4e00-\u9fff]{4,}$/.test(clause.slice(each + 1))) return true;
  // 组建宣讲队一支 stays the article the conventions name (一支队伍).
  if (unit.unit === "支") return false;
  return MAKING_VERBS.some((w) => {
    const at = clause.lastIndexOf(w);
    return at !== -1 && clause.length - (at + w.length) >= 2 && /^[\u4e00-\u9fff（）()]+$/.test(clause.slice(at + w.length));
  });
}

/**
 * 辖十二个行政村、一个社区 / 厌学在家四名、因病休学一名、: 一个 listed after a figure is a count like it, before its
 * noun or, after it, closing the item. Not 2.6万份、致全镇群众的一封信1.5万封 (一封 opens the next item's noun).
 */
function countsListedOne({ text, figureHits }: ScanContext, i: number, end: number): boolean {
  const last = figureHits.at(-1);
  const item = last && /^[\u4e00-\u9fff（）()]{0,8}、([\u4e00-\u9fff（）()]{0,8})$/.exec(text.slice(last.end, i));
  return !!item && (item[1] === "" || text[end] === "、" || atClauseEnd(text, end));
}

/**
 * 新建供水工程一处、改扩建工程三处 / 初级中学一所、中心小学一所、村小三所: 一处 heading a list of counts in the same
 * unit, one of which counts more than one, is a count like them; 发现一户、整治一户 (one and one again) is a saying.
 */
function leadsListOfCounts({ text }: ScanContext, end: number, unit: Unit): boolean {
  for (let at = end, k = 0; k < LIST_REACH; k++) {
    const next = LIST_ITEM.exec(text.slice(at, at + 16));
    if (!next || !text.startsWith(unit.unit, at + next[0].length)) return false;
    if (next[1] !== "一") return true;
    at += next[0].length + unit.unit.length;
  }
  return false;
}
/** The next item of a list up to its count (、改扩建工程三); how many items leadsListOfCounts reads on. */
const LIST_ITEM = /^、[\u4e00-\u9fff（）()]{1,8}?([0-9０-９]+|[一二两三四五六七八九十百千]+)/;
const LIST_REACH = 6;

/**
 * 培养建房协管员九名，每村一名 / 每个村不少于一场: a clause-final 一名 right after 每 and what it is per (a bound
 * word between, as prefixQualifier reads it) counts one each; so does 一名 after 每, what it is per and a verb
 * (每个村明确一名耕地管护员, 为每名留守儿童确定一名“爱心妈妈”, 每组负责一个村), or after 各 and a verb (七个村各明确一名
 * 村干部). Not where a period follows the last 每 (每月开展一次 is a cadence), nor 一次性.
 */
function countsOneEach(ctx: ScanContext, i: number, end: number): boolean {
  const { text } = ctx;
  const lead = text.slice(unitStart(ctx.layout, i, Delim.Clause), prefixQualifier(ctx, i).start).trim();
  if (atClauseEnd(text, end) && /^每[\u4e00-\u9fff]{1,3}$/.test(lead)) return true;
  if (text[end] === "性") return false;
  const per = lead.slice(lead.lastIndexOf("每"));
  if (lead.includes("每") && /^每(?![天日周月季年半旬两双隔])[\u4e00-\u9fff]{3,10}$/.test(per)) return true;
  // 七个村各明确一名村干部, 各村都明确了一名联络员: 各, what it is of, and a verb, as 每, before what it is one of
  // (各村成熟一个、发展一个 is a saying).
  return /(?:^|[\u4e00-\u9fff])各[\u4e00-\u9fff]{2,6}$/.test(lead) && isIdeograph(text[end]) && text[end] !== "、";
}

/**
 * 从以下四个方面: a count that announces what follows. Not 35岁以下的14名, where 以下 closes a
 * threshold (a numeral just before it).
 */
function isStructure(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start);
  const word = STRUCTURE_BEFORE.find((w) => before.endsWith(w) || before.endsWith(`${w}的`));
  if (!word) return false;
  const wordStart = start - word.length - (before.endsWith("的") ? 1 : 0);
  const lead = text.slice(Math.max(0, wordStart - 3), wordStart);
  return ![...lead].some((ch, k) => isChineseNumeralChar(ch) || isDigit(lead, k));
}

/**
 * 每周对全镇 14 个行政村开展一次暗访, 每天对辖区4个农贸市场开展巡查: inside a cadence's clause,
 * what 对 names is the scope of the work, a figure, not a count per period.
 */
function isScope({ text }: ScanContext, start: number): boolean {
  const at = skipBack(text, start);
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    // 每季度面对面随访1次: 面对面 is a manner, not 对 naming a scope.
    if (text[k] === "对" && text[k - 1] !== "面" && text[k + 1] !== "面") return true;
    if (!isIdeograph(text[k]) || text[k] === "每") return false;
  }
  return false;
}

/** 每服务1小时积1分: the 1 after 每 and a verb is what a rate is per. */
function isPerOne(text: string, start: number): boolean {
  const at = skipBack(text, start);
  return PER_ONE_VERBS.some((w) => text.startsWith(w, at - w.length) && text[at - w.length - 1] === "每");
}

/** Records a figure with its qualifier, unless a cadence or 以下四个方面 claims it. */
function emitFigure(
  ctx: ScanContext,
  numStart: number,
  unitEndAt: number,
  f: { start: number; value: number; max?: number; unit: Unit; atLeast?: boolean },
): number {
  const suffix = suffixQualifier(ctx, unitEndAt);
  // 低于3%的问责红线: the figure is the line the bound word measures against, exactly.
  const bound = prefixQualifier(ctx, f.start);
  const boundWord = ctx.text.slice(bound.start, f.start).trim();
  const prefix =
    bound.qualifier && bound.qualifier !== "approx" && namesThreshold(ctx.text, suffix.end, boundWord) ? { start: f.start } : bound;
  const near = f.max !== undefined || suffix.qualifier || prefix.qualifier;
  const distant = near ? undefined : distantQualifier(ctx, f.start);
  const lead = near || distant || isScope(ctx, f.start) ? undefined : clauseBound(ctx.text, f.start);
  const qualifier: Qualifier =
    f.max !== undefined
      ? "range"
      : (suffix.qualifier ?? prefix.qualifier ?? distant?.qualifier ?? lead ?? (f.atLeast ? "at_least" : "exact"));
  const start = distant?.start ?? prefix.start;
  const end = suffix.end;
  if (numStart < ctx.rateUntil && !isScope(ctx, start)) return trap(ctx, start, end, "cadence");
  if (f.value === 1 && f.max === undefined && isPerOne(ctx.text, f.start)) return trap(ctx, f.start, end, "cadence");
  // “三个清单”“四个意识”: a count that opens a short quoted phrase names it.
  if (ctx.text[start - 1] === "“" && ctx.text.indexOf("”", end) - end <= 6 && ctx.text.indexOf("”", end) >= end) {
    return trap(ctx, start, ctx.text.indexOf("”", end), "name");
  }
  if (isStructure(ctx.text, start)) return trap(ctx, start, end, "structure");
  ctx.figureHits.push({
    start,
    end,
    value: f.value,
    ...(qualifier === "range" ? { max: f.max } : {}),
    unit: f.unit.unit,
    qualifier,
    cumulative: isCumulative(ctx, start, end),
    doubts: doubtsFor(ctx, start, f.unit),
  });
  return end;
}
