import type { Metadata } from "next";
import { PlansPage } from "@/components/views/PlansPage";
import { reportOf, type ReportRouteProps } from "@/lib/server/report-route";
import { getReports } from "@/lib/server/reports";

export const metadata: Metadata = { title: "不足与计划" };

export default async function ArchivePlans(props: ReportRouteProps) {
  const { report } = await reportOf(props);
  // Follow-ups come from other reports: the one place this page reads the whole archive.
  const all = getReports().map((r) => r.report);
  return <PlansPage report={report} home={{ store: "archive", id: report.id }} all={all} />;
}
