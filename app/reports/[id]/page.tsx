import { ChartPanel } from "@/components/overview/ChartPanel";
import { CompletenessPanel } from "@/components/overview/CompletenessPanel";
import { KpiGrid } from "@/components/overview/KpiGrid";
import { OrganizationSummary } from "@/components/overview/OrganizationSummary";
import { PlansSummary } from "@/components/overview/PlansSummary";
import { ReportHeader } from "@/components/report/ReportHeader";
import { ReportNav } from "@/components/report/ReportNav";
import { ReportOutline } from "@/components/overview/ReportOutline";
import { ReportToolbar } from "@/components/report/ReportToolbar";
import { SectionHeading } from "@/components/ui/SectionHeading";
import { chartsFor } from "@/lib/report/charts";
import { categoryTotals, completeness, headlineFigures } from "@/lib/report/derive";
import { reportOf, type ReportRouteProps } from "@/lib/server/report-route";
import { downloadNames } from "@/lib/exports/fileName";
import { traceHref } from "@/lib/report/links";

export default async function ReportOverview(props: ReportRouteProps) {
  const { report } = await reportOf(props);
  const [categoryChart, ...figureCharts] = chartsFor(report);
  const { chartBase } = downloadNames(report.title);
  // Every figure leads to its sentence in the source view, remembering the element it was clicked in.
  const toSource = (itemId: string, from: string) => traceHref({ page: "overview", at: from }, itemId);
  return (
    <>
      <ReportHeader report={report} />
      <ReportNav id={report.id} current="overview" />
      <ReportToolbar report={report} />
      <KpiGrid figures={headlineFigures(report)} measureHref={toSource} />
      <section aria-labelledby="charts_heading" className="mb-10">
        <SectionHeading id="charts_heading" note="点击柱条或表格中的举措，查看原文中的句子">
          图表
        </SectionHeading>
        {/* An odd last chart takes the full row rather than leave an empty cell. */}
        <div className="grid gap-4 lg:grid-cols-2 lg:[&>figure:last-child:nth-child(even)]:col-span-2">
          <div className="lg:col-span-2">
            <ChartPanel chart={categoryChart} measureHref={toSource} fileName={`${chartBase}-${categoryChart.title}`} />
          </div>
          {figureCharts.map((chart) => (
            <ChartPanel key={chart.id} chart={chart} measureHref={toSource} fileName={`${chartBase}-${chart.title}`} />
          ))}
        </div>
      </section>
      <CompletenessPanel completeness={completeness(report)} totals={categoryTotals(report)} gaps={report.gaps} gapHref={toSource} />
      <ReportOutline report={report} />
      <OrganizationSummary report={report} />
      <PlansSummary report={report} />
      {report.origin ? <p className="border-t border-line pt-4 text-sm text-muted">原文出处：{report.origin}</p> : null}
    </>
  );
}
