import { OverviewPage } from "@/components/views/OverviewPage";
import { reportOf, type ReportRouteProps } from "@/lib/server/report-route";
import { getSummaryGroups } from "@/lib/server/summary";
import { groupsOf } from "@/lib/summary/groups";

export default async function ReportOverview(props: ReportRouteProps) {
  const { report } = await reportOf(props);
  return (
    <OverviewPage
      report={report}
      home={{ store: "archive", id: report.id }}
      files={{ store: "archive", base: "" }}
      summaries={groupsOf(report.id, getSummaryGroups())}
    />
  );
}
