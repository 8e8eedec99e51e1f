/**
 * What became of a report's commitments: its own `status` in report.json, and what later reports
 * say about them in their `followUps`. Pure: pages pass in the reports they have loaded.
 */
import type { Commitment, FollowUp, Report, Status } from "./schema";

/** A later report's word on one commitment, with enough of that report to name and link it. */
export type FollowUpRef = { by: { id: string; title: string; period: string }; followUp: FollowUp };

/** For report `reportId`: commitment id → the follow-ups later reports give it, oldest first. */
export function followUpsOf(reportId: string, reports: Report[]): Record<string, FollowUpRef[]> {
  const refs: Record<string, FollowUpRef[]> = {};
  for (const later of reports) {
    for (const followUp of later.followUps ?? []) {
      if (followUp.report !== reportId) continue;
      (refs[followUp.commitment] ??= []).push({
        by: { id: later.id, title: later.title, period: later.period.label },
        followUp,
      });
    }
  }
  for (const list of Object.values(refs)) list.sort(byWhen);
  return refs;
}

// Dated follow-ups in date order; undated ones first, by their report's period, then id.
function byWhen(a: FollowUpRef, b: FollowUpRef): number {
  const da = a.followUp.date ?? "";
  const db = b.followUp.date ?? "";
  return da.localeCompare(db) || a.by.period.localeCompare(b.by.period) || a.by.id.localeCompare(b.by.id);
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

/** How many commitments stand in each state, for a summary line. */
export function stateCounts(report: Report, refs: Record<string, FollowUpRef[]>): Record<Status["state"], number> {
  const counts: Record<Status["state"], number> = { planned: 0, in_progress: 0, done: 0, dropped: 0 };
  for (const plan of report.plans) for (const c of plan.commitments) counts[commitmentState(c, refs[c.id]).state]++;
  return counts;
}

export type FollowUpMade = { followUp: FollowUp; earlier: { id: string; title: string }; commitment: string };

/** This report's follow-ups, each with the earlier report and commitment it names (already checked to exist). */
export function followUpsMade(report: Report, reports: Report[]): FollowUpMade[] {
  return (report.followUps ?? []).map((followUp) => {
    const earlier = reports.find((r) => r.id === followUp.report);
    const commitment = earlier?.plans.flatMap((p) => p.commitments).find((c) => c.id === followUp.commitment);
    return { followUp, earlier: { id: followUp.report, title: earlier?.title ?? followUp.report }, commitment: commitment?.text ?? followUp.commitment };
  });
}

/**
 * The commitments of `report` that the later report `laterId` says nothing about. Silence is not
 * "not done": pages say "未提及", never a state the later report does not give.
 */
export function unmentionedBy(report: Report, laterId: string, refs: Record<string, FollowUpRef[]>): Commitment[] {
  return report.plans.flatMap((p) => p.commitments).filter((c) => !(refs[c.id] ?? []).some((r) => r.by.id === laterId));
}
