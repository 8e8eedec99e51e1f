/** The ranking chart of one summary column, in the chart registry's shape, so components/charts draws it. */
import type { ChartDef } from "../report/charts";
import { figureSentence, figureText } from "../report/format";
import { ranking, type SummaryColumn, type Town } from "./summary";

/**
 * Towns from the largest figure down (a lower bound ranks by its bound, and its bar is marked as
 * one by its qualifier); a blank stays a row without a bar, never a 0.
 */
export function rankingChart(column: SummaryColumn, towns: readonly Town[], maxRows = Infinity): ChartDef {
  const ranked = ranking(column, towns);
  const rest = ranked.length - maxRows;
  return {
    id: `summary-${column.id}`,
    kind: "figures",
    // A county of hundreds of towns: the page draws the leading ones; the table above lists all.
    title: rest > 0 ? `${column.name}（前 ${maxRows} 个单位，另 ${rest} 个见上表）` : column.name,
    description: `单位：${column.unit}（${column.cumulative ? "累计数" : "本期数"}）`,
    unit: column.unit,
    layout: "horizontal",
    sectionIds: [],
    rows: ranked.slice(0, maxRows).map(({ town, cell }) => ({
      key: town.id,
      label: town.label,
      value: cell.quantity.value,
      display: figureText(cell.quantity),
      sentence: `${town.label}：${figureSentence(cell.quantity)}`,
      qualifier: cell.quantity.qualifier,
      measures: [{ id: cell.measure, label: cell.label }],
    })),
  };
}
