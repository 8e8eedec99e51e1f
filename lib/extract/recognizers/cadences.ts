/** How often something is done: 每月12号、28号, 每周, 每季度, 每半年, 每3个月, 不定期; and rates (月均). */
import type { Cadence } from "../../model/schema";
import type { CadenceHit } from "../hits";
import { Delim, unitEnd } from "../layout";
import { isChineseNumeralChar, isNumeralStart, readNumber } from "../numerals";
import { PERIOD_PICKERS, ROUTINE_VERBS } from "../vocabulary/cadences";
import { isIdeograph, oneOf, type ScanContext, skipSpaces, trap } from "./context";

// 每晚 is daily, like 每天.
const CADENCE_WORDS = ["个星期", "个月", "星期", "季度", "月", "周", "季", "年", "天", "日", "晚"];
const DAY_SEPARATORS = "、，,和及";

/** 每…: a cadence, after which the clause's numbers count per period, not in total. */
export function readEvery(ctx: ScanContext, i: number): number | undefined {
  const hit = readCadence(ctx, i);
  if (!hit) return undefined;
  ctx.cadenceHits.push(hit);
  ctx.rateUntil = unitEnd(ctx.layout, hit.end, Delim.Clause);
  return hit.end;
}

const BY: [string, Cadence["kind"]][] = [
  ["按季度", "quarterly"],
  ["按季", "quarterly"],
  ["按月", "monthly"],
  ["按周", "weekly"],
  ["按年", "yearly"],
  // 逐月核对 is monthly; 逐年 is "year on year" (逐年增加), no cadence.
  ["逐月", "monthly"],
];

/** 按月发放 / 按季度复核 / 逐月核对: a cadence; the clause's results still count (按月发放低保金42万元). */
export function readBy(ctx: ScanContext, i: number): number | undefined {
  const hit = BY.find(([word]) => ctx.text.startsWith(word, i) && !oneOf("份度底初末", ctx.text[i + word.length]));
  if (!hit || (hit[0] === "按季" && ctx.text[i + 2] === "度")) return undefined;
  const [text, kind] = hit;
  ctx.cadenceHits.push({ start: i, end: i + text.length, cadence: { kind, text } as Cadence });
  return i + text.length;
}

const PERIODS: [string, Cadence["kind"]][] = [
  ["季度", "quarterly"],
  ["季", "quarterly"],
  ["月", "monthly"],
  ["周", "weekly"],
  ["日", "daily"],
];

/**
 * 周监测、月研判、季观摩、日管控: a period word straight before a routine verb names how often it is done.
 * Not after a numeral or a word that picks one period (3月, 本周, 上月, 次月, 第一季度). 日 ends so
 * many words (节日, 当日, 工作日, 主题党日) that it counts only where no character of a word stands before it,
 * or at the head of a list of such (实行日调度、周通报).
 */
export function readPeriodVerb(ctx: ScanContext, i: number): number | undefined {
  const { text } = ctx;
  if (isNumeralStart(text, i - 1) || isChineseNumeralChar(text[i - 1]) || oneOf(PERIOD_PICKERS, text[i - 1])) return undefined;
  const period = PERIODS.find(([word]) => text.startsWith(word, i));
  if (!period) return undefined;
  const [word, kind] = period;
  const verb = ROUTINE_VERBS.find((v) => text.startsWith(v, i + word.length));
  if (!verb) return undefined;
  const end = i + word.length + verb.length;
  // …except at the head of a list of them (实行日调度、周通报制度).
  const listed = () =>
    text[end] === "、" && PERIODS.some(([w]) => w !== "日" && ROUTINE_VERBS.some((v) => text.startsWith(w + v, end + 1)));
  if (text[i] === "日" && isIdeograph(text[i - 1]) && !listed()) return undefined;
  ctx.cadenceHits.push({ start: i, end, cadence: { kind, text: text.slice(i, end) } as Cadence });
  return end;
}

/** 不定期 */
export function readIrregular(ctx: ScanContext, i: number): number {
  ctx.cadenceHits.push({ start: i, end: i + 3, cadence: { kind: "irregular", text: "不定期" } });
  return i + 3;
}

/** 月均 / 日均…: the clause's numbers are rates. */
export function readRate(ctx: ScanContext, i: number): number {
  ctx.rateUntil = unitEnd(ctx.layout, i + 2, Delim.Clause);
  return i + 2;
}

/** 每月12号、28号 / 每周 / 每季度 / 每半年 / 每3个月. */
function readCadence(ctx: ScanContext, i: number): CadenceHit | undefined {
  const { text } = ctx;
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
      const days = readDays(ctx, j);
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
}

/** 12号、28号 after 每月: days of the month, recorded as part of the cadence. */
function readDays(ctx: ScanContext, from: number): { days: number[]; end: number } | undefined {
  const { text, n } = ctx;
  // 每月12号, 每月的12号, 每月 15 日 (typed and PDF text may space the number).
  let k = skipSpaces(text, text[from] === "的" ? from + 1 : from);
  const days: number[] = [];
  let end = from;
  while (k < n && isNumeralStart(text, k)) {
    const nt = readNumber(text, k);
    const mark = nt ? skipSpaces(text, nt.end) : k;
    if (!nt || nt.vague || !oneOf("号日", text[mark]) || nt.value < 1 || nt.value > 31) break;
    days.push(nt.value);
    trap(ctx, nt.start, mark + 1, "cadence");
    end = mark + 1;
    k = end;
    if (oneOf(DAY_SEPARATORS, text[k]) && isNumeralStart(text, k + 1)) k++;
    else break;
  }
  return days.length ? { days, end } : undefined;
}
