import type { Metadata } from "next";
import { FollowUpPanel } from "@/components/plans/FollowUpPanel";
import { PlanBoard } from "@/components/plans/PlanBoard";
import { PlanCalendar } from "@/components/plans/PlanCalendar";
import { ReportHeader } from "@/components/report/ReportHeader";
import { ReportNav } from "@/components/report/ReportNav";
import { SectionHeading } from "@/components/ui/SectionHeading";
import { buildCalendar, planPeriod, scheduleItems } from "@/lib/plans/calendar";
import { commitmentsOf, planRows } from "@/lib/report/derive";
import { compareHref, entryOf, nextPeriods } from "@/lib/report/archive";
import { commitmentStates, followUpsMade, followUpsOf, stateCounts, unmentionedBy } from "@/lib/plans/followups";
import { reportOf, type ReportRouteProps } from "@/lib/server/report-route";
import { getReports } from "@/lib/server/reports";
import { CALENDAR_ANCHOR } from "@/lib/report/links";

export const metadata: Metadata = { title: "不足与计划" };

export default async function PlansPage(props: ReportRouteProps) {
  const { report } = await reportOf(props);
  const all = getReports().map((r) => r.report);
  const followUps = followUpsOf(report.id, all);
  const commitments = commitmentsOf(report);
  const stateOf = commitmentStates(report, followUps);
  const rows = planRows(report);
  const flagged = rows.filter((r) => !r.weakness || r.plans.length === 0).length;
  const period = planPeriod(report);
  const items = scheduleItems(report);
  const later = nextPeriods(all.map(entryOf)).get(report.id);
  const next = later && {
    id: later.id,
    title: later.title,
    period: later.period,
    unmentioned: unmentionedBy(report, later.id, followUps).map((c) => c.text),
    compareHref: compareHref([entryOf(report), later]),
  };

  return (
    <>
      <ReportHeader report={report} />
      <ReportNav id={report.id} current="plans" />

      <section aria-labelledby="pairs_heading" className="mb-12">
        <SectionHeading
          id="pairs_heading"
          note={
            rows.length === 0
              ? undefined
              : `不足 ${report.weaknesses.length} 项 · 计划 ${report.plans.length} 项 · ${flagged === 0 ? "每项不足都有计划回应" : `${flagged} 处未对应，已标出`}`
          }
        >
          不足与计划的对应
        </SectionHeading>
        {rows.length === 0 ? (
          <p className="text-muted">这份汇报没有列出不足或计划。</p>
        ) : (
          <PlanBoard rows={rows} states={stateOf} followUps={followUps} />
        )}
      </section>

      {commitments.length > 0 ? (
        <section aria-labelledby={CALENDAR_ANCHOR} className="mb-12">
          <SectionHeading
            id={CALENDAR_ANCHOR}
            note={period ? `计划时段：原文“${period.wording}”，按汇报期推算为 ${period.label}` : "原文的计划时段无法换算为具体月份"}
          >
            承诺日程
          </SectionHeading>
          {items.length === 0 ? <p className="text-muted">原文没有写明频次的承诺。</p> : null}
          {items.length > 0 && period ? <PlanCalendar period={period} calendar={buildCalendar(period.months, items)} /> : null}
          {items.length > 0 && !period ? (
            <ul className="grid gap-1">
              {items.map((i) => (
                <li key={i.id}>
                  {i.label}（{i.cadence.text}）
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="followup_heading" className="mb-10">
        <SectionHeading id="followup_heading" note="同一单位的下一期汇报录入后，可逐条标注这些承诺的落实情况">
          跟进情况
        </SectionHeading>
        <FollowUpPanel
          commitments={commitments.length}
          counts={stateCounts(stateOf)}
          followed={Object.keys(followUps).length}
          made={followUpsMade(report, all)}
          next={next}
        />
      </section>
    </>
  );
}
