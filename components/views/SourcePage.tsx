import { chartsFor } from "@/lib/report/charts";
import { buildDeck } from "@/lib/deck/deck";
import { completeness, headlineFigures } from "@/lib/report/derive";
import { sourceNotes } from "@/lib/source/notes";
import { highlightSource } from "@/lib/source/segments";
import { chartUsers, kpiUsers, placeNames, slideUsers, usesByMeasure } from "@/lib/source/back-links";
import { ReportHeader } from "../report/ReportHeader";
import { ReportNav } from "../report/ReportNav";
import { ReturnBar } from "../source/ReturnBar";
import { SourceLegend } from "../source/SourceLegend";
import { SourceText } from "../source/SourceText";
import type { ReportPageProps } from "./OverviewPage";

/** 原文对照: the text with every figure marked, and for each the places that show it. */
export function SourcePage({ report, home, savedAt, source }: ReportPageProps & { source: string }) {
  const charts = chartsFor(report);
  const users = [...chartUsers(charts), ...kpiUsers(headlineFigures(report)), ...slideUsers(buildDeck(report))];
  return (
    <>
      <ReportHeader report={report} home={home} savedAt={savedAt} />
      <ReportNav home={home} current="source" />
      <ReturnBar names={placeNames(report, charts, users)} />
      <SourceLegend completeness={completeness(report)} />
      <SourceText paragraphs={highlightSource(report, source)} notes={sourceNotes(report, usesByMeasure(users))} />
    </>
  );
}
