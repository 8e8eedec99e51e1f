import { Presenter } from "@/components/deck/Presenter";
import { reportMetadata, reportOf, reportStaticParams, type ReportRouteProps } from "@/lib/server/report-route";
import { buildDeck } from "@/lib/deck/deck";

export const dynamicParams = false;

export const generateStaticParams = reportStaticParams;

export const generateMetadata = reportMetadata("演讲者视图");

export default async function PresenterPage(props: ReportRouteProps) {
  const { report } = await reportOf(props);
  return <Presenter reportId={report.id} reportTitle={report.title} organization={report.organization.name} slides={buildDeck(report)} />;
}
