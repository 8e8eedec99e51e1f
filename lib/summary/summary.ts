/**
 * The summary of a group of reports: one row per town, one column per indicator, with totals that
 * keep the source honest (lib/report/derive.ts honestSum: 余 a lower bound, 近/约 an approximation, a
 * range a range, a blank never 0). Figures of one indicator that cannot be added (another unit, 累计
 * against 本期, or another counted thing: metric.counts) go into a column of their own with a warning,
 * never into the same total.
 */
import { honestSum, type HonestSum } from "../report/derive";
import { bounds } from "../model/quantity";
import type { Indicator } from "../model/indicators";
import type { Quantity } from "../model/schema";
import type { TownFigure, TownRow } from "./table";

export type Town = Pick<TownRow, "id" | "organization" | "period" | "commitments"> & { label: string };
export type SummaryCell = { quantity: Quantity; measure: string; label: string };

export type SummaryColumn = {
  /** `${key}` for an indicator's main column, `${key}--2`… for the columns kept apart */
  id: string;
  key: string;
  name: string;
  group: Indicator["group"] | "local";
  unit: string;
  cumulative: boolean;
  /** what every figure of this column counts (metric.counts) */
  counts: string;
  /** town id → its figure; towns missing here left it out or stated it in another column */
  cells: Record<string, SummaryCell>;
  total: HonestSum;
  /** towns whose figure is a blank in the source (not added in) */
  blanks: string[];
  /** towns that did not report this indicator at all */
  absent: string[];
  /** true for a column kept apart from the indicator's first (another unit, 累计 against 本期, or another counted thing) */
  apart: boolean;
  /** why this column stands apart */
  warnings: string[];
};

export type Summary = { towns: Town[]; columns: SummaryColumn[] };

const periodWord = (cumulative: boolean) => (cumulative ? "累计" : "本期");

/** What a figure ranks by: its lower bound (80余 ranks as 80, 150–180 as 150); a blank ranks last. */
export const rankValue = (q: Quantity) => bounds(q)?.lo ?? -1;

export function summarize(rows: readonly TownRow[], indicators: readonly Indicator[]): Summary {
  const orgCount = new Map<string, number>();
  for (const r of rows) orgCount.set(r.organization, (orgCount.get(r.organization) ?? 0) + 1);
  // A town with two reports in the group (two periods) is named with its period.
  const towns: Town[] = rows.map((r) => ({
    id: r.id,
    organization: r.organization,
    period: r.period,
    commitments: r.commitments,
    label: orgCount.get(r.organization)! > 1 ? `${r.organization}（${r.period}）` : r.organization,
  }));
  const order = new Map(indicators.map((ind, i) => [ind.key, i]));
  const byKey = new Map<string, { town: string; figure: TownFigure }[]>();
  for (const r of rows) for (const figure of r.figures) byKey.set(figure.key, [...(byKey.get(figure.key) ?? []), { town: r.id, figure }]);
  const keys = [...byKey.keys()].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b));

  const columns: SummaryColumn[] = [];
  for (const key of keys) {
    const entries = byKey.get(key)!;
    const indicator = indicators.find((i) => i.key === key);
    const reporting = new Set(entries.map((e) => e.town));
    const absent = rows.filter((r) => !reporting.has(r.id)).map((r) => r.id);
    // Variants: one per unit, 累计/本期 and counted thing; the catalogue's own unit and counts, then the most common, come first.
    const variants = new Map<string, typeof entries>();
    for (const e of entries) {
      const v = JSON.stringify([e.figure.quantity.unit, e.figure.quantity.cumulative, e.figure.counts]);
      variants.set(v, [...(variants.get(v) ?? []), e]);
    }
    const own = (list: typeof entries) =>
      Number(list[0].figure.quantity.unit === indicator?.unit) * 2 + Number(list[0].figure.counts === indicator?.counts);
    const sorted = [...variants.values()].sort((a, b) => own(b) - own(a) || b.length - a.length);
    const main = sorted[0][0].figure;
    sorted.forEach((list, n) => {
      const { unit, cumulative } = list[0].figure.quantity;
      const { counts } = list[0].figure;
      const warnings: string[] = [];
      if (n > 0) {
        const why = [
          unit !== main.quantity.unit && `单位为「${unit}」而非「${main.quantity.unit}」`,
          cumulative !== main.quantity.cumulative && `是${periodWord(cumulative)}数而非${periodWord(main.quantity.cumulative)}数`,
          counts !== main.counts && `统计的是「${counts}」而非「${main.counts}」`,
        ].filter(Boolean);
        warnings.push(`${list.length} 个镇的数${why.join("、")}，不能与第一列相加或比较，单列于此`);
      }
      const cells = Object.fromEntries(
        list.map((e) => [e.town, { quantity: e.figure.quantity, measure: e.figure.measure, label: e.figure.label }]),
      );
      columns.push({
        id: n === 0 ? key : `${key}--${n + 1}`,
        key,
        name: indicator?.name ?? list[0].figure.label,
        group: indicator?.group ?? "local",
        unit,
        cumulative,
        counts,
        cells,
        total: honestSum(
          list.map((e) => e.figure.quantity),
          unit,
        ),
        blanks: list.filter((e) => e.figure.quantity.value === null).map((e) => e.town),
        absent,
        apart: n > 0,
        warnings,
      });
    });
  }
  return { towns, columns };
}

/** A column's towns from the largest figure down; towns without a figure in this column are left out. */
export function ranking(column: SummaryColumn, towns: readonly Town[]): { town: Town; cell: SummaryCell }[] {
  return towns
    .flatMap((town) => (column.cells[town.id] ? [{ town, cell: column.cells[town.id] }] : []))
    .sort((a, b) => rankValue(b.cell.quantity) - rankValue(a.cell.quantity) || a.town.label.localeCompare(b.town.label, "zh"));
}
