/**
 * "What uses this figure": every place that shows a measure (an overview chart, a headline card, a
 * slide) is a FigureUser listing the measures it draws on; usesByMeasure inverts that for the source
 * view. A new place that shows figures adds its own xxxUsers(...) and joins the list.
 */
import type { ChartDef } from "../report/charts";
import type { Slide } from "../deck/deck";
import type { Figure } from "../report/derive";
import type { Report } from "../model/schema";
import { typeset } from "../report/format";
import { CALENDAR_ANCHOR, chartAnchor, chartRowAnchor, formatPlace, kpiAnchor, type Place } from "../report/links";

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

/** Slides showing a measure: in a section's lines, as a figure on the summary, or counted in the chart's bars. */
export function slideUsers(slides: Slide[]): FigureUser[] {
  return slides.flatMap((slide, i): FigureUser[] => {
    const measures = new Map<string, FigureUser["measures"][number]>();
    const add = (m: FigureUser["measures"][number]) => {
      const had = measures.get(m.id);
      if (!had || (had.role === "count" && m.role === "value")) measures.set(m.id, m);
    };
    if (slide.kind === "chart") {
      for (const row of slide.chart.rows) for (const m of row.measures) add({ id: m.id, role: "count", row: row.label });
    }
    if (slide.kind === "section") {
      for (const row of slide.rows)
        for (const line of row.lines) for (const id of line.measureIds) add({ id, role: "value", row: row.lead });
    }
    if (slide.kind === "summary") for (const f of slide.figures) add({ id: f.id, role: "value" });
    if (measures.size === 0) return [];
    const n = i + 1;
    return [
      { kind: "slide", title: `第 ${n} 张「${slide.title}」`, place: { page: "present", at: String(n) }, measures: [...measures.values()] },
    ];
  });
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
  const where = use.kind === "chart" ? `图表「${use.title}」` : use.kind === "slide" ? `幻灯片${use.title}` : "重点数字卡片";
  return use.role === "count" && use.row ? `${where}（计入“${use.row}”）` : where;
}

/**
 * Names for the places a reader can come from, keyed "page#anchor", so the way back can say
 * "返回概览 · 图表「原文数字（单位：条）」" instead of a bare "返回".
 */
export function placeNames(report: Report, charts: ChartDef[], users: FigureUser[]): Record<string, string> {
  const names: Record<string, string> = {};
  const name = (place: Place, text: string) => (names[formatPlace(place)] = text);
  for (const chart of charts) {
    name({ page: "overview", at: chartAnchor(chart.id) }, `图表「${chart.title}」`);
    for (const row of chart.rows) name({ page: "overview", at: chartRowAnchor(chart.id, row.key) }, `图表「${chart.title}」数据表`);
  }
  for (const user of users) if (user.kind === "slide") name(user.place, user.title);
  for (const m of report.measures) {
    name({ page: "overview", at: m.id }, `举措「${m.label}」`);
    if (m.quantity) name({ page: "overview", at: kpiAnchor(m.id) }, `重点数字「${m.label}」`);
  }
  for (const g of report.gaps) name({ page: "overview", at: g.id }, `原文空白「${g.what}」`);
  for (const w of report.weaknesses) name({ page: "plans", at: w.id }, `不足${w.ordinal}`);
  for (const p of report.plans) {
    name({ page: "plans", at: p.id }, `计划${typeset(p.ordinal)}`);
    for (const c of p.commitments) name({ page: "plans", at: c.id }, `计划${typeset(p.ordinal)}的承诺`);
  }
  name({ page: "plans", at: CALENDAR_ANCHOR }, "承诺日程");
  for (const f of report.followUps ?? []) name({ page: "plans", at: f.id }, "对以往承诺的跟进");
  return names;
}
