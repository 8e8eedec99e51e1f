/**
 * A person's review of a draft, as pure functions the /import page calls: fix a figure, file it
 * under another category, remove a false one, confirm, and produce the report.json to save.
 * Each returns a new report; nothing is changed in place.
 */
import type { Measure, Quantity, Qualifier, Report } from "../model/schema";
import { categoriesFor } from "./draft/category";

export type QuantityPatch = Partial<Pick<Quantity, "value" | "max" | "unit" | "qualifier" | "cumulative">>;

/** A copy of item without one key (the draft flag, a link that no longer holds). */
function without<T extends object, K extends keyof T>(item: T, key: K): Omit<T, K> {
  const copy: Partial<T> = { ...item };
  delete copy[key];
  return copy as Omit<T, K>;
}

const withMeasure = (report: Report, id: string, change: (m: Measure) => Measure): Report => ({
  ...report,
  measures: report.measures.map((m) => (m.id === id ? change(m) : m)),
});

/**
 * Changing the qualifier keeps the quantity coherent: a blank has no value, only a range has a
 * maximum. A blank given a qualifier keeps no value until the person types one (validation blocks
 * the download meanwhile), so no 0 the source never gave can slip through.
 */
export function patchQuantity(report: Report, id: string, patch: QuantityPatch): Report {
  return withMeasure(report, id, (m) => {
    if (!m.quantity) return m;
    const next: Quantity = { ...m.quantity, ...patch };
    const qualifier: Qualifier = next.qualifier;
    if (qualifier === "missing") next.value = null;
    if (qualifier !== "range") delete next.max;
    return { ...m, quantity: next };
  });
}

/** Shows the figure among the overview's headline figures, or not. */
export function setHeadline(report: Report, id: string, headline: boolean): Report {
  return withMeasure(report, id, (m) => (headline ? { ...m, headline: true } : without(m, "headline")));
}

export function setLabel(report: Report, id: string, label: string): Report {
  return withMeasure(report, id, (m) => ({ ...m, label }));
}

/** Files a measure under a category of the vocabulary; the report lists exactly the categories in use. */
export function setCategory(report: Report, id: string, category: string): Report {
  const next = withMeasure(report, id, (m) => ({ ...m, category }));
  return { ...next, categories: categoriesFor(next.measures) };
}

export function confirmMeasure(report: Report, id: string, confirmed: boolean): Report {
  return withMeasure(report, id, (m) => (confirmed ? without(m, "draft") : { ...m, draft: true }));
}

/** Removes a false figure; a blank it stood for goes with it, other gaps only lose the link. */
export function removeMeasure(report: Report, id: string): Report {
  const measures = report.measures.filter((m) => m.id !== id);
  const gaps = report.gaps
    .filter((g) => !(g.measure === id && g.kind === "number"))
    .map((g) => (g.measure === id ? without(g, "measure") : g));
  return { ...report, measures, gaps, categories: categoriesFor(measures) };
}

/** Puts a removed measure (and its gaps) back where it was, in the order of its id (m1, m2…). */
export function restoreMeasure(report: Report, original: Report, id: string): Report {
  const measure = original.measures.find((m) => m.id === id);
  if (!measure || report.measures.some((m) => m.id === id)) return report;
  const order = new Map(original.measures.map((m, i) => [m.id, i]));
  const measures = [...report.measures, measure].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const gapOrder = new Map(original.gaps.map((g, i) => [g.id, i]));
  const own = original.gaps.filter((g) => g.measure === id);
  const gaps = [...report.gaps.filter((g) => !own.some((o) => o.id === g.id)), ...own].sort(
    (a, b) => (gapOrder.get(a.id) ?? 0) - (gapOrder.get(b.id) ?? 0),
  );
  return { ...report, measures, gaps, categories: categoriesFor(measures) };
}

/** Which weaknesses a plan answers, as the person sets it. */
export function setAnswers(report: Report, planId: string, answers: string[]): Report {
  return { ...report, plans: report.plans.map((p) => (p.id === planId ? { ...p, answers } : p)) };
}

const undraft = <T extends { draft?: boolean }>(item: T): T => without(item, "draft") as T;

/** Everything a person has looked at and accepts: no item keeps its draft flag. */
export function confirmAll(report: Report): Report {
  return {
    ...undraft(report),
    sections: report.sections.map(undraft),
    campaigns: report.campaigns.map(undraft),
    measures: report.measures.map(undraft),
    weaknesses: report.weaknesses.map(undraft),
    plans: report.plans.map((p) => ({ ...undraft(p), commitments: p.commitments.map(undraft) })),
    gaps: report.gaps.map(undraft),
  };
}

/** The report.json to save under data/reports/<id>/, as the seed writes it. */
/** What an archive report.json names as its schema, so an editor completes and checks it. */
export const ARCHIVE_SCHEMA = "../../report.schema.json";

export function finalReport(report: Report, id: string): Report & { $schema: string } {
  return { $schema: ARCHIVE_SCHEMA, ...report, id, categories: categoriesFor(report.measures) };
}
