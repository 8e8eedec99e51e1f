import type { Figure } from "@/lib/report/derive";
import { figureSentence, figureText } from "@/lib/report/format";
import { kpiAnchor } from "@/lib/report/links";
import { QualifierBadge, Badge } from "../ui/Badge";
import { Quote } from "../ui/Quote";
import { SectionHeading } from "../ui/SectionHeading";

/**
 * Headline figures, each with its qualifier and the words it rests on; a blank stays a blank.
 * `measureHref(measureId, from)` leads to the figure's sentence; `from` is the card's id.
 */
export function KpiGrid({ figures, measureHref }: { figures: Figure[]; measureHref: (measureId: string, from: string) => string }) {
  return (
    <section aria-labelledby="kpi_heading" className="mb-10">
      <SectionHeading id="kpi_heading" note="数字照原文：“余”为下限，“近”为约数，留空为缺失">
        重点数字
      </SectionHeading>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-5">
        {figures.map((f) => {
          const q = f.quantity;
          const missing = q.value === null;
          return (
            <div
              key={f.id}
              id={kpiAnchor(f.id)}
              tabIndex={-1}
              data-testid="kpi"
              className={`relative flex scroll-mt-6 flex-col rounded-lg border bg-surface p-4 hover:border-accent target:ring-2 target:ring-accent ${missing ? "border-gap" : "border-line"}`}
            >
              <dt className="text-sm font-medium text-muted">{f.label}</dt>
              <dd className="mt-2 flex items-baseline gap-1.5" aria-label={figureSentence(q)}>
                <span className={`font-semibold tabular-nums ${missing ? "text-2xl text-gap" : "text-4xl"}`}>{figureText(q)}</span>
                {missing ? null : <span className="text-lg">{q.unit}</span>}
              </dd>
              <dd className="mt-2 flex flex-wrap gap-1.5">
                {missing ? null : <QualifierBadge qualifier={q.qualifier} />}
                {q.cumulative ? <Badge tone="muted">累计</Badge> : null}
              </dd>
              <dd className="mt-3 text-sm leading-relaxed">
                {/* The link stretches over the whole card: a click anywhere on it opens the sentence. */}
                <a href={measureHref(f.id, kpiAnchor(f.id))} className="after:absolute after:inset-0 after:content-[''] hover:underline">
                  <span className="text-muted">原文：</span>
                  <Quote text={f.quote} />
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
