/**
 * The groups a county reads together: the reports answering one notice (requestedBy, lib/model/notice.ts), of one
 * period, or on one topic. Each group has a stable ASCII id (its page is /summary/<id>/), derived
 * from what defines it, so a link stays valid as reports are added.
 */
import { fnv1a } from "../model/hash";
import { alikeTopics, noticeKey, topicKey } from "../model/notice";
import { periodSpan } from "../model/period";
import type { Report } from "../model/schema";

export type GroupKind = "all" | "notice" | "period" | "topic";
export type SummaryGroup = {
  id: string;
  kind: GroupKind;
  label: string;
  reportIds: string[];
  /** the reports of a notice's group that cite no notice: read with it for a topic worded alike, of the same period */
  byTopic?: string[];
};

export const groupKindLabel: Record<GroupKind, string> = { all: "全部汇报", notice: "同一通知", period: "同一汇报期", topic: "同一主题" };

/** As 8 hex digits: a short ASCII id for a Chinese label. */
const hash = (text: string) => fnv1a(text).toString(16).padStart(8, "0");

/** The wording most of a group's reports use (the longest on a tie: 沅川县住房和城乡建设局 before 县住建局), to title it. */
function mostWritten(labels: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].sort(([a, m], [b, n]) => n - m || [...b].length - [...a].length || a.localeCompare(b))[0][0];
}

/** What defines a report's group of each kind (the notice by its document, however a town writes the issuer), and how it is written. */
function keyOf(report: Report, kind: Exclude<GroupKind, "all">): { key: string; label: string } | undefined {
  if (kind === "notice") {
    const asked = report.requestedBy;
    return asked && { key: noticeKey(asked.document), label: `${asked.issuer}《${asked.document}》` };
  }
  if (kind === "period") return { key: report.period.label, label: report.period.label };
  return { key: topicKey(report.topic), label: report.topic };
}

/**
 * A notice's group takes in the reports citing no notice whose topic is worded alike one of its reports' of the
 * same period (a town that answered without naming the notice): the county reads every answer together. A
 * notice on the first half of a year does not take a report on the second.
 */
function uncitedAnswers(members: readonly Report[], uncited: readonly Report[], alike: (a: string, b: string) => boolean): Report[] {
  const samePeriod = (a: Report, b: Report) => `${periodSpan(a.period)}` === `${periodSpan(b.period)}`;
  return uncited.filter((u) => members.some((m) => samePeriod(m, u) && alike(m.topic, u.topic)));
}

/**
 * The whole archive (so there is always one summary, even of one report), then every group of two
 * or more reports: notices first (the county's own question), then periods and topics.
 */
export function summaryGroups(reports: readonly Report[]): SummaryGroup[] {
  const groups: SummaryGroup[] = [{ id: "all", kind: "all", label: "全部汇报", reportIds: reports.map((r) => r.id).sort() }];
  const uncited = reports.filter((r) => !r.requestedBy);
  // Topic pairs weighed once however many groups ask.
  const weighed = new Map<string, boolean>();
  const alike = (a: string, b: string) => {
    const pair = `${a}\n${b}`;
    if (!weighed.has(pair)) weighed.set(pair, alikeTopics(a, b));
    return weighed.get(pair)!;
  };
  for (const kind of ["notice", "period", "topic"] as const) {
    const byKey = new Map<string, { labels: string[]; members: Report[] }>();
    for (const r of reports) {
      const of = keyOf(r, kind);
      if (!of) continue;
      const entry = byKey.get(of.key) ?? { labels: [], members: [] };
      entry.labels.push(of.label);
      entry.members.push(r);
      byKey.set(of.key, entry);
    }
    for (const [key, { labels, members }] of byKey) {
      const joined = kind === "notice" ? uncitedAnswers(members, uncited, alike) : [];
      const reportIds = [...members, ...joined].map((r) => r.id).sort();
      if (reportIds.length < 2) continue;
      groups.push({
        id: `${kind}-${hash(key)}`,
        kind,
        label: mostWritten(labels),
        reportIds,
        ...(joined.length ? { byTopic: joined.map((r) => r.id).sort() } : {}),
      });
    }
  }
  return groups;
}

/** The groups a report belongs to, for the link from its page. */
export function groupsOf(reportId: string, groups: readonly SummaryGroup[]): SummaryGroup[] {
  return groups.filter((g) => g.reportIds.includes(reportId));
}
