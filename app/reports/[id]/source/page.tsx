import type { Metadata } from "next";
import { SourcePage } from "@/components/views/SourcePage";
import { reportOf, type ReportRouteProps } from "@/lib/server/report-route";

export const metadata: Metadata = { title: "原文对照" };

export default async function ArchiveSource(props: ReportRouteProps) {
  const { report, source } = await reportOf(props);
  return <SourcePage report={report} home={{ store: "archive", id: report.id }} source={source} />;
}
