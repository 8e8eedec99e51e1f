import { buildCalendar, planPeriod, scheduleItems } from "@/lib/plans/calendar";
import { commitmentsOf } from "@/lib/report/derive";
import { CALENDAR_ANCHOR } from "@/lib/report/links";
import type { Report } from "@/lib/model/schema";
import { SectionHeading } from "../ui/SectionHeading";
import { PlanCalendar } from "./PlanCalendar";

/**
 * When the commitments fall due: a month calendar when the plan period converts to months, else
 * the list of cadences as the source states them. Nothing when the report makes no commitment.
 */
export function CommitmentSchedule({ report }: { report: Report }) {
  if (commitmentsOf(report).length === 0) return null;
  const period = planPeriod(report);
  const items = scheduleItems(report);
  return (
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
  );
}
