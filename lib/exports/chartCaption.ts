/**
 * What a chart image must carry to stand alone, out of the page: its title, unit and what it
 * counts, a note on each figure that is not exact (至少/约数, as the source's 余/近) and on blanks,
 * and the report it comes from. Pure, so the words are tested without a browser.
 */
import type { ChartDef } from "../report/charts";

export type ChartCaption = {
  title: string;
  /** under the title: unit and what the chart counts */
  subtitle: string;
  /** under the chart: the qualified and blank figures, in words */
  notes: string[];
  source: string;
  /** the whole chart in words, for the SVG's <desc> */
  description: string;
};

export function chartCaption(chart: ChartDef, reportTitle: string): ChartCaption {
  const qualified = chart.rows.filter((r) => r.qualifier !== "exact" && r.qualifier !== "missing" && r.value !== null);
  const blanks = chart.rows.filter((r) => r.value === null);
  const notes = [
    ...(qualified.length > 0
      ? [`非确数（浅色虚线框）：${qualified.map((r) => (r.written ? `${r.sentence}，原文作“${r.written}”` : r.sentence)).join("；")}`]
      : []),
    ...(blanks.length > 0 ? [`原文未写明数字，不画柱：${blanks.map((r) => r.label).join("、")}`] : []),
  ];
  const source = `来源：${reportTitle}`;
  const subtitle = `单位：${chart.unit}　${chart.description}`;
  return {
    title: chart.title,
    subtitle,
    notes,
    source,
    description: [subtitle, chart.rows.map((r) => r.sentence).join("；"), ...notes, source].join("。"),
  };
}
