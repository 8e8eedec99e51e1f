import type { Metadata } from "next";
import { Presenter } from "@/components/deck/Presenter";
import { reportOf, type ReportRouteProps } from "@/lib/server/report-route";
import { buildDeck } from "@/lib/deck/deck";

export const metadata: Metadata = { title: "演讲者视图" };

export default async function PresenterPage(props: ReportRouteProps) {
  const { report } = await reportOf(props);
  return <Presenter reportId={report.id} reportTitle={report.title} organization={report.organization.name} slides={buildDeck(report)} />;
}
