/**
 * Figures that count no indicator whatever their words, by the structure of their phrase (其中…, 每个村…,
 * 30万元以上的村…): the catalogue rule and the precedents skip them, and where the draft is sure, /import
 * advises leaving them without one and says why.
 */
import {
  BREAKDOWN,
  CLAUSE_REACH,
  FORECAST,
  FROM_VALUE,
  GAP_BEFORE,
  GROWTH_BEFORE,
  PER_UNIT,
  REMAINDER,
  SHARE,
  SHORTFALL,
  SINGLE_MOST,
  SOME_OF,
  TASK_BEFORE,
  THRESHOLD_AFTER,
  THRESHOLD_BEFORE,
  THRESHOLD_SET,
  UNDONE_AFTER,
  UPPER_BOUND,
  VARIES_AFTER,
} from "./indicator-patterns";
import { phraseAround } from "./indicator-sure";
import type { RegionKind } from "./structure";

/**
 * Why a figure's own phrase says it is no indicator's count, whatever its words: a part of a whole (其中…),
 * a figure per unit (每个村…), a threshold or a set it picks (30万元以上的村), what is still left or lacking,
 * the most of one item, a share of a named whole, a forecast, a task set from above (完成县下达目标任务的115%), the
 * old value of a change, the change itself in the figure's own unit (比上年增加8,000亩; a rate's change, 同比增长7.4%,
 * can be a growth entry's), a span that varies by unit (2万元至5万元不等). Undefined where its phrase says nothing of the kind.
 */
export function standsApart(quote: string, figureText: string, unit: string, at = quote.indexOf(figureText)): ApartReason | undefined {
  if (at < 0) return undefined;
  // The clause around the figure: a scraped page's run-on text must not make every figure read the whole page.
  const before = quote.slice(Math.max(0, at - CLAUSE_REACH), at);
  const after = quote.slice(at + figureText.length, at + figureText.length + CLAUSE_REACH);
  if (BREAKDOWN.test(before)) return "part";
  if (PER_UNIT.test(before)) return "per-unit";
  if (THRESHOLD_BEFORE.test(before) || THRESHOLD_SET.test(before) || THRESHOLD_AFTER.test(after) || UPPER_BOUND.test(figureText))
    return "threshold";
  if (REMAINDER.test(before) || UNDONE_AFTER.test(after) || SHORTFALL.test(figureText) || GAP_BEFORE.test(before)) return "left";
  if (SOME_OF.test(before)) return "some";
  if (SINGLE_MOST.test(before)) return "most";
  if (unit === "%" && SHARE.test(before)) return "share";
  if (FORECAST.test(before)) return "forecast";
  if (TASK_BEFORE.test(before)) return "task";
  if (FROM_VALUE.test(after)) return "from";
  if (GROWTH_BEFORE.test(before) && !RATE_UNIT.test(unit)) return "change";
  if (VARIES_AFTER.test(after)) return "varies";
  return undefined;
}
export type ApartReason =
  "part" | "per-unit" | "threshold" | "left" | "some" | "most" | "share" | "forecast" | "task" | "from" | "change" | "varies";
const RATE_UNIT = /%|百分点|‰/;

/**
 * Why a figure is best left without an indicator, where the draft is sure of it: a target in the plans, a
 * figure of the weaknesses no entry's word names, a phrase that seldom counts an indicator (a task, a threshold's set,
 * what is still left, some of a set, a figure per unit, the most of one item, the old value of a change or the
 * change itself, a span that varies by unit), or the other towns on the notice that wrote a figure like it all
 * left theirs without one; only where the draft neither fills in nor hints an indicator. A part (其中…) gets no
 * such advice: round sixteen's reviewers filed 23 of 52 under the notice's own columns (脱贫不稳定户, 上级补助资金).
 */
export type LeaveOut =
  "target" | "task" | "problem" | "per-unit" | "most" | "from" | "change" | "varies" | "threshold" | "left" | "some" | "others";
const LEFT_OUT = new Set<string>([
  "task",
  "per-unit",
  "most",
  "from",
  "change",
  "varies",
  "threshold",
  "left",
  "some",
] satisfies LeaveOut[]);
const isLeaveOut = (why: string | undefined): why is LeaveOut => why !== undefined && LEFT_OUT.has(why);
/** …save a shortage the weaknesses state (仅有工作人员2名): the person filed many of those under the staff's indicator. */
const SHORTAGE = /仅|只有|只|不足|才/;

/** Why the draft advises leaving a figure (with no suggestion or hint) without any indicator, if it is sure of it. */
export function leaveOutOf(quote: string, figureText: string, unit: string, region: RegionKind): LeaveOut | undefined {
  if (region === "plan") return "target";
  const apart = standsApart(quote, figureText, unit);
  if (isLeaveOut(apart)) return apart;
  if (region === "weakness" && !apart && !SHORTAGE.test(phraseAround(quote, figureText).before)) return "problem";
  return undefined;
}
/** What /import tells the reviewer of a LeaveOut. */
export const LEAVE_OUT_REASONS: Record<LeaveOut, string> = {
  target: "这是计划里的目标数，不是已做到的",
  task: "这是上级下达的任务或完成任务的比例，不是已做到的数",
  problem: "这是“存在问题”里的数，说的是不足，不是成绩",
  "per-unit": "这是按单位分摊的数（每个、户均……），不是总数",
  most: "这是单项最多的数，不是合计",
  from: "这是变化前的数（由……提高到），不是现在的数",
  change: "这是比上年增加或减少的数（变化量），不是总数",
  varies: "这是各单位不等的数，不是总数",
  threshold: "这是按门槛划出的部分（……以上的、均达到……），不是总数",
  left: "这是尚未完成或仍然欠缺的数，不是成绩",
  some: "这是其中一部分（有……）的数，不是总数",
  others: "其他乡镇同样的数都没有计入指标",
};
