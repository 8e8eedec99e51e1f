import { commitmentStates, followUpsMade, followUpsOf, nextPeriodOf, stateCounts } from "@/lib/plans/followups";
import { commitmentsOf } from "@/lib/report/derive";
import type { Report } from "@/lib/model/schema";
import { CommitmentSchedule } from "../plans/CommitmentSchedule";
import { FollowUpPanel } from "../plans/FollowUpPanel";
import { WeaknessPlanSection } from "../plans/WeaknessPlanSection";
import { ReportHeader } from "../report/ReportHeader";
import { ReportNav } from "../report/ReportNav";
import type { ReportPageProps } from "./OverviewPage";

/** 不足与计划. `all` is every report the follow-ups may come from: the archive's, or for a local report itself. */
export function PlansPage({ report, home, savedAt, all }: ReportPageProps & { all: Report[] }) {
  const followUps = followUpsOf(report.id, all);
  const states = commitmentStates(report, followUps);
  return (
    <>
      <ReportHeader report={report} home={home} savedAt={savedAt} />
      <ReportNav home={home} current="plans" />
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
