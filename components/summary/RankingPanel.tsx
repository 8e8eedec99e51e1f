import { chartHeight } from "@/lib/report/charts";
import { rankingChart } from "@/lib/summary/chart";
import type { SummaryColumn, Town } from "@/lib/summary/summary";
import { summaryReportHref, totalText } from "@/lib/summary/view";
import { BarChartView } from "../charts/BarChartView";
import { ChartFallback } from "../charts/ChartFallback";

const MAX_ROWS = 40;

/** One indicator: its towns ranked (bounds drawn as bounds by the shared chart), its honest total, and its warnings. */
export function RankingPanel({ column, towns }: { column: SummaryColumn; towns: Town[] }) {
  const chart = rankingChart(column, towns, MAX_ROWS);
  const links = Object.fromEntries(chart.rows.map((r) => [r.key, summaryReportHref(r.key, r.measures[0]?.id)]));
  const height = chartHeight(chart.rows.length);
  const titleId = `${chart.id}_title`;
  return (
    <figure aria-labelledby={titleId} data-testid={chart.id} className="rounded-lg border border-line bg-surface p-4">
      <figcaption>
        <h3 id={titleId} className="font-semibold">
          {chart.title}
          <span className="ml-2 text-sm font-normal text-muted">{chart.description}</span>
        </h3>
        <p className="mt-1 text-sm" data-testid="summary-total">
          {totalText(column, towns)}
        </p>
        {column.warnings.map((w) => (
          <p key={w} role="note" className="mt-1 rounded border border-gap bg-gap-soft px-2 py-1 text-sm">
            ⚠ {w}
          </p>
        ))}
      </figcaption>
      <div className="mt-3" style={{ minHeight: height }}>
        <BarChartView chart={chart} links={links} fallback={<ChartFallback chart={chart} links={links} height={height} />} />
      </div>
    </figure>
  );
}
