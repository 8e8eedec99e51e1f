/**
 * One left-to-right pass over the text that finds every figure, every blank where a figure or a
 * date should be, every cadence, and every numeral that is not a figure (a trap) with the reason.
 * No regular expression runs over the text here: each step reads a bounded number of characters,
 * so the pass is linear and cannot backtrack.
 */
import type { Cadence, Qualifier } from "../model/schema";
import { Delim, type Layout, unitEnd, unitStart } from "./layout";
import { digitAt, isDigit, isNumeralStart, readNumber, type NumberToken } from "./numerals";
import {
  CUMULATIVE_MARKERS,
  GE_WORDS,
  GONG_NOT_AFTER,
  GONG_NOT_BEFORE,
  NAME_PHRASES,
  NOT_A_BLANK_BEFORE,
  NOT_A_BLANK_BEFORE_MING,
  PERSON_NOUNS,
  PREFIX_QUALIFIERS,
  PREFIX_WORD_BEFORE,
  RANGE_SEPARATORS,
  SUFFIX_QUALIFIERS,
  UNIT_BLOCKERS,
  UNITS,
  type UnitKind,
} from "./vocabulary";

export type TrapKind =
  | "year"
  | "date"
  | "weekday"
  | "time"
  | "duration"
  | "anniversary"
  | "ordinal"
  | "list"
  | "name"
  | "article"
  | "cadence"
  | "phone"
  | "code"
  | "structure"
  | "vague"
  | "nounit";

export const trapLabel: Record<TrapKind, string> = {
  year: "年份",
  date: "日期",
  weekday: "星期",
  time: "时刻",
  duration: "时长或时限",
  anniversary: "周年",
  ordinal: "序数",
  list: "列表编号",
  name: "含数字的名称",
  article: "“一”作冠词",
  cadence: "频次或标准",
  phone: "电话号码",
  code: "文号",
  structure: "引出下文的条数",
  vague: "概数（不确定）",
  nounit: "没有量词或单位",
};

export type Span = { start: number; end: number };
export type FigureHit = Span & {
  value: number | null;
  max?: number;
  unit: string;
  qualifier: Qualifier;
  cumulative: boolean;
  /** what a person should check, in Chinese */
  doubts: string[];
};
export type TrapHit = Span & { kind: TrapKind };
export type CadenceHit = Span & { cadence: Cadence };
export type GapHit = Span & { kind: "number" | "date" | "place"; what: string; blank: string };
export type ScanResult = { figures: FigureHit[]; traps: TrapHit[]; cadences: CadenceHit[]; gaps: GapHit[] };

type Unit = { unit: string; kind: UnitKind; end: number; note?: string };

const byFirstChar = <T extends { key: string }>(items: T[]) => {
  const map = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => b.key.length - a.key.length)) {
    const list = map.get(item.key[0]) ?? [];
    list.push(item);
    map.set(item.key[0], list);
  }
  return map;
};
const PHRASES = byFirstChar(NAME_PHRASES.map((key) => ({ key })));
const UNIT_INDEX = byFirstChar(UNITS.map((u) => ({ key: u.unit, ...u })));

const isIdeograph = (ch: string | undefined) => ch !== undefined && ch >= "\u4e00" && ch <= "\u9fff";
/** Whether ch is one of the characters of set ("".includes("") is true, so guard the text's ends). */
const oneOf = (set: string, ch: string | undefined) => ch !== undefined && ch.length === 1 && set.includes(ch);
const OBJECT_STOP = "的尚未已逐成建开设配进参中都均全并和及与在为是有";
const CADENCE_WORDS = ["个星期", "个月", "星期", "季度", "月", "周", "季", "年", "天", "日"];
const DAY_SEPARATORS = "、，,和及";
const PHONE_CONTEXT = ["电话", "热线", "手机", "传真", "座机", "号码"];
const STRUCTURE_BEFORE = ["以下", "如下", "下列", "上述"];

export function scanText(layout: Layout): ScanResult {
  const { text } = layout;
  const n = text.length;
  const figures: FigureHit[] = [];
  const traps: TrapHit[] = [];
  const cadences: CadenceHit[] = [];
  const gaps: GapHit[] = [];
  /** Figures before this position belong to a cadence (每月2次) or a rate (月均10人次). */
  let rateUntil = -1;

  const trap = (start: number, end: number, kind: TrapKind) => {
    traps.push({ start, end, kind });
    return end;
  };

  const matchUnit = (pos: number): Unit | undefined => {
    for (const u of UNIT_INDEX.get(text[pos]) ?? []) {
      if (!text.startsWith(u.unit, pos)) continue;
      const end = pos + u.unit.length;
      if (oneOf(UNIT_BLOCKERS[u.unit] ?? "", text[end])) continue;
      // 等三面重要工作: 面 stands for 方面 here (a flag is counted in 面 too).
      if (u.unit === "面" && /^(?:重要|工作|任务|内容|问题)/.test(text.slice(end, end + 2))) {
        return { unit: "方面", kind: "count", end, note: `原文作「${text.slice(pos - 1, end)}」，按「方面」理解` };
      }
      return { unit: u.normal ?? u.unit, kind: u.kind, end };
    }
    return undefined;
  };

  const prefixQualifier = (start: number): { start: number; qualifier?: Qualifier } => {
    for (const [word, qualifier] of PREFIX_QUALIFIERS) {
      const at = start - word.length;
      if (at < 0 || !text.startsWith(word, at)) continue;
      if (oneOf(PREFIX_WORD_BEFORE[word] ?? "", text[at - 1])) continue;
      return { start: at, qualifier };
    }
    return { start };
  };

  const suffixQualifier = (end: number): { end: number; qualifier?: Qualifier } => {
    for (const [word, qualifier] of SUFFIX_QUALIFIERS) if (text.startsWith(word, end)) return { end: end + word.length, qualifier };
    return { end };
  };

  const isCumulative = (start: number): boolean => {
    const from = unitStart(layout, start, Delim.Clause);
    const clause = text.slice(from, start);
    for (const marker of CUMULATIVE_MARKERS) {
      for (let at = clause.indexOf(marker); at !== -1; at = clause.indexOf(marker, at + 1)) {
        if (marker !== "共") return true;
        const before = clause[at - 1] ?? text[from - 1] ?? "";
        if (!oneOf(GONG_NOT_BEFORE, before) && !oneOf(GONG_NOT_AFTER, clause[at + 1])) return true;
      }
    }
    return false;
  };

  const doubtsFor = (start: number, unit: Unit): string[] => {
    const doubts: string[] = [];
    if (unit.note) doubts.push(unit.note);
    const clause = text.slice(unitStart(layout, start, Delim.Clause), start);
    if (/每(?:个|村|户|人|桌|期|场|班|条|所|家|座|名)/.test(clause)) doubts.push("按“每…”计，是单个单位的数，不是总数");
    if (clause.includes("平均")) doubts.push("是平均数");
    if (unit.unit === "面") doubts.push("量词“面”：请核对计数对象");
    return doubts;
  };

  const atLineStart = (pos: number) => {
    let k = pos - 1;
    while (k >= 0 && pos - k <= 8 && (text[k] === " " || text[k] === "\t" || text[k] === "　")) k--;
    return k < 0 || text[k] === "\n";
  };

  const inPhoneContext = (start: number) => {
    const from = unitStart(layout, start, Delim.Clause, 12);
    const before = text.slice(Math.max(from - 8, 0), start);
    return PHONE_CONTEXT.some((w) => before.includes(w));
  };

  /** 每月12号、28号 / 每周 / 每季度 / 每半年 / 每3个月. */
  const readCadence = (i: number): CadenceHit | undefined => {
    let j = i + 1;
    let count: number | undefined;
    if (text[j] === "半") {
      count = 0.5;
      j++;
    } else if (isNumeralStart(text, j)) {
      const nt = readNumber(text, j);
      if (!nt || nt.vague) return undefined;
      count = nt.value;
      j = nt.end;
    }
    const word = CADENCE_WORDS.find((w) => text.startsWith(w, j));
    if (!word) return undefined;
    j += word.length;
    if (word === "年" && text[j] === "度") j++;
    let cadence: Cadence;
    const wording = () => text.slice(i, j);
    if (word === "月" || word === "个月") {
      if (count === 3) cadence = { kind: "quarterly", text: "" };
      else if (count === 6) cadence = { kind: "half_yearly", text: "" };
      else cadence = { kind: "monthly", text: "" };
      if (count === undefined) {
        const days = readDays(j);
        if (days) {
          j = days.end;
          cadence = { kind: "monthly_days", days: days.days, text: "" };
        }
      }
    } else if (word === "周" || word === "星期" || word === "个星期") cadence = { kind: "weekly", text: "" };
    else if (word === "季度" || word === "季") cadence = { kind: "quarterly", text: "" };
    else if (word === "年") cadence = count === 0.5 ? { kind: "half_yearly", text: "" } : { kind: "yearly", text: "" };
    else cadence = { kind: "daily", text: "" };
    // 每月定期研判: 定期 belongs to the cadence's wording.
    if (cadence.kind !== "monthly_days" && text.startsWith("定期", j)) j += 2;
    cadence.text = wording();
    return { start: i, end: j, cadence };
  };

  /** 12号、28号 after 每月: days of the month, recorded as part of the cadence. */
  const readDays = (from: number): { days: number[]; end: number } | undefined => {
    let k = text[from] === "的" ? from + 1 : from;
    const days: number[] = [];
    let end = from;
    while (k < n && isNumeralStart(text, k)) {
      const nt = readNumber(text, k);
      if (!nt || nt.vague || !oneOf("号日", text[nt.end]) || nt.value < 1 || nt.value > 31) break;
      days.push(nt.value);
      trap(nt.start, nt.end + 1, "cadence");
      end = nt.end + 1;
      k = end;
      if (oneOf(DAY_SEPARATORS, text[k]) && isNumeralStart(text, k + 1)) k++;
      else break;
    }
    return days.length ? { days, end } : undefined;
  };

  /** 在个村成立 / 有个社区尚未 / 由名老党员组成: a classifier whose number was left out. */
  const readBlank = (i: number): GapHit | undefined => {
    const ch = text[i];
    const before = text[i - 1];
    if (!isIdeograph(before) || oneOf(NOT_A_BLANK_BEFORE, before)) return undefined;
    if (ch === "个" && GE_WORDS.some((w) => text.startsWith(w, i))) return undefined;
    let j = i + 1;
    if (ch === "名") {
      // 由名老党员组成: the count is of people, and the noun says which.
      const noun = oneOf(NOT_A_BLANK_BEFORE_MING, before) ? undefined : PERSON_NOUNS.find((w) => text.startsWith(w, i + 1));
      if (!noun) return undefined;
      j += noun.length;
    } else {
      while (j < n && j - i <= 10 && isIdeograph(text[j]) && (j === i + 1 || !oneOf(OBJECT_STOP, text[j]))) j++;
    }
    if (j === i + 1) return undefined;
    const written = text.slice(i, j);
    return { start: i, end: j, kind: "number", blank: written, what: `原文「${written}」前缺少数字` };
  };

  /** 第三届 / 第十五次 / 第一时间. */
  const readOrdinal = (i: number): number => {
    const nt = readNumber(text, i + 1);
    let end = nt ? nt.end : i + 2;
    const unit = matchUnit(end);
    if (unit) end = unit.end;
    else if (isIdeograph(text[end])) end++;
    return trap(i, end, "ordinal");
  };

  const readPercentWords = (i: number): number => {
    // 百分之九十 / 百分之百
    const numStart = i + 3;
    let value: number;
    let end: number;
    if (text[numStart] === "百") {
      value = 100;
      end = numStart + 1;
    } else {
      const nt = readNumber(text, numStart);
      if (!nt || nt.vague) return numStart;
      value = nt.value;
      end = nt.end;
    }
    return emitFigure(i, end, { start: i, value, unit: { unit: "%", kind: "percent", end } });
  };

  const emitFigure = (
    numStart: number,
    unitEndAt: number,
    f: { start: number; value: number; max?: number; unit: Unit; atLeast?: boolean },
  ): number => {
    const prefix = prefixQualifier(f.start);
    const suffix = suffixQualifier(unitEndAt);
    let qualifier: Qualifier = f.max !== undefined ? "range" : (suffix.qualifier ?? prefix.qualifier ?? (f.atLeast ? "at_least" : "exact"));
    if (f.max !== undefined && f.max <= f.value) qualifier = "exact";
    const start = prefix.start;
    const end = suffix.end;
    if (numStart < rateUntil) return trap(start, end, "cadence");
    const before = text.slice(Math.max(0, start - 3), start);
    if (STRUCTURE_BEFORE.some((w) => before.endsWith(w) || before.endsWith(`${w}的`))) return trap(start, end, "structure");
    figures.push({
      start,
      end,
      value: f.value,
      ...(qualifier === "range" ? { max: f.max } : {}),
      unit: f.unit.unit,
      qualifier,
      cumulative: isCumulative(start),
      doubts: doubtsFor(start, f.unit),
    });
    return end;
  };

  /** Reads what follows a number: 余/多, 大, a unit, a range, and decides what it is. */
  const readFigure = (i: number): number => {
    const num = readNumber(text, i);
    if (!num) return i + 1;
    if (num.vague) return trap(i, num.end, "vague");
    const before = text[i - 1] ?? "";
    const after = text[num.end] ?? "";

    if (before === "周" || text.startsWith("星期", i - 2) || text.startsWith("礼拜", i - 2)) return trap(i - 1, num.end, "weekday");
    if (oneOf("（(", before) && oneOf("）)", after)) return num.kind === "arabic" ? trap(i - 1, num.end + 1, "list") : num.end + 1;
    if (
      num.kind === "arabic" &&
      num.intDigits <= 2 &&
      num.multiplier === 1 &&
      oneOf("、.．", after) &&
      !isDigit(text, num.end + 1) &&
      atLineStart(i)
    ) {
      return trap(i, num.end + 1, "list");
    }
    if (num.kind !== "arabic" && (after === "、" || after === "是")) return num.end;
    if (after === "楼") return trap(i, num.end + 1, "ordinal");
    if (num.kind === "arabic") {
      const special = arabicSpecial(i, num);
      if (special !== undefined) return special;
    }

    let pos = num.end;
    let atLeast = false;
    if ((text[pos] === "余" || text[pos] === "多") && (matchUnit(pos + 1) || text[pos + 1] === "万")) {
      atLeast = true;
      pos++;
    }
    if (text[pos] === "大") {
      const u = matchUnit(pos + 1);
      if (u && (u.unit === "方面" || u.unit === "类")) pos++;
    }
    const unit1 = matchUnit(pos);

    const range = readRange(num, unit1 ? unit1.end : pos, unit1);
    if (range) return classify(i, num, range.unitEnd, range.unit, atLeast, range);

    if (!unit1) {
      if (num.kind === "arabic") {
        if (inPhoneContext(i) || num.intDigits >= 7) return trap(i, phoneEnd(num.end), "phone");
        return trap(i, num.end, "nounit");
      }
      return num.end;
    }
    return classify(i, num, unit1.end, unit1, atLeast);
  };

  /** Dates like 2022-01-08, times like 00:44, phone numbers like 0571-86612345, document years like 〔2021〕. */
  const arabicSpecial = (i: number, num: NumberToken): number | undefined => {
    const after = text[num.end] ?? "";
    if (num.intDigits === 4 && oneOf("-/", after) && isDigit(text, num.end + 1)) {
      let k = num.end + 1;
      while (isDigit(text, k) && k - num.end <= 3) k++;
      if (text[k] === after && isDigit(text, k + 1)) {
        k++;
        while (isDigit(text, k) && k - num.end <= 7) k++;
        return trap(i, k, "date");
      }
    }
    if ((after === ":" || after === "：") && isDigit(text, num.end + 1) && isDigit(text, num.end + 2) && num.intDigits <= 2) {
      let k = num.end + 3;
      while ((text[k] === ":" || text[k] === "：") && isDigit(text, k + 1) && isDigit(text, k + 2)) k += 3;
      return trap(i, k, "time");
    }
    if (oneOf("-－", after) && isDigit(text, num.end + 1)) {
      let k = num.end + 1;
      while (isDigit(text, k)) k++;
      const tail = k - num.end - 1;
      if ((digitAt(text, i) === 0 && num.intDigits >= 3 && tail >= 3) || tail >= 5) return trap(i, phoneEnd(k), "phone");
    }
    if (oneOf("〔[［【", text[i - 1]) && num.intDigits === 4) return trap(i - 1, num.end + 1, "code");
    return undefined;
  };

  const phoneEnd = (k: number) => {
    while (k < n && (isDigit(text, k) || oneOf("-－×xX*＊", text[k]))) k++;
    return k;
  };

  type Range = { max: number; value: number; unit: Unit; unitEnd: number };
  /** 3至5次, 300—500人, 3万至5万元, 20%-30%: the second number carries the unit. */
  const readRange = (num: NumberToken, sepAt: number, unit1: Unit | undefined): Range | undefined => {
    const sep = RANGE_SEPARATORS.find((s) => text.startsWith(s, sepAt));
    if (!sep || !isNumeralStart(text, sepAt + sep.length)) return undefined;
    const num2 = readNumber(text, sepAt + sep.length);
    if (!num2 || num2.vague || (num.kind === "arabic") !== (num2.kind === "arabic")) return undefined;
    const unit2 = matchUnit(num2.end);
    if (!unit2 || (unit1 && unit1.unit !== unit2.unit)) return undefined;
    const money = unit2.unit === "万元" || unit2.unit === "亿元";
    let value = money && num.multiplier > 1 ? num.mantissa : num.value;
    if (!money && num2.multiplier > 1 && num.multiplier === 1) value = num.value * num2.multiplier;
    return { value, max: num2.value, unit: unit2, unitEnd: unit2.end };
  };

  const classify = (i: number, num: NumberToken, unitEndAt: number, unit: Unit, atLeast: boolean, range?: Range): number => {
    const value = range ? range.value : num.value;
    switch (unit.kind) {
      case "year": {
        const isYear = (num.kind === "arabic" && num.intDigits === 4 && value >= 1900 && value <= 2100) || num.kind === "digits";
        if (!isYear) return trap(i, unitEndAt, "duration");
        return trap(i, text[unitEndAt] === "度" ? unitEndAt + 1 : unitEndAt, "year");
      }
      case "month": {
        let end = unitEndAt;
        if (isNumeralStart(text, end)) {
          const day = readNumber(text, end);
          if (day && !day.vague && oneOf("日号", text[day.end])) end = day.end + 1;
        } else if (oneOf("日号", text[end]) && !range) {
          gaps.push({ start: end, end: end + 1, kind: "date", blank: text[end], what: "日期（原文缺日）" });
          end++;
        }
        for (const tail of ["份", "底", "初", "中旬", "上旬", "下旬"]) if (text.startsWith(tail, end)) end += tail.length;
        return trap(i, end, "date");
      }
      case "day":
        if (text[unitEndAt] === "内") return trap(i, unitEndAt + 1, "duration");
        return trap(i, unitEndAt, text[i - 1] === "〕" ? "code" : "date");
      case "duration":
        return trap(prefixQualifier(i).start, text[unitEndAt] === "内" ? unitEndAt + 1 : unitEndAt, "duration");
      case "anniversary":
        return trap(i, unitEndAt, "anniversary");
      case "hours":
        if (text[unitEndAt] === "内") return trap(i, unitEndAt + 1, "duration");
        // 24小时值班 / 24小时在线: a schedule, not hours spent.
        if (/^(?:值班|值守|在线|不间断|全天候|畅通|开放|服务热线)/.test(text.slice(unitEndAt, unitEndAt + 4)))
          return trap(i, unitEndAt, "duration");
        break;
      default:
        break;
    }
    if (num.loneOne && !range) {
      if (i < rateUntil) return trap(i, unitEndAt, "cadence");
      return trap(i, unitEndAt, "article");
    }
    return emitFigure(i, unitEndAt, { start: i, value, max: range?.max, unit, atLeast });
  };

  // Site navigation (当前位置, 浏览量) is not the report: its numbers are skipped whole.
  const navEnds = new Map(layout.navLines.map((l) => [l.start, l.end]));
  const code = (ch: string) => ch.charCodeAt(0);
  const [MEI, BU, YUE, RI, ZAI, DENG, GE, MING, DI, BAI, JUN] = [..."每不月日在等个名第百均"].map(code);
  const RATE_UNITS = new Set([..."月日年周季"].map(code));
  const phraseStarts = new Set([...PHRASES.keys()].map(code));
  let i = 0;
  while (i < n) {
    const navEnd = navEnds.get(i);
    if (navEnd !== undefined) {
      i = Math.max(navEnd, i + 1);
      continue;
    }
    // Most characters are none of these: compare codes, and only then look closer.
    const c = text.charCodeAt(i);
    if (phraseStarts.has(c)) {
      const phrase = PHRASES.get(text[i])!.find((p) => text.startsWith(p.key, i));
      if (phrase) {
        i = trap(i, i + phrase.key.length, "name");
        continue;
      }
    }
    if (c === MEI) {
      const hit = readCadence(i);
      if (hit) {
        cadences.push(hit);
        rateUntil = unitEnd(layout, hit.end, Delim.Clause);
        i = hit.end;
        continue;
      }
    }
    if (c === BU && text.startsWith("不定期", i)) {
      cadences.push({ start: i, end: i + 3, cadence: { kind: "irregular", text: "不定期" } });
      i += 3;
      continue;
    }
    if (RATE_UNITS.has(c) && text.charCodeAt(i + 1) === JUN) {
      rateUntil = unitEnd(layout, i + 2, Delim.Clause);
      i += 2;
      continue;
    }
    if (c === YUE && text.charCodeAt(i + 1) === RI) {
      gaps.push({ start: i, end: i + 2, kind: "date", blank: "月日", what: "日期（原文月、日均空）" });
      i += 2;
      continue;
    }
    if (c === ZAI && text.charCodeAt(i + 1) === DENG && !oneOf("待候着于同级", text[i + 2])) {
      let k = i + 2;
      while (k < n && k - i < 6 && isIdeograph(text[k])) k++;
      gaps.push({ start: i, end: i + 2, kind: "place", blank: text.slice(i + 1, k), what: "地点或名称（原文「等」前留空）" });
      i += 2;
      continue;
    }
    if (c === GE || c === MING) {
      const blank = readBlank(i);
      if (blank) {
        gaps.push(blank);
        figures.push({
          start: blank.start,
          end: blank.end,
          value: null,
          unit: text[i],
          qualifier: "missing",
          cumulative: isCumulative(i),
          doubts: ["原文未写数字"],
        });
        i = blank.end;
        continue;
      }
    }
    if (c === DI && isNumeralStart(text, i + 1)) {
      i = readOrdinal(i);
      continue;
    }
    if (c === BAI && text.startsWith("百分之", i) && (isNumeralStart(text, i + 3) || text[i + 3] === "百")) {
      i = readPercentWords(i);
      continue;
    }
    if (isNumeralStart(text, i)) {
      i = readFigure(i);
      continue;
    }
    i++;
  }
  return { figures, traps, cadences, gaps };
}
