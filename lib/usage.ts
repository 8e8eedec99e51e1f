/**
 * "What uses this figure": every place that shows a measure (a chart, a headline card, a slide) is a
 * FigureUser listing the measures it draws on; usesByMeasure inverts that for the source view.
 *
 * Slides plug in the same way: when lib/deck.ts lands, map its slides to FigureUser
 * (kind "slide", place { page: "present", query: "slide=N" }, the measures each slide shows) and pass
 * them along with chartUsers(...) and kpiUsers(...). Nothing else changes.
 */
import type { ChartDef } from "./charts";
import type { Figure } from "./derive";
import type { Report } from "./schema";
import { typeset } from "./format";
import { chartAnchor, kpiAnchor, type Place } from "./trace";

/** "value": shows the measure's own number; "count": counts the measure in a total (a category bar). */
export type UseRole = "value" | "count";

export type FigureUser = {
  kind: "chart" | "kpi" | "slide";
  title: string;
  place: Place;
  measures: { id: string; role: UseRole; /** the bar or row it appears in */ row?: string }[];
};

export type FigureUse = Omit<FigureUser, "measures"> & { role: UseRole; row?: string };

export function chartUsers(charts: ChartDef[]): FigureUser[] {
  return charts.map((chart) => ({
    kind: "chart",
    title: chart.title,
    place: { page: "overview", at: chartAnchor(chart.id) },
    measures: chart.rows.flatMap((row) =>
      row.measures.map((m) => ({ id: m.id, role: row.key === m.id ? ("value" as const) : ("count" as const), row: row.label })),
    ),
  }));
}

export function kpiUsers(headline: Figure[]): FigureUser[] {
  return headline.map((f) => ({
    kind: "kpi",
    title: "重点数字",
    place: { page: "overview", at: kpiAnchor(f.id) },
    measures: [{ id: f.id, role: "value" }],
  }));
}

/** measure id → every place that uses it, in the order the users were given. */
export function usesByMeasure(users: FigureUser[]): Record<string, FigureUse[]> {
  const uses: Record<string, FigureUse[]> = {};
  for (const { measures, ...user } of users) {
    for (const m of measures) (uses[m.id] ??= []).push({ ...user, role: m.role, ...(m.row ? { row: m.row } : {}) });
  }
  return uses;
}

/** How a use reads beside a figure in the source view. */
export function useText(use: FigureUse): string {
  const where = use.kind === "chart" ? `图表「${use.title}」` : use.kind === "slide" ? `幻灯片「${use.title}」` : "重点数字卡片";
  return use.role === "count" && use.row ? `${where}（计入“${use.row}”）` : where;
}

/**
 * Names for the places a reader can come from (anchor id → name), so the way back can say
 * "返回概览 · 图表「原文数字（单位：条）」" instead of a bare "返回".
 */
export function placeNames(report: Report, charts: ChartDef[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const chart of charts) {
    names[chartAnchor(chart.id)] = `图表「${chart.title}」`;
    for (const row of chart.rows) names[`${chart.id}-${row.key}`] = `图表「${chart.title}」数据表`;
  }
  for (const m of report.measures) {
    names[m.id] = `举措「${m.label}」`;
    if (m.quantity) names[kpiAnchor(m.id)] = `重点数字「${m.label}」`;
  }
  for (const w of report.weaknesses) names[w.id] = `不足${w.ordinal}`;
  for (const p of report.plans) {
    names[p.id] = `计划${typeset(p.ordinal)}`;
    for (const c of p.commitments) names[c.id] = `计划${typeset(p.ordinal)}的承诺`;
  }
  for (const g of report.gaps) names[g.id] = `原文缺失「${g.what}」`;
  return names;
}
