import type { Completeness } from "@/lib/report/derive";

/** How complete a report's figures are: a thin bar (exact / bounded or estimated / blank) and the counts as text. */
export function CompletenessMeter({ completeness: c }: { completeness: Completeness }) {
  const q = c.byQualifier;
  const soft = q.at_least + q.at_most + q.approx + q.range;
  const parts = [
    { label: "确数", n: q.exact, className: "bg-[var(--chart-1)]" },
    { label: "约数或上下限", n: soft, className: "bg-[var(--chart-3)]" },
    { label: "原文缺失", n: q.missing, className: "bg-gap" },
  ];
  return (
    <div className="min-w-36">
      {c.total > 0 ? (
        <div aria-hidden className="flex h-1.5 w-32 overflow-hidden rounded-full bg-line">
          {parts.map((p) =>
            p.n > 0 ? <span key={p.label} className={p.className} style={{ width: `${(p.n / c.total) * 100}%` }} /> : null,
          )}
        </div>
      ) : null}
      <p className="mt-1 text-xs text-muted tabular-nums">
        {c.total === 0
          ? "没有数字"
          : parts
              .filter((p, i) => i === 0 || p.n > 0)
              .map((p) => `${p.label} ${p.n}`)
              .join(" · ")}
        {c.gaps > 0 ? <span className="text-gap"> · 原文空白 {c.gaps} 处</span> : null}
      </p>
    </div>
  );
}
