import type { DraftSegment } from "@/lib/extract/marks";

const markClass = {
  figure: "rounded-sm bg-accent-soft px-0.5 font-semibold text-ink underline decoration-accent decoration-2 underline-offset-4",
  missing: "rounded-sm bg-gap-soft px-0.5 font-semibold text-gap underline decoration-gap decoration-2 underline-offset-4",
  gap: "rounded-sm bg-gap-soft px-0.5 text-gap",
  cadence: "underline decoration-ink/60 decoration-dotted decoration-2 underline-offset-4",
  trap: "underline decoration-muted/60 decoration-dotted underline-offset-4",
  navigation: "text-muted line-through decoration-muted/50",
} as const;

/** The drafted text with every figure marked; a figure links to its card in the draft list. */
export function SourceView({ segments, confirmed }: { segments: DraftSegment[]; confirmed: Set<string> }) {
  return (
    <div>
      <h3 className="mb-2 font-semibold">原文（已标出数字）</h3>
      <p className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-hidden>
        <span>
          <span className={markClass.figure}>数字</span>
        </span>
        <span>
          <span className={markClass.missing}>原文缺失</span>
        </span>
        <span>
          <span className={markClass.cadence}>频次</span>
        </span>
        <span>
          <span className={markClass.trap}>不计为数字</span>
        </span>
      </p>
      <div
        role="region"
        aria-label="原文（已标出数字）"
        tabIndex={0}
        className="max-h-[75vh] overflow-y-auto whitespace-pre-wrap rounded-lg border border-line bg-surface p-4 text-[15px] leading-8"
      >
        {segments.map((s) => {
          if (!s.mark) return <span key={s.start}>{s.text}</span>;
          const { kind, id, title } = s.mark;
          if ((kind === "figure" || kind === "missing") && id) {
            const done = confirmed.has(id);
            return (
              <a
                key={s.start}
                id={`src-${id}`}
                href={`#card-${id}`}
                title={`${title}${done ? "（已确认）" : "（草稿）"}：点击查看`}
                className={`${markClass[kind]} ${done ? "" : "decoration-wavy"}`}
              >
                {s.text}
              </a>
            );
          }
          return (
            <span key={s.start} title={title} className={markClass[kind]}>
              {s.text}
            </span>
          );
        })}
      </div>
    </div>
  );
}
