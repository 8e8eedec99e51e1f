import Link from "next/link";
import type { FollowUpMade, NextPeriod } from "@/lib/plans/followups";
import type { Status } from "@/lib/model/schema";
import { otherReportHref, traceHref } from "@/lib/report/links";
import { StatusBadge } from "../ui/Badge";
import { SectionHeading } from "../ui/SectionHeading";

const states: Status["state"][] = ["planned", "in_progress", "done", "dropped"];

/**
 * Where this report's commitments stand (their own status, or what later reports say), and what
 * this report says about an earlier report's commitments.
 */
export function FollowUpPanel({
  commitments,
  counts,
  followed,
  made,
  next,
}: {
  commitments: number;
  counts: Record<Status["state"], number>;
  /** commitments some later report follows up */
  followed: number;
  made: FollowUpMade[];
  next?: NextPeriod;
}) {
  return (
    <section aria-labelledby="followup_heading" className="mb-10">
      <SectionHeading id="followup_heading" note="同一单位的下一期汇报录入后，可逐条标注这些承诺的落实情况">
        跟进情况
      </SectionHeading>
      {next ? (
        <div className="mb-4 rounded-lg border border-line bg-surface p-4 text-sm">
          <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span className="text-muted">同一单位的下一期汇报：</span>
            <a
              href={otherReportHref("plans", next.id, { page: "plans" })}
              className="font-medium underline underline-offset-4 hover:text-accent"
            >
              《{next.title}》
            </a>
            <span className="text-muted">（{next.period}）</span>
            <Link href={next.compareHref} className="text-accent underline-offset-4 hover:underline">
              与本期并排对比
            </Link>
          </p>
          {commitments > 0 ? (
            <p className="mt-2">
              {next.unmentioned.length === 0
                ? "下一期汇报对本期每项承诺都作了说明，见下方各承诺。"
                : `下一期汇报未提及 ${next.unmentioned.length} 项承诺：${next.unmentioned.join("、")}（未提及不等于未落实）。`}
            </p>
          ) : null}
        </div>
      ) : null}
      {commitments === 0 ? (
        <p className="text-muted">这份汇报没有提出需要跟进的承诺。</p>
      ) : (
        <>
          <dl className="flex flex-wrap gap-3">
            {states.map((s) => (
              <div key={s} className="min-w-28 rounded-lg border border-line bg-surface px-4 py-3">
                <dt>
                  <StatusBadge state={s} />
                </dt>
                <dd className="mt-1 text-2xl font-semibold tabular-nums">
                  {counts[s]}
                  <span className="ml-1 text-sm font-normal text-muted">项承诺</span>
                </dd>
              </div>
            ))}
          </dl>
          <p className="mt-3 text-sm text-muted">
            {followed === 0
              ? "尚无后续汇报对这些承诺作出跟进；本汇报自行标注了状态的以标注为准，未标注的按原文视为“计划中”。"
              : `${followed} 项承诺已有后续汇报跟进，状态以最新一份为准；其余以本汇报的标注为准，未标注的视为“计划中”。`}
          </p>
        </>
      )}
      {made.length > 0 ? (
        <>
          <h3 className="mb-2 mt-6 font-semibold">本汇报对以往承诺的跟进</h3>
          <ul className="grid gap-2">
            {made.map(({ followUp: f, earlier, commitment }) => (
              <li
                key={f.id}
                id={f.id}
                tabIndex={-1}
                className="scroll-mt-6 rounded-lg border border-line bg-surface p-3 text-sm target:ring-2 target:ring-accent"
              >
                <p className="flex flex-wrap items-baseline gap-2">
                  <StatusBadge state={f.state} />
                  <a
                    href={otherReportHref("plans", earlier.id, { page: "plans", at: f.commitment })}
                    className="underline underline-offset-4 hover:text-accent"
                  >
                    {commitment}
                  </a>
                  <span className="text-muted">出自《{earlier.title}》</span>
                  {f.date ? <span className="tabular-nums">{f.date}</span> : null}
                  {f.note ? <span>· {f.note}</span> : null}
                </p>
                <p className="mt-1">
                  <a href={traceHref({ page: "plans", at: f.id }, f.id)} className="text-muted hover:underline">
                    原文：「{f.quote}」
                  </a>
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
