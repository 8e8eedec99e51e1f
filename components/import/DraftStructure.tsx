import { memo, useState } from "react";
import { setAnswers } from "@/lib/extract/review";
import type { Report } from "@/lib/model/schema";
import { Button } from "../ui/Button";

/** A report has a handful of each; a text of thousands draws the first ones until asked for all. */
const FIRST = 100;

function useFirst<T>(items: T[]): [T[], React.ReactNode] {
  const [all, setAll] = useState(false);
  if (all || items.length <= FIRST) return [items, null];
  const more = (
    <Button variant="link" size="inline" className="mt-2 text-sm" onClick={() => setAll(true)}>
      显示全部 {items.length} 条（现显示前 {FIRST} 条）
    </Button>
  );
  return [items.slice(0, FIRST), more];
}

/**
 * The draft's outline: its sections, weaknesses and plans, with the weakness each plan answers to set.
 * Memoised on those three lists, which a correction of a figure leaves as they are.
 */
export const DraftStructure = memo(function DraftStructure({
  update,
  ...report
}: Pick<Report, "sections" | "weaknesses" | "plans"> & { update: (change: (r: Report) => Report) => void }) {
  const onAnswers = (planId: string, answers: string[]) => update((r) => setAnswers(r, planId, answers));
  const [sections, moreSections] = useFirst(report.sections);
  const [weaknesses, moreWeaknesses] = useFirst(report.weaknesses);
  const [plans, morePlans] = useFirst(report.plans);
  return (
    <div className="mt-8 grid gap-6 lg:grid-cols-3">
      <div>
        <h3 className="mb-2 font-semibold">部分（{report.sections.length}）</h3>
        <ol className="grid gap-1 text-sm">
          {sections.map((s) => (
            <li key={s.id}>
              {s.ordinal}、{s.heading}
            </li>
          ))}
        </ol>
        {moreSections}
      </div>
      <div>
        <h3 className="mb-2 font-semibold">存在的不足（{report.weaknesses.length}）</h3>
        {report.weaknesses.length ? (
          <ol className="grid gap-1 text-sm">
            {weaknesses.map((w) => (
              <li key={w.id}>
                {w.ordinal} {w.title}
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-muted">未找到逐条列出的不足。</p>
        )}
        {moreWeaknesses}
      </div>
      <div>
        <h3 className="mb-2 font-semibold">下一步计划（{report.plans.length}）</h3>
        {report.plans.length ? (
          <ol className="grid gap-2 text-sm">
            {plans.map((p) => (
              <li key={p.id}>
                <p>
                  {p.ordinal} {p.title}
                </p>
                <label className="mt-1 flex items-center gap-2 text-muted">
                  回应
                  <select
                    value={p.answers[0] ?? ""}
                    onChange={(e) => onAnswers(p.id, e.target.value ? [e.target.value] : [])}
                    className={`rounded border bg-bg px-2 py-0.5 ${p.answers.length ? "border-line" : "border-gap text-gap"}`}
                  >
                    <option value="">（未对应不足）</option>
                    {report.weaknesses.map((w) => (
                      <option key={w.id} value={w.id}>
                        {w.ordinal} {w.title}
                      </option>
                    ))}
                  </select>
                </label>
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-muted">未找到逐条列出的计划。</p>
        )}
        {morePlans}
      </div>
    </div>
  );
});
