import { categoryLabel, gapsOf } from "@/lib/report/derive";
import { figureSentence, figureText } from "@/lib/report/format";
import type { Measure, Report } from "@/lib/model/schema";
import { traceHref } from "@/lib/report/links";
import { Badge, chipClass, QualifierBadge } from "../ui/Badge";
import { Quote } from "../ui/Quote";

/** One measure as a list item: label, figure with qualifier, details, and the sentence it rests on. */
export function MeasureItem({ report, measure: m }: { report: Report; measure: Measure }) {
  const gaps = gapsOf(report, m.id);
  return (
    <li id={m.id} tabIndex={-1} className="rounded-md border border-transparent px-3 py-2.5 target:border-accent target:bg-accent-soft">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="font-medium">{m.label}</span>
        {m.quantity ? (
          <span className="flex items-baseline gap-1.5" aria-label={figureSentence(m.quantity)}>
            <span className={`text-lg font-semibold tabular-nums ${m.quantity.value === null ? "text-gap" : ""}`}>
              {figureText(m.quantity)}
            </span>
            {m.quantity.value === null ? null : <span>{m.quantity.unit}</span>}
            {/* "原文缺失" is already the figure; exact needs no badge */}
            {m.quantity.qualifier === "exact" || m.quantity.value === null ? null : <QualifierBadge qualifier={m.quantity.qualifier} />}
            {m.quantity.cumulative ? <Badge tone="muted">累计</Badge> : null}
          </span>
        ) : null}
        <Badge tone="muted">{categoryLabel(report, m.category)}</Badge>
        {m.draft ? <Badge tone="gap">草稿·待核对</Badge> : null}
        {m.cadence ? <Badge tone="strong">频次：{m.cadence.text}</Badge> : null}
        {m.owner ? <Badge tone="strong">责任：{m.owner}</Badge> : null}
      </div>
      {m.items ? (
        <ul className="mt-1.5 flex flex-wrap gap-1.5 text-sm" aria-label="原文列举">
          {m.items.map((item) => (
            <li key={item} className={chipClass}>
              {item}
            </li>
          ))}
        </ul>
      ) : null}
      {m.group ? (
        <p className="mt-1.5 text-sm">
          组长：{m.group.leaders.join("、")}；副组长：{m.group.deputies.join("、")}
        </p>
      ) : null}
      {m.quantity?.note ? <p className="mt-1 text-sm text-muted">说明：{m.quantity.note}</p> : null}
      {gaps.map((g) => (
        <p key={g.id} className="mt-1 text-sm text-gap">
          原文缺失：{g.what}
        </p>
      ))}
      <p className="mt-1 text-sm leading-relaxed">
        <a href={traceHref({ page: "overview", at: m.id }, m.id)} className="hover:underline">
          <span className="sr-only">查看原文：</span>
          <Quote text={m.quote} />
        </a>
      </p>
    </li>
  );
}
