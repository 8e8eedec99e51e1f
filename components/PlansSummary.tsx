import { weaknessPlans } from "@/lib/derive";
import { typeset } from "@/lib/format";
import type { Report } from "@/lib/schema";
import { Badge } from "./Badge";
import { SectionHeading } from "./SectionHeading";

/** Each weakness beside the plan that answers it, with the owners and cadences the plan states. */
export function PlansSummary({ report }: { report: Report }) {
  if (report.weaknesses.length + report.plans.length === 0) return null;
  const { pairs, unanswering } = weaknessPlans(report);
  return (
    <section aria-labelledby="plans_heading" className="mb-10">
      <SectionHeading id="plans_heading" note={report.period.plansFor ? `计划时段：${report.period.plansFor.label}` : undefined}>
        不足与计划
      </SectionHeading>
      <ol className="grid gap-3">
        {pairs.map(({ weakness, plans }) => (
          <li key={weakness.id} id={weakness.id} className="grid gap-3 rounded-lg border border-line bg-surface p-4 lg:grid-cols-2">
            <div>
              <p className="text-sm text-muted">不足 · {weakness.ordinal}</p>
              <p className="mt-1 font-semibold">{weakness.title}</p>
              {weakness.detail ? <p className="mt-1 text-sm text-muted">{typeset(weakness.detail)}</p> : null}
            </div>
            <div className="lg:border-l lg:border-line lg:pl-4">
              {plans.length === 0 ? (
                <p className="font-medium text-accent">没有计划回应这项不足</p>
              ) : (
                plans.map((plan) => (
                  <div key={plan.id} id={plan.id}>
                    <p className="text-sm text-muted">计划 · {typeset(plan.ordinal)}</p>
                    <p className="mt-1 font-semibold">{typeset(plan.title)}</p>
                    <ul className="mt-2 grid gap-1.5 text-sm">
                      {plan.commitments.map((c) => (
                        <li key={c.id} id={c.id} className="flex flex-wrap items-baseline gap-1.5">
                          <span>{c.text}</span>
                          {c.owner ? <Badge className="border-ink/40">责任：{c.owner}</Badge> : null}
                          {c.cadence ? <Badge className="border-ink/40">频次：{c.cadence.text}</Badge> : null}
                        </li>
                      ))}
                    </ul>
                  </div>
                ))
              )}
            </div>
          </li>
        ))}
      </ol>
      {unanswering.length > 0 ? (
        <p className="mt-3 text-sm text-accent">未对应任何不足的计划：{unanswering.map((p) => p.title).join("、")}</p>
      ) : null}
    </section>
  );
}
