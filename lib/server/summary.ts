/** The summary pages' data at build: the groups of the archive and one group's summary. Server-only. */
import "server-only";
import { summaryGroups, type SummaryGroup } from "../summary/groups";
import { summarize, type Summary } from "../summary/summary";
import { townRows } from "../summary/table";
import { getCatalogue } from "./indicators";
import { getReports } from "./reports";

let groups: SummaryGroup[] | undefined;

export function getSummaryGroups(): SummaryGroup[] {
  groups ??= summaryGroups(getReports().map((r) => r.report));
  return groups;
}

/** undefined for an unknown group id, so the page can call notFound(). */
export function getSummary(groupId: string): { group: SummaryGroup; summary: Summary } | undefined {
  const group = getSummaryGroups().find((g) => g.id === groupId);
  if (!group) return undefined;
  const archive = getReports().map((r) => r.report);
  const members = archive.filter((r) => group.reportIds.includes(r.id));
  const local = archive.flatMap((r) => r.indicators ?? []);
  return { group, summary: summarize(townRows(members, archive), [...getCatalogue().indicators, ...local]) };
}
