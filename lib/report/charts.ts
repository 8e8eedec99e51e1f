/**
 * The chart registry: every chart the site draws is defined here once, from the report, and the
 * overview, the deck and the source links all read it. Rows are plain data (safe to pass to a
 * client component) and carry the text a table or a screen reader shows.
 */
import { countsByCategory, figuresByUnit } from "./derive";
import { figureSentence, figureText, formatNumber, sectionPart } from "./format";
import type { Qualifier, Report } from "../model/schema";

export type ChartRow = {
  /** measure id or category id */
  key: string;
  label: string;
  /** null when the source leaves the number blank: drawn as a gap, never as 0 */
  value: number | null;
  /** "186", "≥80", "≈5,000", "原文缺失" */
  display: string;
  /** read aloud / shown in the table */
  sentence: string;
  /** the source's own wording of a figure ("80余条"), where the row is one */
  written?: string;
  /** "absent": on /compare, no bar for this report: it lacks the figure, or counts something else (never drawn as 0) */
  qualifier: Qualifier | "absent";
  /** the measures behind the row, for links to their sentences */
  measures: { id: string; label: string }[];
};

export type ChartDef = {
  id: string;
  /** categories: measures counted by category (this site's count); figures: the source's own numbers */
  kind: "categories" | "figures";
  title: string;
  description: string;
  /** what the value axis counts */
  unit: string;
  layout: "horizontal" | "vertical";
  rows: ChartRow[];
  sectionIds: string[];
  /** fixed end of the value axis, so small multiples of one unit are drawn to one scale */
  domainMax?: number;
};

/** Height of a horizontal bar chart, reserved on the server so nothing shifts when it draws. */
export const chartHeight = (rows: number) => rows * 44 + 32;

/** Stable ASCII id for a unit such as 条 → "u6761". */
const unitKey = (unit: string) => [...unit].map((ch) => `u${ch.codePointAt(0)!.toString(16)}`).join("");

function categoryRows(report: Report, sectionId?: string): ChartRow[] {
  return countsByCategory(report, sectionId).map((c) => ({
    key: c.id,
    label: c.label,
    value: c.count,
    display: formatNumber(c.count),
    sentence: `${c.label}：${c.count} 项举措`,
    qualifier: "exact",
    measures: c.measures.map((m) => ({ id: m.id, label: m.label })),
  }));
}

/** The category chart's id; its table rows are anchored chartRowAnchor(CATEGORY_CHART_ID, categoryId). */
export const CATEGORY_CHART_ID = "measures-by-category";

/** The charts of the overview: all measures by category, then the source's figures, one chart per unit. */
export function chartsFor(report: Report): ChartDef[] {
  const categories: ChartDef = {
    id: CATEGORY_CHART_ID,
    kind: "categories",
    title: "各类举措数量",
    description: "报告中每一类举措的条数（按本站整理的类别统计，不是原文数字）",
    unit: "项",
    layout: "horizontal",
    sectionIds: report.sections.map((s) => s.id),
    rows: categoryRows(report),
  };
  const byUnit: ChartDef[] = figuresByUnit(report).map(({ unit, figures }) => ({
    id: `figures-${unitKey(unit)}`,
    kind: "figures",
    title: `原文数字（单位：${unit}）`,
    description: `报告中以“${unit}”计的数字；不同单位不共用一个坐标轴`,
    unit,
    layout: "vertical",
    sectionIds: [...new Set(figures.map((f) => f.section))],
    rows: figures.map((f) => ({
      key: f.id,
      label: f.label,
      value: f.quantity.value,
      display: figureText(f.quantity),
      sentence: `${f.label}：${figureSentence(f.quantity)}`,
      written: f.quantity.text,
      qualifier: f.quantity.qualifier,
      measures: [{ id: f.id, label: f.label }],
    })),
  }));
  return [categories, ...byUnit];
}

/**
 * One chart per section that has measures: its measures by category. The honest chart for a
 * section that states no numbers of its own (the deck's key chart for such a section).
 */
export function sectionChartsFor(report: Report): ChartDef[] {
  return report.sections
    .map((section): ChartDef => ({
      id: `section-${section.id}-by-category`,
      kind: "categories",
      title: `${sectionPart(section)}各类举措数量`,
      description: `${sectionPart(section)}每一类举措的条数（按本站整理的类别统计，不是原文数字）`,
      unit: "项",
      layout: "horizontal",
      sectionIds: [section.id],
      rows: categoryRows(report, section.id),
    }))
    .filter((chart) => chart.rows.length > 0);
}

/**
 * What a chart's caption must say beyond its description, and whether there is anything to draw:
 * bars that are not exact figures are pale and dashed; a blank in the source gets no bar.
 */
export function chartNotes(chart: ChartDef): { drawable: boolean; legend: string } {
  const drawn = chart.rows.filter((row) => row.value !== null);
  const notes = [
    drawn.some((row) => row.qualifier !== "exact") ? "浅色虚线框为非确数（下限、上限或约数）" : "",
    chart.rows.some((row) => row.qualifier === "missing") ? "“原文缺失”处不画柱" : "",
  ].filter(Boolean);
  return { drawable: drawn.some((row) => (row.value ?? 0) > 0), legend: notes.map((n) => `；${n}`).join("") };
}
