import { chartNotes, chartsFor } from "@/lib/report/charts";
import { chartCaption } from "@/lib/exports/chartCaption";
import { categoryTotals, completeness, headlineFigures } from "@/lib/report/derive";
import { downloadNames } from "@/lib/exports/fileName";
import { traceHref, type ReportHome } from "@/lib/report/links";
import type { Report } from "@/lib/model/schema";
import type { SummaryGroup } from "@/lib/summary/groups";
import { SummaryLinks } from "../summary/SummaryLinks";
import type { DataFiles } from "@/lib/exports/dataFiles";
import { ChartGallery } from "../overview/ChartGallery";
import { CompletenessPanel } from "../overview/CompletenessPanel";
import { KpiGrid } from "../overview/KpiGrid";
import { OrganizationSummary } from "../overview/OrganizationSummary";
import { PlansSummary } from "../overview/PlansSummary";
import { ReportOutline } from "../overview/ReportOutline";
import { ReportHeader } from "../report/ReportHeader";
import { ReportNav } from "../report/ReportNav";
import { ReportToolbar } from "../report/ReportToolbar";

export type ReportPageProps = { report: Report; home: ReportHome; savedAt?: string };

/**
 * A report's overview, the same for the archive (built) and the browser's library (shown in place).
 * `summaries` are the archive's summaries the report is part of (none for a local report).
 */
export function OverviewPage({
  report,
  home,
  savedAt,
  files,
  summaries = [],
}: ReportPageProps & { files: DataFiles; summaries?: SummaryGroup[] }) {
  const charts = chartsFor(report);
  const captions = charts.filter((c) => chartNotes(c).drawable).map((c) => ({ id: c.id, caption: chartCaption(c, report.title) }));
  // Every figure leads to its sentence in the source view, remembering the element it was clicked in.
  const toSource = (itemId: string, from: string) => traceHref({ page: "overview", at: from }, itemId);
  return (
    <>
      <ReportHeader report={report} home={home} savedAt={savedAt} />
      <ReportNav home={home} current="overview" />
      <ReportToolbar home={home} title={report.title} files={files} charts={captions} />
      <SummaryLinks groups={summaries} root="../../" />
      <KpiGrid figures={headlineFigures(report)} measureHref={toSource} />
      <ChartGallery charts={charts} measureHref={toSource} fileBase={downloadNames(report.title).chartBase} reportTitle={report.title} />
      <CompletenessPanel completeness={completeness(report)} totals={categoryTotals(report)} gaps={report.gaps} gapHref={toSource} />
      <ReportOutline report={report} />
      <OrganizationSummary report={report} />
      <PlansSummary report={report} home={home} />
      {report.origin ? <p className="border-t border-line pt-4 text-sm text-muted">原文出处：{report.origin}</p> : null}
    </>
  );
}
