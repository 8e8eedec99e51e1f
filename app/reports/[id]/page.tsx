import { ChartGallery } from "@/components/overview/ChartGallery";
import { CompletenessPanel } from "@/components/overview/CompletenessPanel";
import { KpiGrid } from "@/components/overview/KpiGrid";
import { OrganizationSummary } from "@/components/overview/OrganizationSummary";
import { PlansSummary } from "@/components/overview/PlansSummary";
import { ReportHeader } from "@/components/report/ReportHeader";
import { ReportNav } from "@/components/report/ReportNav";
import { ReportOutline } from "@/components/overview/ReportOutline";
import { ReportToolbar } from "@/components/report/ReportToolbar";
import { chartsFor } from "@/lib/report/charts";
import { categoryTotals, completeness, headlineFigures } from "@/lib/report/derive";
import { reportOf, type ReportRouteProps } from "@/lib/server/report-route";
import { downloadNames } from "@/lib/exports/fileName";
import { traceHref } from "@/lib/report/links";

export default async function ReportOverview(props: ReportRouteProps) {
  const { report } = await reportOf(props);
  // Every figure leads to its sentence in the source view, remembering the element it was clicked in.
  const toSource = (itemId: string, from: string) => traceHref({ page: "overview", at: from }, itemId);
  return (
    <>
      <ReportHeader report={report} />
      <ReportNav id={report.id} current="overview" />
      <ReportToolbar report={report} />
      <KpiGrid figures={headlineFigures(report)} measureHref={toSource} />
      <ChartGallery charts={chartsFor(report)} measureHref={toSource} fileBase={downloadNames(report.title).chartBase} />
      <CompletenessPanel completeness={completeness(report)} totals={categoryTotals(report)} gaps={report.gaps} gapHref={toSource} />
      <ReportOutline report={report} />
      <OrganizationSummary report={report} />
      <PlansSummary report={report} />
      {report.origin ? <p className="border-t border-line pt-4 text-sm text-muted">原文出处：{report.origin}</p> : null}
    </>
  );
}
