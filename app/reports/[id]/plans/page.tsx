import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/Badge";
import { PlanBoard } from "@/components/plans/PlanBoard";
import { PlanCalendar } from "@/components/plans/PlanCalendar";
import { ReportHeader } from "@/components/ReportHeader";
import { ReportNav } from "@/components/ReportNav";
import { SectionHeading } from "@/components/SectionHeading";
import { buildCalendar, planPeriod, scheduleItems } from "@/lib/calendar";
import { planRows } from "@/lib/derive";
import { commitmentState, followUpsMade, followUpsOf, stateCounts } from "@/lib/followups";
import { statusLabel } from "@/lib/format";
import { findReport, getReportIds, getReports } from "@/lib/reports";
import type { Status } from "@/lib/schema";
import { otherReportHref, traceHref } from "@/lib/trace";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getReportIds().map((id) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = findReport((await params).id);
  return { title: loaded ? `不足与计划 · ${loaded.report.title}` : "未找到汇报" };
}

const states: Status["state"][] = ["planned", "in_progress", "done", "dropped"];

export default async function PlansPage({ params }: Props) {
  const loaded = findReport((await params).id);
  if (!loaded) notFound();
  const { report } = loaded;
  const all = getReports().map((r) => r.report);
  const followUps = followUpsOf(report.id, all);
  const commitments = report.plans.flatMap((p) => p.commitments);
  const stateOf = Object.fromEntries(commitments.map((c) => [c.id, commitmentState(c, followUps[c.id])]));
  const rows = planRows(report);
  const flagged = rows.filter((r) => !r.weakness || r.plans.length === 0).length;
  const period = planPeriod(report);
  const items = scheduleItems(report);
  const counts = stateCounts(report, followUps);
  const followed = Object.keys(followUps).length;
  const made = followUpsMade(report, all);

  return (
    <>
      <ReportHeader report={report} />
      <ReportNav id={report.id} current="plans" />

      <section aria-labelledby="pairs_heading" className="mb-12">
        <SectionHeading
          id="pairs_heading"
          note={`不足 ${report.weaknesses.length} 项 · 计划 ${report.plans.length} 项 · ${flagged === 0 ? "每项不足都有计划回应" : `${flagged} 处未对应，已标出`}`}
        >
          不足与计划的对应
        </SectionHeading>
        {rows.length === 0 ? <p className="text-muted">这份汇报没有列出不足或计划。</p> : <PlanBoard rows={rows} weaknesses={report.weaknesses} states={stateOf} followUps={followUps} />}
      </section>

      <section aria-labelledby="calendar_heading" className="mb-12 scroll-mt-6" id="calendar">
        <SectionHeading
          id="calendar_heading"
          note={period ? `计划时段：原文“${period.wording}”，按汇报期推算为 ${period.label}` : "原文的计划时段无法换算为具体月份"}
        >
          承诺日程
        </SectionHeading>
        {items.length === 0 ? (
          <p className="text-muted">原文没有写明频次的承诺。</p>
        ) : period ? (
          <PlanCalendar period={period} calendar={buildCalendar(period.months, items)} items={Object.fromEntries(items.map((i) => [i.id, i]))} />
        ) : (
          <ul className="grid gap-1">
            {items.map((i) => <li key={i.id}>{i.label}（{i.cadence.text}）</li>)}
          </ul>
        )}
      </section>

      <section aria-labelledby="followup_heading" className="mb-10">
        <SectionHeading id="followup_heading" note="后续汇报可在其 report.json 的 followUps 中逐条标注本汇报承诺的落实情况">跟进情况</SectionHeading>
        <dl className="flex flex-wrap gap-3">
          {states.map((s) => (
            <div key={s} className="min-w-28 rounded-lg border border-line bg-surface px-4 py-3">
              <dt><StatusBadge state={s} /></dt>
              <dd className="mt-1 text-2xl font-semibold tabular-nums">{counts[s]}<span className="ml-1 text-sm font-normal text-muted">项承诺</span></dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-muted">
          {followed === 0
            ? "尚无后续汇报对这些承诺作出跟进；未标注的承诺按原文视为“计划中”。"
            : `${followed} 项承诺已有后续汇报跟进，状态以最新一份为准；其余按原文视为“计划中”。`}
        </p>
        {made.length > 0 ? (
          <>
            <h3 className="mb-2 mt-6 font-semibold">本汇报对以往承诺的跟进</h3>
            <ul className="grid gap-2">
              {made.map(({ followUp: f, earlier, commitment }) => (
                <li key={f.id} id={f.id} className="rounded-lg border border-line bg-surface p-3 text-sm">
                  <p className="flex flex-wrap items-baseline gap-2">
                    <StatusBadge state={f.state} />
                    <a href={otherReportHref("plans", earlier.id, { page: "plans", at: f.commitment })} className="underline underline-offset-4 hover:text-accent">
                      {commitment}
                    </a>
                    <span className="text-muted">（《{earlier.title}》）</span>
                    {f.date ? <span className="tabular-nums">{f.date}</span> : null}
                    <span className="text-muted">{statusLabel[f.state]}{f.note ? `：${f.note}` : ""}</span>
                  </p>
                  <p className="mt-1">
                    <a href={traceHref({ page: "plans", at: f.id }, f.id)} className="text-muted hover:underline">原文：「{f.quote}」</a>
                  </p>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </>
  );
}
