import type { CommitmentState, FollowUpRef } from "@/lib/plans/followups";
import { planRows } from "@/lib/report/derive";
import type { Report } from "@/lib/model/schema";
import { SectionHeading } from "../ui/SectionHeading";
import { PlanBoard } from "./PlanBoard";

/** Each weakness beside the plans that answer it; a weakness no plan answers, or a plan answering none, is flagged. */
export function WeaknessPlanSection({
  report,
  states,
  followUps,
}: {
  report: Report;
  states: Record<string, CommitmentState>;
  followUps: Record<string, FollowUpRef[]>;
}) {
  const rows = planRows(report);
  const flagged = rows.filter((r) => !r.weakness || r.plans.length === 0).length;
  const note =
    rows.length === 0
      ? undefined
      : `不足 ${report.weaknesses.length} 项 · 计划 ${report.plans.length} 项 · ${flagged === 0 ? "每项不足都有计划回应" : `${flagged} 处未对应，已标出`}`;
  return (
    <section aria-labelledby="pairs_heading" className="mb-12">
      <SectionHeading id="pairs_heading" note={note}>
        不足与计划的对应
      </SectionHeading>
      {rows.length === 0 ? (
        <p className="text-muted">这份汇报没有列出不足或计划。</p>
      ) : (
        <PlanBoard rows={rows} states={states} followUps={followUps} />
      )}
    </section>
  );
}
