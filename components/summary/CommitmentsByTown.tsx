import { statusLabel } from "@/lib/report/format";
import type { Town } from "@/lib/summary/summary";
import { summaryPlansHref } from "@/lib/summary/view";

const basisLabel = { followUp: "据后续汇报", own: "本汇报标注", plan: "计划中，尚无跟进" } as const;

/** What every town promised, with the latest word on each (lib/plans/followups.ts). */
export function CommitmentsByTown({ towns }: { towns: Town[] }) {
  return (
    <ul className="grid gap-3 md:grid-cols-2" data-testid="summary-commitments">
      {towns.map((t) => (
        <li key={t.id} className="rounded-lg border border-line bg-surface p-3">
          <a href={summaryPlansHref(t.id)} className="font-semibold hover:underline">
            {t.label}
          </a>
          {t.commitments.length === 0 ? (
            <p className="mt-1 text-sm text-muted">本汇报没有写明承诺</p>
          ) : (
            <ul className="mt-1 space-y-1 text-sm">
              {t.commitments.map((c) => (
                <li key={c.id}>
                  <span className="mr-2 rounded border border-line px-1.5 text-xs">{statusLabel[c.state]}</span>
                  {c.text}
                  <span className="ml-1 text-xs text-muted">
                    （{basisLabel[c.basis]}
                    {c.by ? `：${c.by}` : ""}）
                  </span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
