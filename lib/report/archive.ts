/**
 * The archive as a list: one small summary per report (what `/` and the /compare picker need, and
 * nothing more, so a page listing 1,000 reports carries no report's full data), its ordering and
 * filters, and the /compare selection as it lives in the URL. Pure; safe in client components.
 */
import { completeness, type Completeness } from "./derive";
import { groupBy } from "../model/group";
import { ID_PATTERN } from "../model/id";
import type { Report } from "../model/schema";

export type ReportEntry = { id: string; title: string; topic: string; organization: string; period: string; year: number | null };

export type ReportSummary = ReportEntry & { measures: number; completeness: Completeness };

export function entryOf(report: Report): ReportEntry {
  return {
    id: report.id,
    title: report.title,
    topic: report.topic,
    organization: report.organization.name,
    period: report.period.label,
    year: report.period.year ?? null,
  };
}

export function summarize(report: Report): ReportSummary {
  return { ...entryOf(report), measures: report.measures.length, completeness: completeness(report) };
}

const collator = new Intl.Collator("zh-CN");

/**
 * What / sends in its HTML for an archive of any size: the first page of the list in order, the
 * filters' values, the count, and the previous period of each row shown. The whole list
 * (reports.json) is read in the browser only when a person filters or asks for more rows.
 */
export type ArchivePage = {
  first: ReportSummary[];
  total: number;
  organizations: string[];
  periods: string[];
  previous: Record<string, ReportEntry>;
};

export function archivePage(sorted: ReportSummary[], pageSize: number): ArchivePage {
  const first = sorted.slice(0, pageSize);
  const before = previousPeriods(sorted);
  const previous = Object.fromEntries(first.flatMap((s) => (before.has(s.id) ? [[s.id, before.get(s.id)!]] : [])));
  return { first, total: sorted.length, ...facets(sorted), previous };
}

/**
 * Earlier period first: by year (a report without one last), then by the label as text (上半年
 * sorts before 下半年; the schema has no finer date), then by id, so the order is total.
 */
export function byPeriod(a: ReportEntry, b: ReportEntry): number {
  const ya = a.year ?? Infinity;
  const yb = b.year ?? Infinity;
  if (ya !== yb) return ya < yb ? -1 : 1;
  return a.period < b.period ? -1 : a.period > b.period ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The list's order: organizations by pinyin, each one's latest report first. */
export function byOrganizationThenLatest(a: ReportEntry, b: ReportEntry): number {
  return collator.compare(a.organization, b.organization) || byPeriod(b, a);
}

export type Filter = { organization: string; period: string; query: string };

export const noFilter: Filter = { organization: "", period: "", query: "" };

export function filterEntries<T extends ReportEntry>(list: T[], f: Filter): T[] {
  const q = f.query.trim();
  return list.filter(
    (e) =>
      (!f.organization || e.organization === f.organization) &&
      (!f.period || e.period === f.period) &&
      (!q || e.title.includes(q) || e.organization.includes(q) || e.period.includes(q) || e.id.includes(q.toLowerCase())),
  );
}

/** The values the filters offer: organizations by pinyin, periods latest first. */
export function facets(list: ReportEntry[]): { organizations: string[]; periods: string[] } {
  const organizations = [...new Set(list.map((e) => e.organization))].sort(collator.compare);
  const periods: string[] = [];
  for (const e of [...list].sort((a, b) => byPeriod(b, a))) if (!periods.includes(e.period)) periods.push(e.period);
  return { organizations, periods };
}

/** `?r=a,b,~c`: report ids in the order shown (~ for a local report), the first being the baseline. Repeats and junk are dropped. */
export function parseSelection(value: string | null | undefined): string[] {
  if (!value) return [];
  return [...new Set(value.split(",").map((s) => s.trim()))].filter((s) => ID_PATTERN.test(localId(s) ?? s));
}

/**
 * A report of this browser's library in a selection: its id marked with "~" (an archive id never
 * starts so), so a local copy of an archive report is a report of its own beside the original.
 */
export const LOCAL_MARK = "~";
export const localToken = (id: string) => `${LOCAL_MARK}${id}`;
/** The library id a selection token names, or undefined for an archive report. */
export const localId = (token: string) => (token.startsWith(LOCAL_MARK) ? token.slice(LOCAL_MARK.length) : undefined);

export function selectionQuery(ids: string[]): string {
  return ids.length === 0 ? "" : `?r=${ids.join(",")}`;
}

/** Where "compare these" leads: earliest period first, so a town's change reads forward in time. */
export function compareHref(entries: ReportEntry[]): string {
  return `/compare/${selectionQuery([...entries].sort(byPeriod).map((e) => e.id))}`;
}

/** One organization's reports on one topic, earliest first: the series a town compares period by period. */
function series(list: ReportEntry[]): ReportEntry[][] {
  return [...groupBy(list, (e) => `${e.organization}\u0000${e.topic}`).values()].map((g) => g.sort(byPeriod));
}

/** Each report's previous period (same organization and topic), where there is one. */
export function previousPeriods(list: ReportEntry[]): Map<string, ReportEntry> {
  return new Map(series(list).flatMap((s) => s.slice(1).map((e, i) => [e.id, s[i]] as const)));
}

/** Each report's next period (same organization and topic), where there is one. */
export function nextPeriods(list: ReportEntry[]): Map<string, ReportEntry> {
  return new Map(series(list).flatMap((s) => s.slice(0, -1).map((e, i) => [e.id, s[i + 1]] as const)));
}

/** For each organization and topic with two or more reports, its latest two: the comparison a town asks for first. */
export function latestPairs(list: ReportEntry[]): [ReportEntry, ReportEntry][] {
  return series(list)
    .filter((s) => s.length >= 2)
    .map((s) => [s[s.length - 2], s[s.length - 1]] as [ReportEntry, ReportEntry])
    .sort(([a], [b]) => collator.compare(a.organization, b.organization));
}
