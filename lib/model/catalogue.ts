/**
 * Checks on the indicator catalogue and on a report's metric keys against it, shared by the loader,
 * `npm run check` and the tests.
 */
import type { Catalogue, Indicator } from "./indicators";
import type { Report } from "./schema";
import { jsonPath, type Problem } from "./validate";

/** Problems of the catalogue its schema cannot see: duplicate keys, unknown incompatible keys. */
export function catalogueProblems(catalogue: Catalogue): Problem[] {
  const problems: Problem[] = [];
  const keys = new Map<string, number>();
  catalogue.indicators.forEach((ind, i) => {
    const first = keys.get(ind.key);
    if (first !== undefined)
      problems.push({ path: jsonPath(["indicators", i, "key"]), message: `key「${ind.key}」重复，已用于 indicators[${first}]` });
    else keys.set(ind.key, i);
  });
  catalogue.indicators.forEach((ind, i) =>
    ind.incompatible?.forEach((other, j) => {
      if (!keys.has(other))
        problems.push({ path: jsonPath(["indicators", i, "incompatible", j]), message: `不可比的指标「${other}」不在目录中` });
    }),
  );
  return problems;
}

/** Every metric.key of a report must name a catalogue entry or one the report declares itself. */
export function indicatorKeyProblems(report: Report, catalogue: Catalogue): Problem[] {
  const known = new Set(catalogue.indicators.map((i) => i.key));
  const problems: Problem[] = [];
  report.indicators?.forEach((ind, i) => {
    if (known.has(ind.key)) {
      problems.push({
        path: jsonPath(["indicators", i, "key"]),
        message: `「${ind.key}」已在指标目录 data/indicators.json 中，请直接使用，不必在汇报中另行声明`,
      });
    }
  });
  const local = new Set(report.indicators?.map((i) => i.key));
  report.measures.forEach((m, i) => {
    if (m.metric && !known.has(m.metric.key) && !local.has(m.metric.key)) {
      problems.push({
        path: jsonPath(["measures", i, "metric", "key"]),
        message: `对比口径「${m.metric.key}」既不在指标目录 data/indicators.json 中，也未在本汇报的 indicators 中声明`,
      });
    }
  });
  return problems;
}

/** A unit without its 万/亿 (万吨 → 吨; 万 alone stays). */
export const baseUnit = (unit: string) => unit.replace(/^[万亿](?=.)/, "");

/**
 * Whether a figure in `unit` can be stated as this indicator: its unit or one of its others, also
 * with 万/亿 before it (1.2万份 of 份). The summary still keeps each unit in a column of its own.
 */
export function indicatorFitsUnit(indicator: Indicator, unit: string): boolean {
  const fits = (u: string) => indicator.unit === u || indicator.units?.includes(u) === true;
  return fits(unit) || (unit.length > 1 && /^[万亿]/.test(unit) && fits(unit.slice(1)));
}

/** The catalogue's entries by each of their units, in catalogue order, built once per catalogue. */
const byUnit = new WeakMap<readonly Indicator[], Map<string, Indicator[]>>();

/**
 * Catalogue entries a figure in `unit` fits (indicatorFitsUnit), in catalogue order: for the /import
 * select and for the suggestions, which ask for every figure, so entries are looked up by unit.
 */
export function indicatorsForUnit(indicators: readonly Indicator[], unit: string): Indicator[] {
  let index = byUnit.get(indicators);
  if (!index) {
    index = new Map();
    for (const indicator of indicators) {
      for (const u of new Set([indicator.unit, ...(indicator.units ?? [])])) index.set(u, [...(index.get(u) ?? []), indicator]);
    }
    byUnit.set(indicators, index);
  }
  const own = index.get(unit) ?? [];
  const bare = unit.length > 1 && /^[万亿]/.test(unit) ? (index.get(unit.slice(1)) ?? []) : [];
  if (bare.length === 0) return own;
  const order = new Map(indicators.map((ind, i) => [ind, i]));
  return [...new Set([...own, ...bare])].sort((a, b) => order.get(a)! - order.get(b)!);
}
