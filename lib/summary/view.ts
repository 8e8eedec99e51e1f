/**
 * What a summary page shows of a group: the rows of some of its towns (a page of them, or those a
 * search found) under every column's total over the whole group. A summary of a thousand towns
 * sends the first page in its HTML and the rest as the compact figures table, read on demand.
 */
import { figureText, statusLabel } from "../report/format";
import { sourceAnchor } from "../report/links";
import type { Summary, SummaryCell, SummaryColumn, Town } from "./summary";

/** A column as a page shows it: its cells and 未报 for the shown towns only, its footer for the whole group. */
export type ViewColumn = Omit<SummaryColumn, "cells" | "absent" | "blanks"> & {
  cells: Record<string, SummaryCell>;
  /** shown towns that did not report this indicator at all */
  absent: string[];
  /** the whole group: figures in this column, and how many of them are blanks */
  figureCount: number;
  blankCount: number;
  /** the total spelled out, with what it leaves out (totalText) */
  totalNote: string;
};

export type SummaryView = { towns: Town[]; columns: ViewColumn[] };

/** Names a total lists before it says "等 N 个单位" (a thousand towns' names would bury the total). */
const MAX_NAMED = 10;

function townNames(ids: readonly string[], towns: readonly Town[]): string {
  const byId = new Map(towns.map((t) => [t.id, t.label]));
  const named = ids.slice(0, MAX_NAMED).map((id) => byId.get(id) ?? id);
  return ids.length > MAX_NAMED ? `${named.join("、")}等` : named.join("、");
}

/** "11 个单位合计 ≥1,365 条；南岭镇 留空，未计入；北坡镇 未报": the total says what it leaves out. */
export function totalText(column: SummaryColumn, towns: readonly Town[]): string {
  const counted = Object.keys(column.cells).length - column.blanks.length;
  const parts = [`${counted} 个单位合计 ${counted === 0 ? "—" : figureText(column.total.quantity)} ${column.unit}`];
  if (column.total.lowerBound && column.blanks.length === 0) parts.push("含“余”“以上”等下限，合计是下限");
  if (column.total.approx) parts.push("含“近”“约”等约数，合计是约数");
  if (column.blanks.length) parts.push(`${column.blanks.length} 个单位原文留空（${townNames(column.blanks, towns)}），未计入，合计是下限`);
  if (column.absent.length) parts.push(`${column.absent.length} 个单位未报此项（${townNames(column.absent, towns)}）`);
  return parts.join("；");
}

/** "樟树镇的汇报原文没有写明所答的通知，按同一汇报期、主题相近归入": who a notice's summary reads though they cite no notice. */
export function byTopicText(ids: readonly string[], towns: readonly Town[]): string {
  return `${townNames(ids, towns)}的汇报原文没有写明所答的通知，按同一汇报期、主题相近归入本通知的汇总。`;
}

/** "共 12 项承诺：已完成 2 项，计划中 10 项": every town's promises by their latest state. */
export function commitmentsText(towns: readonly Town[]): string {
  const promises = towns.flatMap((t) => t.commitments);
  if (promises.length === 0) return "这些汇报都没有写明承诺。";
  const states = (["done", "in_progress", "planned", "dropped"] as const)
    .map((state) => [state, promises.filter((c) => c.state === state).length] as const)
    .filter(([, n]) => n > 0)
    .map(([state, n]) => `${statusLabel[state]} ${n.toLocaleString("zh-CN")} 项`);
  return `共 ${promises.length.toLocaleString("zh-CN")} 项承诺：${states.join("，")}`;
}

/** `summary`'s columns restricted to `towns` (in that order); each footer still speaks for the whole group. */
export function viewOf(summary: Summary, towns: readonly Town[]): SummaryView {
  const shown = new Set(towns.map((t) => t.id));
  return {
    towns: [...towns],
    columns: summary.columns.map(({ cells, absent, blanks, ...column }) => ({
      ...column,
      cells: Object.fromEntries(Object.entries(cells).filter(([town]) => shown.has(town))),
      absent: absent.filter((town) => shown.has(town)),
      figureCount: Object.keys(cells).length,
      blankCount: blanks.length,
      totalNote: totalText({ ...column, cells, absent, blanks }, summary.towns),
    })),
  };
}

/** Towns whose name (or period) contains the query, ignoring spaces; all of them for an empty query. */
export function findTowns(towns: readonly Town[], query: string): Town[] {
  const q = query.replace(/\s+/g, "");
  return q ? towns.filter((t) => t.label.includes(q)) : [...towns];
}

/** Where page `page` (0-based, clamped) of `count` items starts and ends, and what the pager says of it (from/to count from 1). */
export function pageOf(count: number, page: number, size: number) {
  const pages = Math.max(1, Math.ceil(count / size));
  const at = Math.min(Math.max(0, page), pages - 1);
  const start = at * size;
  const end = Math.min(count, start + size);
  return { page: at, pages, start, end, from: count ? start + 1 : 0, to: end };
}

// Links from /summary/<group>/ to a report's pages: relative, so the export works under a basePath.
export const summaryReportHref = (reportId: string, measureId?: string) =>
  `../../reports/${reportId}/${measureId ? `source/#${sourceAnchor(measureId)}` : ""}`;
export const summaryPlansHref = (reportId: string) => `../../reports/${reportId}/plans/`;
