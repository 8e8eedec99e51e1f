import Link from "next/link";
import { weaknessPlans } from "@/lib/report/derive";
import { typeset } from "@/lib/report/format";
import { pageHref, type ReportHome } from "@/lib/report/links";
import type { Report } from "@/lib/model/schema";
import { SectionHeading } from "../ui/SectionHeading";

/** Which plan answers which weakness, in brief; the plans page has the commitments, calendar and follow-up. */
export function PlansSummary({ report, home }: { report: Report; home: ReportHome }) {
  if (report.weaknesses.length + report.plans.length === 0) return null;
  const { pairs, unanswering } = weaknessPlans(report);
  return (
    <section aria-labelledby="plans_heading" className="mb-10">
      <SectionHeading id="plans_heading" note={report.period.plansFor ? `计划时段：${report.period.plansFor.label}` : undefined}>
        不足与计划
      </SectionHeading>
      <ol className="grid gap-2 md:grid-cols-2">
        {pairs.map(({ weakness, plans }) => (
          <li key={weakness.id} id={weakness.id} className="rounded-lg border border-line bg-surface p-4">
            <p className="text-sm text-muted">不足 · {weakness.ordinal}</p>
            <p className="font-semibold">{weakness.title}</p>
            <p className="mt-2 text-sm">
              {plans.length === 0 ? (
                <span className="font-medium text-accent">没有计划回应这项不足</span>
              ) : (
                plans.map((plan) => (
                  <Link
                    key={plan.id}
                    href={pageHref(home, "plans", { at: plan.id })}
                    className="mr-3 underline underline-offset-4 hover:text-accent"
                  >
                    → 计划{typeset(plan.ordinal)}
                    {typeset(plan.title)}
                  </Link>
                ))
              )}
            </p>
          </li>
        ))}
      </ol>
      {unanswering.length > 0 ? (
        <p className="mt-3 text-sm text-accent">未对应任何不足的计划：{unanswering.map((p) => typeset(p.title)).join("、")}</p>
      ) : null}
      <p className="mt-3 text-sm">
        <Link href={pageHref(home, "plans")} className="underline underline-offset-4 hover:text-accent">
          查看每项计划的承诺、责任人、日程与跟进情况
        </Link>
      </p>
    </section>
  );
}
