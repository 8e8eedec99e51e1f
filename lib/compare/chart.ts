/** The charts of /compare: one small multiple per compared figure, from the same registry type the overview draws. */
import type { ChartDef } from "../report/charts";
import type { ReportRef, Row } from "./compare";

/**
 * One small multiple on /compare: one row of a comparison, a bar per report. Every chart of a unit
 * gets the same `domainMax`, so bars of one unit are comparable across charts. A report that lacks
 * the figure, or counts something else, gets no bar and says so.
 */
export function comparisonChart(row: Row, reports: ReportRef[], domainMax: number, kind: ChartDef["kind"]): ChartDef {
  return {
    id: `compare-${kind}-${row.key}`,
    kind,
    title: row.label,
    description: kind === "figures" ? `单位：${row.unit}` : "举措数（按本站整理的类别统计）",
    unit: row.unit,
    layout: "horizontal",
    domainMax,
    sectionIds: [],
    rows: row.cells.map((cell, i) => {
      const drawn = cell.state === "present" && cell.mismatch.length === 0;
      return {
        key: reports[i].id,
        label: reports[i].label,
        value: drawn ? cell.amount.value : null,
        display: cell.state === "absent" || drawn ? cell.display : "口径不同",
        sentence: drawn || cell.state === "absent" ? cell.sentence : `${cell.sentence}（${cell.mismatch.join("；")}，不作比较）`,
        qualifier: drawn ? cell.amount.qualifier : "absent",
        measures: [],
      };
    }),
  };
}
