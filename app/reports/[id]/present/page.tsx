import { Deck } from "@/components/deck/Deck";
import { buildDeck } from "@/lib/deck/deck";
import { reportMetadata, reportOf, reportStaticParams, type ReportRouteProps } from "@/lib/server/report-route";
import { downloadNames } from "@/lib/exports/fileName";

export const dynamicParams = false;

export const generateStaticParams = reportStaticParams;

export const generateMetadata = reportMetadata("汇报演示");

export default async function PresentPage(props: ReportRouteProps) {
  const { report } = await reportOf(props);
  return (
    <Deck
      reportId={report.id}
      reportTitle={report.title}
      organization={report.organization.name}
      slides={buildDeck(report)}
      downloads={downloadNames(report.title)}
    />
  );
}
