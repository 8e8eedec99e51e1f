import type { Metadata } from "next";
import { ReportHeader } from "@/components/report/ReportHeader";
import { ReportNav } from "@/components/report/ReportNav";
import { ReturnBar } from "@/components/source/ReturnBar";
import { SourceLegend } from "@/components/source/SourceLegend";
import { SourceText } from "@/components/source/SourceText";
import { chartsFor } from "@/lib/report/charts";
import { buildDeck } from "@/lib/deck/deck";
import { completeness, headlineFigures } from "@/lib/report/derive";
import { sourceNotes } from "@/lib/source/notes";
import { highlightSource } from "@/lib/source/segments";
import { reportOf, type ReportRouteProps } from "@/lib/server/report-route";
import { chartUsers, kpiUsers, placeNames, slideUsers, usesByMeasure } from "@/lib/source/back-links";

export const metadata: Metadata = { title: "原文对照" };

export default async function SourcePage(props: ReportRouteProps) {
  const { report, source } = await reportOf(props);
  const charts = chartsFor(report);
  const users = [...chartUsers(charts), ...kpiUsers(headlineFigures(report)), ...slideUsers(buildDeck(report))];
  return (
    <>
      <ReportHeader report={report} />
      <ReportNav id={report.id} current="source" />
      <ReturnBar names={placeNames(report, charts, users)} />
      <SourceLegend completeness={completeness(report)} />
      <SourceText paragraphs={highlightSource(report, source)} notes={sourceNotes(report, usesByMeasure(users))} />
    </>
  );
}
