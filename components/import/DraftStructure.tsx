import { memo } from "react";
import { setAnswers } from "@/lib/extract/review";
import type { Report } from "@/lib/model/schema";

/**
 * The draft's outline: its sections, weaknesses and plans, with the weakness each plan answers to set.
 * Memoised on those three lists, which a correction of a figure leaves as they are.
 */
export const DraftStructure = memo(function DraftStructure({
  update,
  ...report
}: Pick<Report, "sections" | "weaknesses" | "plans"> & { update: (change: (r: Report) => Report) => void }) {
  const onAnswers = (planId: string, answers: string[]) => update((r) => setAnswers(r, planId, answers));
  return (
    <div className="mt-8 grid gap-6 lg:grid-cols-3">
      <div>
        <h3 className="mb-2 font-semibold">部分（{report.sections.length}）</h3>
        <ol className="grid gap-1 text-sm">
          {report.sections.map((s) => (
            <li key={s.id}>
              {s.ordinal}、{s.heading}
            </li>
          ))}
        </ol>
      </div>
      <div>
        <h3 className="mb-2 font-semibold">存在的不足（{report.weaknesses.length}）</h3>
        {report.weaknesses.length ? (
          <ol className="grid gap-1 text-sm">
            {report.weaknesses.map((w) => (
              <li key={w.id}>
                {w.ordinal} {w.title}
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-muted">未找到逐条列出的不足。</p>
        )}
      </div>
      <div>
        <h3 className="mb-2 font-semibold">下一步计划（{report.plans.length}）</h3>
        {report.plans.length ? (
          <ol className="grid gap-2 text-sm">
            {report.plans.map((p) => (
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
      </div>
    </div>
  );
});
