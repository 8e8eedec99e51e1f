/**
 * Precedents: the figures of reports a person has already checked that answer the same notice
 * (requestedBy.document). Towns answering one notice report the same asked items, so a figure of a
 * new draft whose words match a figure another town's reviewer filed under an indicator is offered
 * that indicator, a report-local one included, so the county's columns fill as its reports come in.
 * A figure the other reviewer left without an indicator is a precedent too: it keeps a looser match
 * from being offered.
 */
import { indicatorFitsUnit } from "../model/catalogue";
import type { Indicator } from "../model/indicators";
import type { Report } from "../model/schema";
import { type FigureContext, INDICATORS, indicatorCandidates, type PrecedentAdvice } from "./indicators";
import { phraseAround } from "./indicator-sure";

export type Precedent = {
  /** the notice both reports answer: requestedBy.document */
  notice: string;
  /** who filed it (the other report's organization), for the reviewer */
  from: string;
  /** the indicator the person chose, undefined where they left the figure without one */
  indicator?: Indicator;
  quote: string;
  /** the figure as written (2,100余人次) and its unit */
  text: string;
  unit: string;
};

/** A notice's name as two reports may write it (spaces, 《》). */
export const noticeKey = (document: string) => document.replace(/[\s《》<>〈〉]/g, "");

/**
 * The precedents a checked report gives: every figure, with the indicator a person accepted (a
 * suggestion not yet accepted is no precedent) or none, the plans' targets aside. A report that names no notice gives none.
 */
export function precedentsOf(report: Report): Precedent[] {
  if (!report.requestedBy) return [];
  const notice = noticeKey(report.requestedBy.document);
  const known = [...INDICATORS, ...(report.indicators ?? [])];
  // A target in the plans (新建收储点3个) is no one's result: the rule gives it none, and its words would outmatch the result's.
  const plans = new Set(report.plans.map((p) => p.section));
  return report.measures.flatMap((m) => {
    if (!m.quantity || plans.has(m.section)) return [];
    if (m.metric?.suggested) return [];
    const accepted = m.metric && known.find((i) => i.key === m.metric!.key);
    return [{ notice, from: report.organization.name, indicator: accepted, quote: m.quote, text: m.quantity.text, unit: m.quantity.unit }];
  });
}

/** The longest run of Chinese characters two texts share. */
export function sharedRun(a: string, b: string): string {
  const x = [...a];
  const y = [...b];
  const han = (c: string) => /\p{Script=Han}/u.test(c);
  let best = { end: 0, length: 0 };
  let row = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const next = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] !== y[j - 1] || !han(x[i - 1])) continue;
      next[j] = row[j - 1] + 1;
      if (next[j] > best.length) best = { end: i, length: next[j] };
    }
    row = next;
  }
  return x.slice(best.end - best.length, best.end).join("");
}

/** A run of this many characters shared with another town's figure names the same thing; a shorter one (巡查) is any clause's. */
const SHORTEST = 3;
/** …and one this long, standing right by both figures, is sure enough to fill in. */
const SURE = 4;
const NEAR = 2;

const aroundOf = (quote: string, text: string) => {
  const { before, after } = phraseAround(quote, text);
  return `${before}|${after}`;
};

/**
 * What the precedents say of one figure of a new draft: the indicator of the other town's figure
 * whose words it shares the longest run with, if that run names it by the catalogue rule's own
 * tests (no breakdown, per-unit figure, threshold…, the word within reach). Where a figure the other
 * reviewer left without an indicator shares a longer run, the advice is that it has none.
 */
export function adviseFromPrecedents(
  quote: string,
  text: string,
  unit: string,
  precedents: readonly Precedent[],
  context: FigureContext,
): PrecedentAdvice | undefined {
  if (!precedents.length || quote.indexOf(text) < 0) return undefined;
  const mine = aroundOf(quote, text);
  let kept: { run: string; p: Precedent } | undefined;
  let left: { run: string; p: Precedent } | undefined;
  for (const p of precedents) {
    if (p.indicator ? !indicatorFitsUnit(p.indicator, unit) : p.unit.replace(/^[万亿](?=.)/, "") !== unit.replace(/^[万亿](?=.)/, ""))
      continue;
    const run = sharedRun(mine, aroundOf(p.quote, p.text));
    if (run.length < SHORTEST) continue;
    if (p.indicator) {
      if (!kept || run.length > kept.run.length) kept = { run, p };
    } else if (!left || run.length > left.run.length) left = { run, p };
  }
  if (left && (!kept || left.run.length > kept.run.length)) return { sure: false, note: { from: left.p.from, quote: left.p.quote } };
  if (!kept) return undefined;
  const { run, p } = kept;
  const [top] = indicatorCandidates(quote, text, unit, { ...context, indicators: [{ ...p.indicator!, words: [run] }] });
  if (!top) return undefined;
  return { indicator: p.indicator, sure: run.length >= SURE && top.at >= 0 && top.score <= NEAR, note: { from: p.from, quote: p.quote } };
}
