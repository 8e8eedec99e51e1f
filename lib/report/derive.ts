/**
 * Pure functions from a Report to the figures pages show. No view aggregates on its own.
 */
import { groupBy } from "../model/group";
import { bounds } from "../model/quantity";
import type { Commitment, Measure, Plan, Qualifier, Quantity, Report, Weakness } from "../model/schema";

export type Figure = Measure & { quantity: Quantity };

export type CategoryCount = { id: string; label: string; count: number; measures: Measure[] };

/**
 * How many measures each category holds, in the category order of report.json. With `sectionId`,
 * only that section's measures count and categories it has none of are left out.
 */
export function countsByCategory(report: Report, sectionId?: string): CategoryCount[] {
  const pool = sectionId === undefined ? report.measures : report.measures.filter((m) => m.section === sectionId);
  const counts = report.categories.map((c) => {
    const measures = pool.filter((m) => m.category === c.id);
    return { id: c.id, label: c.label, count: measures.length, measures };
  });
  return sectionId === undefined ? counts : counts.filter((c) => c.count > 0);
}

export function figures(report: Report): Figure[] {
  return report.measures.filter((m): m is Figure => m.quantity !== undefined);
}

/** Every plan's commitments, in report order. */
export function commitmentsOf(report: Report): Commitment[] {
  return report.plans.flatMap((p) => p.commitments);
}

export function headlineFigures(report: Report): Figure[] {
  return figures(report).filter((f) => f.headline);
}

/** Figures grouped by unit, so 条 and 册 never share an axis. Units keep first-seen order. */
export function figuresByUnit(report: Report): { unit: string; figures: Figure[] }[] {
  return [...groupBy(figures(report), (f) => f.quantity.unit)].map(([unit, list]) => ({ unit, figures: list }));
}

export function sectionOf(report: Report, id: string) {
  return report.sections.find((s) => s.id === id);
}

export function categoryLabel(report: Report, id: string): string {
  return report.categories.find((c) => c.id === id)?.label ?? id;
}

/** Section → its campaigns (if any) → their measures; measures outside a campaign come first. */
export function outline(report: Report) {
  return report.sections.map((section) => {
    const inSection = report.measures.filter((m) => m.section === section.id);
    return {
      section,
      loose: inSection.filter((m) => !m.campaign),
      campaigns: report.campaigns
        .filter((c) => c.section === section.id)
        .map((campaign) => ({ campaign, measures: inSection.filter((m) => m.campaign === campaign.id) })),
      weaknesses: report.weaknesses.filter((w) => w.section === section.id),
      plans: report.plans.filter((p) => p.section === section.id),
    };
  });
}

/** Each weakness with the plans that answer it, and the plans that answer none. */
export function weaknessPlans(report: Report) {
  return {
    pairs: report.weaknesses.map((weakness) => ({
      weakness,
      plans: report.plans.filter((p) => p.answers.includes(weakness.id)),
    })),
    unanswering: report.plans.filter((p) => p.answers.length === 0),
  };
}

/**
 * The rows of the plans page: each weakness with its plans, then the plans answering none. A plan
 * answering two weaknesses appears in both rows; `first` marks the copy that carries its anchor.
 */
/** `answers`: the weaknesses the plan answers; `first`: a plan answering two rows is anchored once. */
export type PlanRow = { weakness?: Weakness; plans: { plan: Plan; first: boolean; answers: Weakness[] }[] };

export function planRows(report: Report): PlanRow[] {
  const { pairs, unanswering } = weaknessPlans(report);
  const seen = new Set<string>();
  const mark = (plan: Plan) => {
    const first = !seen.has(plan.id);
    seen.add(plan.id);
    return { plan, first, answers: report.weaknesses.filter((w) => plan.answers.includes(w.id)) };
  };
  return [
    ...pairs.map(({ weakness, plans }) => ({ weakness, plans: plans.map(mark) })),
    ...unanswering.map((plan) => ({ plans: [mark(plan)] })),
  ];
}

export function gapsOf(report: Report, measureId: string) {
  return report.gaps.filter((g) => g.measure === measureId);
}

export type Completeness = {
  /** figures the report states or leaves blank */
  total: number;
  byQualifier: Record<Qualifier, number>;
  /** every blank in the source (numbers, dates, places) */
  gaps: number;
};

/** How complete the report's figures are: counts by qualifier, and the blanks it leaves. */
export function completeness(report: Report): Completeness {
  const byQualifier: Record<Qualifier, number> = { exact: 0, at_least: 0, at_most: 0, approx: 0, range: 0, missing: 0 };
  const list = figures(report);
  for (const f of list) byQualifier[f.quantity.qualifier]++;
  return { total: list.length, byQualifier, gaps: report.gaps.length };
}

/** A total of several figures, as honest as its parts: bounds stay bounds, estimates stay estimates. */
export type HonestSum = {
  /** ready for figureText / figureSentence: "≥266", "≈5,036", "3" */
  quantity: Quantity;
  /** some part is a lower bound (余) or blank, so the total is one too */
  lowerBound: boolean;
  /** some part is an approximation (近), so the total is one too */
  approx: boolean;
  /** parts the source leaves blank: not added in */
  missing: number;
};

/**
 * Adds quantities of one unit as intervals: 186 + 80余 = at least 266; 36 + a blank = at least 36;
 * anything plus 近5000 is approximate. Never a plain number unless every part is exact.
 */
export function honestSum(parts: Quantity[], unit: string): HonestSum {
  let low = 0;
  let high = 0; // Infinity once a part has no upper bound
  let approx = false;
  let missing = 0;
  for (const q of parts) {
    const b = bounds(q);
    if (b === null) {
      missing++;
      high = Infinity;
      continue;
    }
    low += b.lo;
    high += b.hi;
    approx ||= b.approx;
  }
  const base = { unit, cumulative: false, text: "本站推算" };
  const lowerBound = high === Infinity;
  let quantity: Quantity;
  if (approx) quantity = { ...base, value: low, qualifier: "approx" };
  else if (lowerBound) quantity = { ...base, value: low, qualifier: "at_least" };
  else if (low === high) quantity = { ...base, value: low, qualifier: "exact" };
  else if (low === 0) quantity = { ...base, value: high, qualifier: "at_most" };
  else quantity = { ...base, value: low, max: high, qualifier: "range" };
  return { quantity, lowerBound, approx, missing };
}

export type CategoryTotal = { category: string; label: string; unit: string; parts: Figure[]; sum: HonestSum };

/** Within one category, figures that share a unit and can be added (two or more). */
export function categoryTotals(report: Report): CategoryTotal[] {
  return report.categories.flatMap((c) => {
    const inCategory = figures(report).filter((f) => f.category === c.id);
    return [...new Set(inCategory.map((f) => f.quantity.unit))].flatMap((unit) => {
      const parts = inCategory.filter((f) => f.quantity.unit === unit);
      return parts.length < 2
        ? []
        : [
            {
              category: c.id,
              label: c.label,
              unit,
              parts,
              sum: honestSum(
                parts.map((f) => f.quantity),
                unit,
              ),
            },
          ];
    });
  });
}

/** Counts by qualifier for display: the four every report has, the rarer ones only when present. */
export function qualifierCounts(c: Completeness): { qualifier: Qualifier; count: number }[] {
  const always: Qualifier[] = ["exact", "at_least", "approx", "missing"];
  const order: Qualifier[] = ["exact", "at_least", "at_most", "approx", "range", "missing"];
  return order.filter((q) => always.includes(q) || c.byQualifier[q] > 0).map((q) => ({ qualifier: q, count: c.byQualifier[q] }));
}

/** Where a report stands: anything the extractor drafted and no one confirmed is 待核对. */
export type ReviewStatus = "draft" | "checked";
export const reviewLabel: Record<ReviewStatus, string> = { draft: "草稿/待核对", checked: "已核对" };

const hasDraft = (items: { draft?: boolean }[]) => items.some((i) => i.draft);

/** 待核对 while the report itself or any of its items still carries the extractor's draft mark. */
export function reviewStatus(report: Report): ReviewStatus {
  const items = [
    report.sections,
    report.campaigns,
    report.measures,
    report.weaknesses,
    report.plans,
    report.plans.flatMap((p) => p.commitments),
    report.gaps,
  ];
  return report.draft || items.some(hasDraft) ? "draft" : "checked";
}
