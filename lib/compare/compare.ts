/**
 * Comparing reports honestly: pure functions from two or more Reports to rows of figures side by side.
 *
 * - A figure is "the same figure" in two reports only when both measures carry the same metric key;
 *   figures without one are listed, never matched by label or category.
 * - Same key but a different unit, counted object (metric.counts) or 累计/本期 flag than the row's
 *   reference (the first report that has it): that figure is shown with the reason, never drawn on
 *   the shared axis nor subtracted; the reports that do agree are still compared.
 * - A figure or category a report lacks is absent, never 0. A blank in the source stays a blank.
 * - Qualifiers carry through the difference: ≥80 vs 95 is "at most +15", not "+15".
 * - A row of a report-local indicator (declared in report.indicators, as 新增指标 in /import makes
 *   them) is named by that indicator; a catalogue row by its reference's label (this page does not
 *   load the catalogue).
 */
import { CATEGORY_CHART_ID } from "../report/charts";
import { commitmentsOf, countsByCategory, figures } from "../report/derive";
import { figureSentence, figureText, formatNumber } from "../report/format";
import { followUpsOf } from "../plans/followups";
import { acceptedMetric } from "../model/metric";
import { groupBy } from "../model/group";
import { bounds, type Amount } from "../model/quantity";
import type { Report, Status } from "../model/schema";
import { chartRowAnchor, sourceAnchor, type Place } from "../report/links";

/** other − base, as far as the two figures allow. `approx`: one side is an estimate (近/约). */
export type Difference =
  | { kind: "exact"; value: number; approx: boolean }
  | { kind: "bounded"; lo: number; hi: number; approx: boolean }
  | { kind: "unknown"; reason: "missing" | "unbounded" };

export function difference(base: Amount, other: Amount): Difference {
  const a = bounds(base);
  const b = bounds(other);
  if (!a || !b) return { kind: "unknown", reason: "missing" };
  const lo = b.lo - a.hi;
  const hi = b.hi - a.lo;
  const approx = a.approx || b.approx;
  if (lo === -Infinity && hi === Infinity) return { kind: "unknown", reason: "unbounded" };
  if (lo === hi) return { kind: "exact", value: lo, approx };
  return { kind: "bounded", lo, hi, approx };
}

const signed = (n: number) => (n > 0 ? `+${formatNumber(n)}` : n < 0 ? `−${formatNumber(-n)}` : "0");

/** Compact: "+30", "持平", "≈+500", "≤+15", "≥−15", "+5 至 +10", "无法计算". */
export function differenceText(d: Difference): string {
  if (d.kind === "unknown") return d.reason === "missing" ? "无法计算" : "无法确定";
  const pre = d.approx ? "≈" : "";
  if (d.kind === "exact") return d.value === 0 && !d.approx ? "持平" : `${pre}${signed(d.value)}`;
  if (d.lo === -Infinity) return `${pre}≤${signed(d.hi)}`;
  if (d.hi === Infinity) return `${pre}≥${signed(d.lo)}`;
  return `${pre}${signed(d.lo)} 至 ${signed(d.hi)}`;
}

/** Why the difference reads as it does, in a few words under it. */
export function differenceNote(d: Difference): string {
  if (d.kind === "unknown") return d.reason === "missing" ? "一方原文留空" : "两方都只有下限";
  if (d.kind === "bounded") return `原文为“余”“以上”或区间，只知范围${d.approx ? "，且含约数" : ""}`;
  return d.approx ? "含约数，差值为近似" : "两个确数相减";
}

export type ReportRef = { id: string; label: string; organization: string; period: string; title: string };

export type Cell =
  | {
      state: "present";
      amount: Amount;
      /** "186", "≥80", "原文缺失" */
      display: string;
      sentence: string;
      /** where the figure (its sentence) or the category (its row on the overview) is */
      place: Place;
      /** what this report's figure counts (metric.counts), or the category's name */
      definition: string;
      unit: string;
      cumulative: boolean;
      /** how this figure differs from the row's reference (the first report that has it); empty when comparable */
      mismatch: string[];
    }
  | { state: "absent"; display: string; sentence: string };

export type Row = {
  /** metric key or category id */
  key: string;
  label: string;
  /** the reference's unit: the axis this row is drawn on */
  unit: string;
  cells: Cell[];
  /** every present figure counts the same thing in the same unit */
  comparable: boolean;
  /** which report's figure differs, and how */
  reasons: string[];
  /** each report against the first (the baseline); null for the baseline itself, when either side is absent, or when they are not comparable */
  diffs: (Difference | null)[];
};

export type UnitGroup = { unit: string; max: number; rows: Row[] };

export type Comparison = {
  reports: ReportRef[];
  /** figures matched by metric key, one group (one axis) per unit */
  figures: UnitGroup[];
  /** rows where some report counts something else: those figures are listed with the reason, never drawn beside the others */
  notComparable: Row[];
  /** measures per category */
  categories: Row[];
  categoryMax: number;
  /** figures without a metric key: not matched to anything, listed so nothing disappears silently */
  unmatched: { report: ReportRef; figures: { id: string; label: string; display: string }[] }[];
  /** what later selected reports say about an earlier selected report's commitments */
  followUps: FollowUpTable[];
};

/**
 * One selected report's commitments against the selected reports that follow them up. A cell is
 * null when that report says nothing about the commitment: shown as 未提及, never as a state.
 */
export type FollowUpTable = {
  earlier: ReportRef;
  followers: ReportRef[];
  rows: { id: string; text: string; cells: ({ id: string; state: Status["state"]; date?: string; quote: string } | null)[] }[];
};

function followUpTables(reports: Report[], refs: ReportRef[]): FollowUpTable[] {
  return reports.flatMap((earlier, i) => {
    const byCommitment = followUpsOf(earlier.id, reports);
    const followers = refs.filter((ref) => Object.values(byCommitment).some((list) => list.some((f) => f.by.id === ref.id)));
    if (followers.length === 0) return [];
    const rows = commitmentsOf(earlier).map((c) => ({
      id: c.id,
      text: c.text,
      cells: followers.map((ref) => {
        // The latest word from that report, if it gives one.
        const said = (byCommitment[c.id] ?? []).filter((f) => f.by.id === ref.id).at(-1)?.followUp;
        return said ? { id: said.id, state: said.state, quote: said.quote, ...(said.date ? { date: said.date } : {}) } : null;
      }),
    }));
    return [{ earlier: refs[i], followers, rows }];
  });
}

function reportRefs(reports: Report[]): ReportRef[] {
  const base = reports.map((r) => `${r.organization.name} · ${r.period.label}`);
  return reports.map((r, i) => ({
    id: r.id,
    // Two selected reports of one town and period (different topics) are told apart by id.
    label: base.filter((b) => b === base[i]).length > 1 ? `${base[i]}（${r.id}）` : base[i],
    organization: r.organization.name,
    period: r.period.label,
    title: r.title,
  }));
}

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}

type Described = {
  label: string;
  amount: Amount;
  display: string;
  sentence: string;
  place: Place;
  definition: string;
  unit: string;
  cumulative: boolean;
};

/** Builds a row from one optional item per report; the first report that has the item is the reference. */
function row<T>(
  key: string,
  items: (T | undefined)[],
  refs: ReportRef[],
  words: { absent: string; definition: string },
  describe: (item: T, ref: ReportRef) => Described,
): Row {
  const described = items.map((item, i) => (item === undefined ? undefined : describe(item, refs[i])));
  const reference = described.find((d) => d !== undefined);
  const mismatch = (d: Described): string[] => {
    if (!reference) return [];
    const out: string[] = [];
    if (d.unit !== reference.unit) out.push(`单位为“${d.unit}”，而非“${reference.unit}”`);
    if (d.definition !== reference.definition) out.push(`${words.definition}为“${d.definition}”，而非“${reference.definition}”`);
    if (d.cumulative !== reference.cumulative) out.push(d.cumulative ? "为累计数，而非本期数" : "为本期数，而非累计数");
    return out;
  };
  const cells: Cell[] = described.map((d, i) =>
    d === undefined
      ? { state: "absent", display: words.absent, sentence: `${refs[i].label}：${words.absent}` }
      : {
          state: "present",
          amount: d.amount,
          display: d.display,
          sentence: d.sentence,
          place: d.place,
          definition: d.definition,
          unit: d.unit,
          cumulative: d.cumulative,
          mismatch: mismatch(d),
        },
  );
  const reasons = cells.flatMap((c, i) =>
    c.state === "present" && c.mismatch.length > 0 ? [`${refs[i].label}：${c.mismatch.join("；")}`] : [],
  );
  const base = cells[0];
  const diffs = cells.map((c, i) =>
    i === 0 || base.state !== "present" || c.state !== "present" || c.mismatch.length > 0 ? null : difference(base.amount, c.amount),
  );
  return { key, label: reference?.label ?? key, unit: reference?.unit ?? "", cells, comparable: reasons.length === 0, reasons, diffs };
}

/** The largest number a row draws (figures that differ from the reference are not drawn), so rows of a unit share an axis. */
function rowMax(r: Row): number {
  return Math.max(0, ...r.cells.map((c) => (c.state === "present" && c.mismatch.length === 0 ? (c.amount.max ?? c.amount.value ?? 0) : 0)));
}

/** The axis end for small multiples: the next 1, 2 or 5 × 10ⁿ, so the ticks are round numbers. */
export function niceMax(n: number): number {
  if (n <= 1) return 1;
  const step = 10 ** Math.floor(Math.log10(n));
  return [1, 2, 5, 10].map((m) => m * step).find((m) => m >= n)!;
}

/** Keys in first-seen order: the baseline's order, then what later reports add. */
function unionKeys(lists: string[][]): string[] {
  return distinct(lists.flat());
}

/** Compares reports in the given order; the first is the baseline every difference is taken from. */
export function compareReports(reports: Report[]): Comparison {
  const refs = reportRefs(reports);
  const figureLists = reports.map((r) => figures(r));

  const keyed = figureLists.map(
    (list) =>
      new Map(
        list.flatMap((f) => {
          const metric = acceptedMetric(f);
          return metric ? [[metric.key, f] as const] : [];
        }),
      ),
  );
  const declared = new Map(reports.flatMap((r) => (r.indicators ?? []).map((i) => [i.key, i.name] as const)));
  const metricRows = unionKeys(keyed.map((m) => [...m.keys()])).map((key) =>
    row(
      key,
      keyed.map((m) => m.get(key)),
      refs,
      { absent: "无此项", definition: "统计对象" },
      (f, ref) => ({
        amount: f.quantity,
        display: figureText(f.quantity),
        sentence: `${ref.label}：${figureSentence(f.quantity)}`,
        place: { page: "source", at: sourceAnchor(f.id) },
        definition: f.metric!.counts,
        label: declared.get(key) ?? f.label,
        unit: f.quantity.unit,
        cumulative: f.quantity.cumulative,
      }),
    ),
  );
  const groups = groupBy(metricRows, (r) => r.unit);

  const categoryMaps = reports.map((r) => new Map(countsByCategory(r).map((c) => [c.id, { label: c.label, count: c.count }])));
  const categories = unionKeys(categoryMaps.map((m) => [...m.keys()])).map((id) =>
    row(
      id,
      categoryMaps.map((m) => m.get(id)),
      refs,
      { absent: "无此类别", definition: "类别名称" },
      (c, ref) => ({
        amount: { value: c.count, qualifier: "exact" },
        display: formatNumber(c.count),
        sentence: `${ref.label}：${c.label} ${c.count} 项举措`,
        place: { page: "overview", at: chartRowAnchor(CATEGORY_CHART_ID, id) },
        definition: c.label,
        label: c.label,
        unit: "项",
        cumulative: false,
      }),
    ),
  );

  return {
    reports: refs,
    figures: [...groups].map(([unit, rows]) => ({ unit, max: niceMax(Math.max(...rows.map(rowMax))), rows })),
    notComparable: metricRows.filter((r) => !r.comparable),
    categories,
    categoryMax: niceMax(Math.max(0, ...categories.map(rowMax))),
    unmatched: figureLists.map((list, i) => ({
      report: refs[i],
      figures: list
        .filter((f) => !acceptedMetric(f))
        .map((f) => ({
          id: f.id,
          label: f.label,
          display: `${figureText(f.quantity)}${f.quantity.value === null ? "" : ` ${f.quantity.unit}`}`,
        })),
    })),
    followUps: followUpTables(reports, refs),
  };
}
