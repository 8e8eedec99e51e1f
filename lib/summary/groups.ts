/**
 * The groups a county reads together: the reports answering one notice (requestedBy), of one
 * period, or on one topic. Each group has a stable ASCII id (its page is /summary/<id>/), derived
 * from what defines it, so a link stays valid as reports are added.
 */
import { fnv1a } from "../model/hash";
import type { Report } from "../model/schema";

export type GroupKind = "all" | "notice" | "period" | "topic";
export type SummaryGroup = { id: string; kind: GroupKind; label: string; reportIds: string[] };

export const groupKindLabel: Record<GroupKind, string> = { all: "全部汇报", notice: "同一通知", period: "同一汇报期", topic: "同一主题" };

/** As 8 hex digits: a short ASCII id for a Chinese label. */
const hash = (text: string) => fnv1a(text).toString(16).padStart(8, "0");

function keyOf(report: Report, kind: Exclude<GroupKind, "all">): string | undefined {
  if (kind === "notice") return report.requestedBy && `${report.requestedBy.issuer}《${report.requestedBy.document}》`;
  if (kind === "period") return report.period.label;
  return report.topic;
}

/**
 * The whole archive (so there is always one summary, even of one report), then every group of two
 * or more reports: notices first (the county's own question), then periods and topics.
 */
export function summaryGroups(reports: readonly Report[]): SummaryGroup[] {
  const groups: SummaryGroup[] = [{ id: "all", kind: "all", label: "全部汇报", reportIds: reports.map((r) => r.id).sort() }];
  for (const kind of ["notice", "period", "topic"] as const) {
    const byLabel = new Map<string, string[]>();
    for (const r of reports) {
      const label = keyOf(r, kind);
      if (label) byLabel.set(label, [...(byLabel.get(label) ?? []), r.id]);
    }
    for (const [label, reportIds] of byLabel) {
      if (reportIds.length >= 2) groups.push({ id: `${kind}-${hash(label)}`, kind, label, reportIds: reportIds.sort() });
    }
  }
  return groups;
}

/** The groups a report belongs to, for the link from its page. */
export function groupsOf(reportId: string, groups: readonly SummaryGroup[]): SummaryGroup[] {
  return groups.filter((g) => g.reportIds.includes(reportId));
}
