import type { Metadata } from "next";
import { QualifierBadge } from "@/components/ui/Badge";
import { ReportHeader } from "@/components/report/ReportHeader";
import { ReportNav } from "@/components/report/ReportNav";
import { ReturnBar } from "@/components/source/ReturnBar";
import { SourceText } from "@/components/source/SourceText";
import { chartsFor } from "@/lib/report/charts";
import { buildDeck } from "@/lib/deck/deck";
import { completeness, headlineFigures, qualifierCounts } from "@/lib/report/derive";
import { qualifierLabel } from "@/lib/report/format";
import { sourceNotes } from "@/lib/source/notes";
import { highlightSource } from "@/lib/source/segments";
import { reportOf, type ReportRouteProps } from "@/lib/server/report-route";
import { chartUsers, kpiUsers, placeNames, slideUsers, usesByMeasure } from "@/lib/source/back-links";

export const metadata: Metadata = { title: "原文对照" };

export default async function SourcePage(props: ReportRouteProps) {
  const { report, source } = await reportOf(props);
  const charts = chartsFor(report);
  const users = [...chartUsers(charts), ...kpiUsers(headlineFigures(report)), ...slideUsers(buildDeck(report))];
  const c = completeness(report);
  return (
    <>
      <ReportHeader report={report} />
      <ReportNav id={report.id} current="source" />
      <ReturnBar names={placeNames(report, charts, users)} />
      <div className="mb-8 grid gap-3 rounded-lg border border-line bg-surface p-4 text-sm lg:grid-cols-[minmax(0,46rem)_minmax(16rem,1fr)] lg:gap-x-8">
        <div>
          <p>下面是汇报原文，逐段照录，未作改动（包括原文的半角标点与分页断行）。每个数字都标出原文的说法：</p>
          <ul className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2" aria-label="图例">
            <li className="flex items-center gap-1.5">
              <QualifierBadge qualifier="exact" />
              原文给出的确切数
            </li>
            <li className="flex items-center gap-1.5">
              <QualifierBadge qualifier="at_least" label="余·至少" />
              “余”“多”：下限
            </li>
            <li className="flex items-center gap-1.5">
              <QualifierBadge qualifier="approx" label="近·约数" />
              “近”“约”：约数
            </li>
            <li className="flex items-center gap-1.5">
              <QualifierBadge qualifier="missing" />
              原文留空
            </li>
            <li className="flex items-center gap-1.5">
              <span className="rounded-sm bg-accent-soft px-1 shadow-[inset_0_-2px_0_var(--accent)]">数字句</span>
              <span className="underline decoration-muted/50 decoration-dotted underline-offset-[6px]">其他举措</span>
            </li>
          </ul>
        </div>
        <p className="self-center text-muted">
          本文共 <strong className="text-ink tabular-nums">{c.total}</strong> 个数字：
          {qualifierCounts(c)
            .map(({ qualifier, count }) => `${qualifierLabel[qualifier]} ${count}`)
            .join(" · ")}
          ；原文空白 <strong className="text-gap tabular-nums">{c.gaps}</strong> 处。
        </p>
      </div>
      <SourceText paragraphs={highlightSource(report, source)} notes={sourceNotes(report, usesByMeasure(users))} />
    </>
  );
}
