import type { Metadata } from "next";
import { PresentPage } from "@/components/views/PresentPage";
import { reportOf, type ReportRouteProps } from "@/lib/server/report-route";

export const metadata: Metadata = { title: "汇报演示" };

export default async function ArchivePresent(props: ReportRouteProps) {
  const { report } = await reportOf(props);
  return <PresentPage report={report} home={{ store: "archive", id: report.id }} files={{ store: "archive", base: "../" }} />;
}
