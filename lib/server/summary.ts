/** The summary pages' data at build: the groups of the archive and one group's summary. Server-only. */
import "server-only";
import { summaryGroups, type SummaryGroup } from "../summary/groups";
import type { Indicator } from "../model/indicators";
import { summarize, type Summary } from "../summary/summary";
import { townRows, type TownRow } from "../summary/table";
import { getCatalogue } from "./indicators";
import { getReports } from "./reports";

let groups: SummaryGroup[] | undefined;

export function getSummaryGroups(): SummaryGroup[] {
  groups ??= summaryGroups(getReports().map((r) => r.report));
  return groups;
}

/** The compact figures table of a group (its towns' accepted figures and commitments); [] for an unknown group. */
export function getSummaryTable(groupId: string): TownRow[] {
  const group = getSummaryGroups().find((g) => g.id === groupId);
  if (!group) return [];
  const archive = getReports().map((r) => r.report);
  const members = new Set(group.reportIds);
  return townRows(
    archive.filter((r) => members.has(r.id)),
    archive,
  );
}

/** A group's summary, and the indicators its columns name (what a page needs to build it again from the figures table). */
export type GroupSummary = { group: SummaryGroup; summary: Summary; indicators: Indicator[] };

/** undefined for an unknown group id, so the page can call notFound(). Computed once per group from the compact table (the page and its three files read it). */
const summaries = new Map<string, GroupSummary | undefined>();

export function getSummary(groupId: string): GroupSummary | undefined {
  if (!summaries.has(groupId)) summaries.set(groupId, computeSummary(groupId));
  return summaries.get(groupId);
}

function computeSummary(groupId: string): GroupSummary | undefined {
  const group = getSummaryGroups().find((g) => g.id === groupId);
  if (!group) return undefined;
  const local = getReports().flatMap((r) => r.report.indicators ?? []);
  const all = [...getCatalogue().indicators, ...local];
  const summary = summarize(getSummaryTable(groupId), all);
  const used = new Set(summary.columns.map((c) => c.key));
  return { group, summary, indicators: all.filter((i) => used.has(i.key)) };
}
