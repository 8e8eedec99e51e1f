/**
 * A person's word on a figure's indicator in /import: accept the suggestion, pick another
 * catalogue entry, clear it, or declare a new indicator in the report (`indicators`) for what the
 * catalogue lacks. Pure: each returns a new report.
 */
import { fnv1a } from "../model/hash";
import type { Indicator } from "../model/indicators";
import type { Report } from "../model/schema";
import { baseUnit, indicatorFitsUnit } from "../model/catalogue";
import { INDICATORS } from "./indicators";

/**
 * `set` may carry the indicator itself: another town's report-local one, offered by a precedent
 * (lib/extract/precedents.ts), which this report then declares if it does not yet.
 */
export type IndicatorChange =
  | { kind: "accept" }
  | { kind: "set"; key: string; indicator?: Indicator }
  | { kind: "clear" }
  | { kind: "add"; name: string; group: Indicator["group"] };

/** The report's own indicators and the catalogue's, for names and the select. */
export function knownIndicators(report: Pick<Report, "indicators">): Indicator[] {
  return [...INDICATORS, ...(report.indicators ?? [])];
}

/**
 * A report-local key made from the indicator's name (ASCII: metric keys appear in links), so that
 * two towns' reviewers who each add 秸秆收储点 give their figures the same key and they pair.
 */
export function localKey(name: string): string {
  return `local-${fnv1a(name.normalize("NFKC")).toString(36)}`;
}

export function applyIndicator(report: Report, measureId: string, change: IndicatorChange): Report {
  const m = report.measures.find((x) => x.id === measureId);
  if (!m?.quantity) return report;
  const withMetric = (metric: NonNullable<typeof m.metric> | undefined, r: Report = report): Report => ({
    ...r,
    measures: r.measures.map((x) => {
      if (x.id !== measureId) return x;
      const copy = { ...x };
      if (metric) copy.metric = metric;
      else delete copy.metric;
      return copy;
    }),
  });
  switch (change.kind) {
    case "accept":
      return m.metric ? withMetric({ key: m.metric.key, counts: m.metric.counts }) : report;
    case "clear":
      return withMetric(undefined);
    case "set": {
      const found = knownIndicators(report).find((i) => i.key === change.key);
      if (found) return withMetric({ key: found.key, counts: found.counts });
      const offered = change.indicator?.key === change.key ? change.indicator : undefined;
      if (!offered) return report;
      return withMetric({ key: offered.key, counts: offered.counts }, { ...report, indicators: [...(report.indicators ?? []), offered] });
    }
    case "add": {
      const name = change.name.trim();
      if (!name) return report;
      const declared = report.indicators?.find((i) => i.name === name && indicatorFitsUnit(i, m.quantity!.unit));
      if (declared) return withMetric({ key: declared.key, counts: declared.counts });
      const taken = new Set(knownIndicators(report).map((i) => i.key));
      let key = localKey(name);
      for (let n = 2; taken.has(key); n++) key = `${localKey(name)}-${n}`;
      const indicator: Indicator = {
        key,
        name,
        group: change.group,
        // 吨, not 万吨: a town writing 3,100吨 and one writing 0.31万吨 state the same indicator.
        unit: baseUnit(m.quantity.unit),
        counts: name,
        period: m.quantity.cumulative ? "cumulative" : "per_period",
        words: [name],
      };
      return withMetric({ key: indicator.key, counts: name }, { ...report, indicators: [...(report.indicators ?? []), indicator] });
    }
  }
}
