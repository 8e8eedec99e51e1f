import type { CategoryTotal, Completeness } from "@/lib/report/derive";
import { qualifierCounts } from "@/lib/report/derive";
import { figureText, qualifierLabel } from "@/lib/report/format";
import type { Gap, Qualifier } from "@/lib/model/schema";
import { Badge } from "../ui/Badge";
import { GapList } from "./GapList";
import { SectionHeading } from "../ui/SectionHeading";

const share: Record<Qualifier, string> = {
  exact: "bg-[var(--chart-1)]",
  at_least: "bg-[var(--chart-3)]",
  at_most: "bg-[var(--chart-3)]",
  approx: "bg-[var(--chart-3)] opacity-60",
  range: "bg-[var(--chart-3)] opacity-60",
  missing: "bg-gap",
};

/**
 * How complete the report's figures are: how many it gives and how (exact, 余, 近, blank), the
 * totals we can honestly add up (a total with a 余 in it is a lower bound), and every blank.
 */
export function CompletenessPanel({
  completeness: c,
  totals,
  gaps,
  gapHref,
}: {
  completeness: Completeness;
  totals: CategoryTotal[];
  gaps: Gap[];
  gapHref: (gapId: string, from: string) => string;
}) {
  const rows = qualifierCounts(c);
  return (
    <section aria-labelledby="completeness_heading" className="mb-10">
      <SectionHeading id="completeness_heading" note="原文给出多少数字、说法是否确切、哪里留了空白">
        数据完整性
      </SectionHeading>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="rounded-lg border border-line bg-surface p-5">
          <dl className="grid grid-cols-3 gap-3 sm:grid-cols-6">
            <div className="col-span-3 sm:col-span-1">
              <dt className="text-sm text-muted">数字</dt>
              <dd className="text-3xl font-semibold tabular-nums">{c.total}</dd>
            </div>
            {rows.map(({ qualifier, count }) => (
              <div key={qualifier}>
                <dt className="text-sm text-muted">{qualifierLabel[qualifier]}</dt>
                <dd className={`text-3xl font-semibold tabular-nums ${qualifier === "missing" && count > 0 ? "text-gap" : ""}`}>{count}</dd>
              </div>
            ))}
            <div>
              <dt className="text-sm text-muted">原文空白</dt>
              <dd className="text-3xl font-semibold tabular-nums text-gap">{c.gaps}</dd>
            </div>
          </dl>
          {c.total > 0 ? (
            <div className="mt-4 flex h-2.5 overflow-hidden rounded-full bg-bg" aria-hidden>
              {rows.map(({ qualifier, count }) => (
                <span key={qualifier} className={share[qualifier]} style={{ width: `${(count / c.total) * 100}%` }} />
              ))}
            </div>
          ) : null}
          <p className="mt-3 text-sm text-muted">
            “数字”指原文给出或应给而留空的数量；“原文空白”还包括缺少的日期、地点等。“至少”为原文带“余”“多”的数，“约数”为带“近”“约”的数。
          </p>
        </div>
        <div className="rounded-lg border border-line bg-surface p-5">
          <h3 className="font-semibold">
            合计<span className="ml-2 text-sm font-normal text-muted">本站推算，原文未给出合计</span>
          </h3>
          {totals.length === 0 ? (
            <p className="mt-2 text-sm text-muted">没有同一类别、同一单位的两个以上数字，不作合计。</p>
          ) : (
            <ul className="mt-3 grid gap-3">
              {totals.map((t) => (
                <li key={`${t.category}-${t.unit}`}>
                  <p className="flex flex-wrap items-baseline gap-2">
                    <span className="font-medium">{t.label}</span>
                    <span className="text-2xl font-semibold tabular-nums">{figureText(t.sum.quantity)}</span>
                    <span>{t.unit}</span>
                    {t.sum.lowerBound ? <Badge tone="strong">下限</Badge> : null}
                    {t.sum.approx ? <Badge tone="strong">约数</Badge> : null}
                  </p>
                  <p className="mt-1 text-sm text-muted">
                    {t.parts.map((p) => `${p.label}“${p.quantity.text}”`).join(" ＋ ")}
                    {t.sum.lowerBound ? "；含“余”或留空的数，合计只能是下限" : ""}
                    {t.sum.approx ? "；含约数，合计也是约数" : ""}
                    {t.sum.missing > 0 ? `；另有 ${t.sum.missing} 项原文缺失，未计入` : ""}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <section aria-labelledby="gaps_heading" className="mt-6">
        <h3 className="mb-3 font-semibold">
          <span id="gaps_heading">原文空白</span>
          <span className="ml-2 text-sm font-normal text-muted">原文在这些地方留了空白，本站不作猜测；点击句子查看原文位置</span>
        </h3>
        <GapList gaps={gaps} gapHref={gapHref} />
      </section>
    </section>
  );
}
