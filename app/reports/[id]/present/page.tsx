import type { Metadata } from "next";
import { Deck } from "@/components/deck/Deck";
import { buildDeck } from "@/lib/deck/deck";
import { reportOf, type ReportRouteProps } from "@/lib/server/report-route";
import { downloadNames } from "@/lib/exports/fileName";

export const metadata: Metadata = { title: "汇报演示" };

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
