import type { Metadata } from "next";
import { CommitmentSchedule } from "@/components/plans/CommitmentSchedule";
import { FollowUpPanel } from "@/components/plans/FollowUpPanel";
import { WeaknessPlanSection } from "@/components/plans/WeaknessPlanSection";
import { ReportHeader } from "@/components/report/ReportHeader";
import { ReportNav } from "@/components/report/ReportNav";
import { commitmentStates, followUpsMade, followUpsOf, nextPeriodOf, stateCounts } from "@/lib/plans/followups";
import { commitmentsOf } from "@/lib/report/derive";
import { reportOf, type ReportRouteProps } from "@/lib/server/report-route";
import { getReports } from "@/lib/server/reports";

export const metadata: Metadata = { title: "不足与计划" };

export default async function PlansPage(props: ReportRouteProps) {
  const { report } = await reportOf(props);
  // Follow-ups come from other reports: the one place this page reads the whole archive.
  const all = getReports().map((r) => r.report);
  const followUps = followUpsOf(report.id, all);
  const states = commitmentStates(report, followUps);
  return (
    <>
      <ReportHeader report={report} />
      <ReportNav id={report.id} current="plans" />
      <WeaknessPlanSection report={report} states={states} followUps={followUps} />
      <CommitmentSchedule report={report} />
      <FollowUpPanel
        commitments={commitmentsOf(report).length}
        counts={stateCounts(states)}
        followed={Object.keys(followUps).length}
        made={followUpsMade(report, all)}
        next={nextPeriodOf(report, all, followUps)}
      />
    </>
  );
}
