import type { PlanRow } from "@/lib/report/derive";
import type { CommitmentState, FollowUpRef } from "@/lib/plans/followups";
import { statusLabel, typeset } from "@/lib/report/format";
import type { Plan, Weakness } from "@/lib/model/schema";
import { otherReportHref, sourceAnchor, traceHref } from "@/lib/report/links";
import { Badge, StatusBadge } from "../ui/Badge";

/** "原文" link from an item on the plans page to its sentence, and back to the same item. */
function SourceLink({ id }: { id: string }) {
  return (
    <a
      href={traceHref({ page: "plans", at: id }, id)}
      className="text-sm text-muted underline decoration-line underline-offset-4 hover:text-accent"
    >
      原文
    </a>
  );
}

/** Where a state comes from; a plain plan needs no words (the follow-up summary explains it once). */
function stateBasis(s: CommitmentState): string | null {
  if (s.basis === "followUp" && s.by) return `据《${s.by.title}》`;
  if (s.basis === "own") return "本汇报标注";
  return null;
}

function PlanCard({
  plan,
  answered,
  states,
  followUps,
  anchored,
}: {
  plan: Plan;
  answered: Weakness[];
  states: Record<string, CommitmentState>;
  followUps: Record<string, FollowUpRef[]>;
  /** a plan answering two weaknesses appears twice; only the first copy carries the anchors */
  anchored: boolean;
}) {
  return (
    <article
      id={anchored ? plan.id : undefined}
      tabIndex={anchored ? -1 : undefined}
      aria-labelledby={anchored ? `${plan.id}_title` : undefined}
      className="scroll-mt-6 rounded-lg border border-line bg-surface p-4 target:ring-2 target:ring-accent"
    >
      <p className="flex items-baseline justify-between gap-2 text-sm text-muted">
        <span>计划 · {typeset(plan.ordinal)}</span>
        <SourceLink id={plan.id} />
      </p>
      <h3 id={anchored ? `${plan.id}_title` : undefined} className="mt-1 text-lg font-semibold">
        {typeset(plan.title)}
      </h3>
      <p className="mt-1 text-sm">
        {answered.length === 0 ? (
          <span className="font-medium text-accent">这项计划未对应任何不足</span>
        ) : (
          <>
            回应不足：
            {answered.map((w) => (
              <a key={w.id} href={`#${w.id}`} className="mr-2 underline underline-offset-4 hover:text-accent">
                {w.ordinal}
                {typeset(w.title)}
              </a>
            ))}
          </>
        )}
      </p>
      <h4 className="mt-3 text-sm font-medium text-muted">承诺（{plan.commitments.length} 项）</h4>
      <ul className="mt-1 grid gap-2">
        {plan.commitments.map((c) => {
          const state = states[c.id];
          return (
            <li
              key={c.id}
              id={anchored ? c.id : undefined}
              tabIndex={anchored ? -1 : undefined}
              className="scroll-mt-6 rounded-md border border-line/70 px-3 py-2 target:ring-2 target:ring-accent"
            >
              <p className="flex flex-wrap items-baseline gap-1.5">
                <span>{typeset(c.text)}</span>
                {c.owner ? <Badge tone="strong">责任：{c.owner}</Badge> : <Badge tone="muted">责任人：原文未写</Badge>}
                {c.cadence ? <Badge tone="strong">频次：{c.cadence.text}</Badge> : null}
                <SourceLink id={c.id} />
              </p>
              {c.items ? <p className="mt-1 text-sm text-muted">{typeset(c.items.join("、"))}</p> : null}
              <p className="mt-1.5 flex flex-wrap items-center gap-1.5 text-sm">
                <StatusBadge state={state.state} />
                {state.date ? <span className="tabular-nums">{state.date}</span> : null}
                {stateBasis(state) ? <span className="text-muted">{stateBasis(state)}</span> : null}
                {state.note ? <span>· {state.note}</span> : null}
              </p>
              {(followUps[c.id] ?? []).map(({ by, followUp }) => (
                <p key={followUp.id} className="mt-1 border-l-2 border-line pl-2 text-sm">
                  <span className="text-muted">{by.period}：</span>
                  {statusLabel[followUp.state]}
                  {followUp.date ? `（${followUp.date}）` : ""}，
                  <a
                    href={otherReportHref("plans", by.id, { page: "source", at: sourceAnchor(followUp.id) })}
                    className="underline underline-offset-4 hover:text-accent"
                  >
                    「{followUp.quote}」
                  </a>
                </p>
              ))}
            </li>
          );
        })}
      </ul>
    </article>
  );
}

/** Weaknesses beside the plans that answer them; a weakness without a plan, or a plan answering none, is flagged. */
export function PlanBoard({
  rows,
  states,
  followUps,
}: {
  rows: PlanRow[];
  states: Record<string, CommitmentState>;
  followUps: Record<string, FollowUpRef[]>;
}) {
  return (
    <ol className="grid gap-4">
      {rows.map(({ weakness, plans }) => (
        <li key={weakness?.id ?? plans[0].plan.id} className="grid items-start gap-3 lg:grid-cols-[minmax(0,2fr)_2rem_minmax(0,3fr)]">
          {weakness ? (
            <article
              id={weakness.id}
              tabIndex={-1}
              aria-labelledby={`${weakness.id}_title`}
              className="scroll-mt-6 rounded-lg border border-line bg-surface p-4 target:ring-2 target:ring-accent"
            >
              <p className="flex items-baseline justify-between gap-2 text-sm text-muted">
                <span>不足 · {weakness.ordinal}</span>
                <SourceLink id={weakness.id} />
              </p>
              <h3 id={`${weakness.id}_title`} className="mt-1 text-lg font-semibold">
                {typeset(weakness.title)}
              </h3>
              {weakness.detail ? <p className="mt-1 text-sm text-muted">{typeset(weakness.detail)}</p> : null}
              <p className="mt-3 text-sm">
                {plans.length === 0 ? (
                  <span className="font-medium text-accent">没有计划回应这项不足</span>
                ) : (
                  plans.map(({ plan: p }) => (
                    <a key={p.id} href={`#${p.id}`} className="mr-3 underline underline-offset-4 hover:text-accent">
                      由计划{typeset(p.ordinal)}
                      {typeset(p.title)}回应
                    </a>
                  ))
                )}
              </p>
            </article>
          ) : (
            <div className="rounded-lg border border-dashed border-accent p-4 text-sm font-medium text-accent">没有对应的不足</div>
          )}
          <span aria-hidden className="hidden pt-6 text-center text-2xl text-muted lg:block">
            →
          </span>
          <div className="grid gap-3">
            {plans.length === 0 ? (
              <div className="rounded-lg border border-dashed border-accent p-4 text-sm font-medium text-accent">
                原文没有回应这项不足的计划
              </div>
            ) : (
              plans.map(({ plan, first, answers }) => (
                <PlanCard key={plan.id} plan={plan} answered={answers} states={states} followUps={followUps} anchored={first} />
              ))
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
