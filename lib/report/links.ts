/**
 * Links between a report's pages and the sentences behind its figures, and the way back.
 *
 * Every link is relative ("source/?from=…#q-…", "../#chart-…"): the static export then works under
 * any BASE_PATH and on any plain file server. Where the reader came from travels in `?from=`, as a
 * short "place" (page, optional query, optional element id) that is parsed against a whitelist, so
 * the link back can never lead outside this report.
 */

/** The pages of one report, as paths below /reports/<id>/. */
export const reportPages = { overview: "", plans: "plans/", source: "source/", present: "present/" } as const;
export type ReportPage = keyof typeof reportPages;

/**
 * Where a report's pages are: the archive's /reports/<id>/… (built per report), or the one static
 * page family /local/…?id=<id> that shows any report of this browser's library.
 */
export type ReportHome = { store: "archive" | "local"; id: string };

/** The name a deck's presenter window and its choices go by: a local copy of an archive report is another deck. */
export const deckKeyOf = (home: ReportHome) => (home.store === "local" ? `local-${home.id}` : home.id);

/** Absolute href of one of a report's pages, for tabs and buttons that must not depend on the current page. */
export function pageHref(home: ReportHome, page: ReportPage, { query, at }: { query?: string; at?: string } = {}): string {
  const hash = at ? `#${at}` : "";
  if (home.store === "archive") return `/reports/${home.id}/${reportPages[page]}${query ? `?${query}` : ""}${hash}`;
  return `/local/${reportPages[page]}?id=${encodeURIComponent(home.id)}${query ? `&${query}` : ""}${hash}`;
}

/** A spot on one of a report's pages: `present` + `slide=3`, or `overview` + `chart-figures-u6761`. */
export type Place = { page: ReportPage; query?: string; at?: string };

/** The anchor of a dataset item (measure, gap, weakness, plan, commitment, follow-up) in the source view. */
export const sourceAnchor = (itemId: string) => `q-${itemId}`;
/** The anchor of a chart on the overview. */
export const chartAnchor = (chartId: string) => `chart-${chartId}`;
/** The anchor of a headline figure's card on the overview. */
export const kpiAnchor = (measureId: string) => `kpi-${measureId}`;
/** A row of a chart's data table. */
export const chartRowAnchor = (chartId: string, rowKey: string) => `${chartId}-${rowKey}`;
/** The plans page's calendar of commitments. */
export const CALENDAR_ANCHOR = "calendar_heading";

/** Relative href from one page of a report to a place on another (or the same) page. */
export function hrefTo(from: ReportPage, place: Place): string {
  const query = place.query ? `?${place.query}` : "";
  const hash = place.at ? `#${place.at}` : "";
  if (place.page === from && !query) return hash || "./";
  const path = (from === "overview" ? "" : "../") + reportPages[place.page];
  return (path || "./") + query + hash;
}

/** Relative href from a page of one report to a place in another report (a follow-up's source). */
export function otherReportHref(from: ReportPage, reportId: string, place: Place): string {
  const up = from === "overview" ? "../" : "../../";
  return `${up}${reportId}/${reportPages[place.page]}${place.query ? `?${place.query}` : ""}${place.at ? `#${place.at}` : ""}`;
}

export function formatPlace(place: Place): string {
  return `${place.page}${place.query ? `?${place.query}` : ""}${place.at ? `#${place.at}` : ""}`;
}

// Pages a reader can come from; the source view itself is not one. Query and id use a narrow alphabet.
const placePattern = /^(overview|plans|present)(?:\?([A-Za-z0-9=&_-]{1,100}))?(?:#([A-Za-z0-9_-]{1,100}))?$/;

/** The place named by a `?from=` value, or undefined when it is absent or not one of ours. */
export function parsePlace(text: string | null | undefined): Place | undefined {
  const match = text ? placePattern.exec(text) : null;
  if (!match) return undefined;
  const [, page, query, at] = match;
  return { page: page as ReportPage, ...(query ? { query } : {}), ...(at ? { at } : {}) };
}

/** From a place on a report page to an item's sentence in the source view, remembering the way back. */
export function traceHref(from: Place, itemId: string): string {
  return hrefTo(from.page, { page: "source", query: `from=${encodeURIComponent(formatPlace(from))}`, at: sourceAnchor(itemId) });
}

/** The same from a page at any depth (the presenter window): `root` is the relative path to the overview, "../../". */
export function traceHrefFrom(root: string, from: Place, itemId: string): string {
  return `${root}${reportPages.source}?from=${encodeURIComponent(formatPlace(from))}#${sourceAnchor(itemId)}`;
}

/** From the source view back to the place the reader came from. */
export function backHref(place: Place): string {
  return hrefTo("source", place);
}

const pageNames: Record<ReportPage, string> = { overview: "概览", plans: "不足与计划", source: "原文对照", present: "汇报演示" };

/**
 * "返回概览" or, when the place has a known name, "返回概览 · 图表「…」". `names` is keyed by the
 * place without its query: "overview#chart-figures-u6761", "present#3".
 */
export function backLabel(place: Place | undefined, names: Record<string, string> = {}): string {
  if (!place) return `返回${pageNames.overview}`;
  const name = place.at ? names[formatPlace({ page: place.page, at: place.at })] : undefined;
  return `返回${pageNames[place.page]}${name ? ` · ${name}` : ""}`;
}
