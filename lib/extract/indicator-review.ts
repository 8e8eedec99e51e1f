/**
 * A person's word on a figure's indicator in /import: accept the suggestion, pick another
 * catalogue entry, clear it, or declare a new indicator in the report (`indicators`) for what the
 * catalogue lacks. Pure: each returns a new report.
 */
import type { Indicator } from "../model/indicators";
import type { Report } from "../model/schema";
import { INDICATORS } from "./indicators";

export type IndicatorChange =
  { kind: "accept" } | { kind: "set"; key: string } | { kind: "clear" } | { kind: "add"; name: string; group: Indicator["group"] };

/** The report's own indicators and the catalogue's, for names and the select. */
export function knownIndicators(report: Pick<Report, "indicators">): Indicator[] {
  return [...INDICATORS, ...(report.indicators ?? [])];
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
      return found ? withMetric({ key: found.key, counts: found.counts }) : report;
    }
    case "add": {
      const name = change.name.trim();
      if (!name) return report;
      // A report-local key: ASCII (metric keys appear in links), unique within the report.
      const taken = new Set(knownIndicators(report).map((i) => i.key));
      let n = (report.indicators?.length ?? 0) + 1;
      while (taken.has(`local-${n}`)) n++;
      const indicator: Indicator = {
        key: `local-${n}`,
        name,
        group: change.group,
        unit: m.quantity.unit,
        counts: name,
        period: m.quantity.cumulative ? "cumulative" : "per_period",
        words: [name],
      };
      return withMetric({ key: indicator.key, counts: name }, { ...report, indicators: [...(report.indicators ?? []), indicator] });
    }
  }
}
