/**
 * What became of a report's commitments: its own `status` in report.json, and what later reports
 * say about them in their `followUps`. Pure: pages pass in the reports they have loaded.
 */
import { byPeriod, compareHref, entryOf, nextPeriods, type ReportEntry } from "../report/archive";
import { commitmentsOf } from "../report/derive";
import type { Commitment, FollowUp, Report, Status } from "../model/schema";

/** A later report's word on one commitment, with enough of that report to name, link and order it. */
export type FollowUpRef = { by: ReportEntry; followUp: FollowUp };

/** For report `reportId`: commitment id → the follow-ups later reports give it, oldest first. */
export function followUpsOf(reportId: string, reports: Report[]): Record<string, FollowUpRef[]> {
  const refs: Record<string, FollowUpRef[]> = {};
  for (const later of reports) {
    for (const followUp of later.followUps ?? []) {
      if (followUp.report !== reportId) continue;
      (refs[followUp.commitment] ??= []).push({ by: entryOf(later), followUp });
    }
  }
  for (const list of Object.values(refs)) list.sort(byWhen);
  return refs;
}

// The reports in period order (a later report has the later word), then dates within one report.
function byWhen(a: FollowUpRef, b: FollowUpRef): number {
  return byPeriod(a.by, b.by) || (a.followUp.date ?? "").localeCompare(b.followUp.date ?? "");
}

export type CommitmentState = {
  state: Status["state"];
  date?: string;
  note?: string;
  /** where the state comes from: a later report, this report's own mark, or the plan itself */
  basis: "followUp" | "own" | "plan";
  by?: FollowUpRef["by"];
};

/** The latest word on a commitment: a later report's, else its own status, else "planned" (it is a plan). */
export function commitmentState(commitment: Commitment, refs: FollowUpRef[] = []): CommitmentState {
  const latest = refs[refs.length - 1];
  if (latest) {
    const { state, date, note } = latest.followUp;
    return { state, basis: "followUp", by: latest.by, ...(date ? { date } : {}), ...(note ? { note } : {}) };
  }
  if (commitment.status) return { ...commitment.status, basis: "own" };
  return { state: "planned", basis: "plan" };
}

/** Every commitment of a report with its latest word, by commitment id. */
export function commitmentStates(report: Report, refs: Record<string, FollowUpRef[]>): Record<string, CommitmentState> {
  const commitments = commitmentsOf(report);
  return Object.fromEntries(commitments.map((c) => [c.id, commitmentState(c, refs[c.id])]));
}

/** How many commitments stand in each state, for a summary line. */
export function stateCounts(states: Record<string, CommitmentState>): Record<Status["state"], number> {
  const counts: Record<Status["state"], number> = { planned: 0, in_progress: 0, done: 0, dropped: 0 };
  for (const { state } of Object.values(states)) counts[state]++;
  return counts;
}

export type FollowUpMade = { followUp: FollowUp; earlier: { id: string; title: string }; commitment: string };

/** This report's follow-ups, each with the earlier report and commitment it names (already checked to exist). */
export function followUpsMade(report: Report, reports: Report[]): FollowUpMade[] {
  return (report.followUps ?? []).map((followUp) => {
    const earlier = reports.find((r) => r.id === followUp.report);
    const commitment = (earlier ? commitmentsOf(earlier) : []).find((c) => c.id === followUp.commitment);
    return {
      followUp,
      earlier: { id: followUp.report, title: earlier?.title ?? followUp.report },
      commitment: commitment?.text ?? followUp.commitment,
    };
  });
}

/**
 * The commitments of `report` that the later report `laterId` says nothing about. Silence is not
 * "not done": pages say "未提及", never a state the later report does not give.
 */
export function unmentionedBy(report: Report, laterId: string, refs: Record<string, FollowUpRef[]>): Commitment[] {
  return commitmentsOf(report).filter((c) => !(refs[c.id] ?? []).some((r) => r.by.id === laterId));
}

/** The same organization's next report on the same topic, and the commitments it says nothing about. */
export type NextPeriod = { id: string; title: string; period: string; unmentioned: string[]; compareHref: string };

/** The report that follows `report` among `reports` (same organization and topic), if any. */
export function nextPeriodOf(report: Report, reports: Report[], refs: Record<string, FollowUpRef[]>): NextPeriod | undefined {
  const later = nextPeriods(reports.map(entryOf)).get(report.id);
  if (!later) return undefined;
  return {
    id: later.id,
    title: later.title,
    period: later.period,
    unmentioned: unmentionedBy(report, later.id, refs).map((c) => c.text),
    compareHref: compareHref([entryOf(report), later]),
  };
}
