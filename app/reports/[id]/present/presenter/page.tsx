import type { Metadata } from "next";
import { PresenterPage } from "@/components/views/PresentPage";
import { reportOf, type ReportRouteProps } from "@/lib/server/report-route";

export const metadata: Metadata = { title: "演讲者视图" };

export default async function ArchivePresenter(props: ReportRouteProps) {
  const { report } = await reportOf(props);
  return <PresenterPage report={report} home={{ store: "archive", id: report.id }} />;
}
