import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChartPanel } from "@/components/ChartPanel";
import { GapList } from "@/components/GapList";
import { KpiGrid } from "@/components/KpiGrid";
import { OrganizationSummary } from "@/components/OrganizationSummary";
import { PlansSummary } from "@/components/PlansSummary";
import { ReportHeader } from "@/components/ReportHeader";
import { ReportNav } from "@/components/ReportNav";
import { ReportOutline } from "@/components/ReportOutline";
import { ReportToolbar } from "@/components/ReportToolbar";
import { SectionHeading } from "@/components/SectionHeading";
import { chartsFor } from "@/lib/charts";
import { headlineFigures } from "@/lib/derive";
import { findReport, getReportIds } from "@/lib/reports";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getReportIds().map((id) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = findReport((await params).id);
  return { title: loaded ? loaded.report.title : "未找到汇报" };
}

export default async function ReportOverview({ params }: Props) {
  const loaded = findReport((await params).id);
  if (!loaded) notFound();
  const { report } = loaded;
  const [categoryChart, ...figureCharts] = chartsFor(report);
  return (
    <>
      <ReportHeader report={report} />
      <ReportNav id={report.id} current="overview" />
      <ReportToolbar report={report} />
      <KpiGrid figures={headlineFigures(report)} />
      <section aria-labelledby="charts_heading" className="mb-10">
        <SectionHeading id="charts_heading" note="点击柱条或表格中的举措，查看对应原文">图表</SectionHeading>
        <div className="grid gap-4 lg:grid-cols-2">
          <div className="lg:col-span-2">
            <ChartPanel chart={categoryChart} measureHref={(id) => `#${id}`} />
          </div>
          {figureCharts.map((chart) => (
            <ChartPanel key={chart.id} chart={chart} measureHref={(id) => `#${id}`} />
          ))}
        </div>
      </section>
      <ReportOutline report={report} />
      <OrganizationSummary report={report} />
      <PlansSummary report={report} />
      <GapList report={report} />
      {report.origin ? <p className="border-t border-line pt-4 text-sm text-muted">原文出处：{report.origin}</p> : null}
    </>
  );
}
