import { comparisonChart } from "@/lib/compare/chart";
import { chartHeight, type ChartDef } from "@/lib/report/charts";
import { differenceNote, differenceText, type ReportRef, type Row } from "@/lib/compare/compare";
import type { Place } from "@/lib/report/links";
import { BarChartView } from "../charts/BarChartView";
import { ChartFallback } from "../charts/ChartFallback";
import { Badge } from "../ui/Badge";

/** Where a report's page (and a place on it) is, from /compare: the site may sit under a basePath. */
export type HrefFor = (reportId: string, place?: Place) => string;

/** What the row's figures count (本期 or 累计), read from the figures drawn. */
function definitionOf(row: Row): string | null {
  const drawn = row.cells.find((c) => c.state === "present" && c.mismatch.length === 0);
  return drawn?.state === "present" ? `统计：${drawn.definition}（${drawn.cumulative ? "累计数" : "本期数"}）` : null;
}

/**
 * One small multiple: a bar per report on the unit's shared axis, and beneath it each report's figure
 * against the baseline. Absent and not-comparable figures get no bar and say why.
 */
export function ComparePanel({
  row,
  reports,
  domainMax,
  kind,
  hrefFor,
}: {
  row: Row;
  reports: ReportRef[];
  domainMax: number;
  kind: ChartDef["kind"];
  hrefFor: HrefFor;
}) {
  const chart = comparisonChart(row, reports, domainMax, kind);
  const links = Object.fromEntries(
    row.cells.map((c, i) => [reports[i].id, hrefFor(reports[i].id, c.state === "present" ? c.place : undefined)]),
  );
  const titleId = `${chart.id}_title`;
  const base = row.cells[0];
  return (
    <figure aria-labelledby={titleId} data-testid={chart.id} className="rounded-lg border border-line bg-surface p-4">
      <figcaption>
        <div className="flex items-baseline justify-between gap-2">
          <h3 id={titleId} className="font-semibold">
            {row.label}
          </h3>
          <Badge tone="muted">{kind === "figures" ? `单位：${row.unit}` : "举措数"}</Badge>
        </div>
        {kind === "figures" ? <p className="mt-0.5 text-xs text-muted">{definitionOf(row)}</p> : null}
      </figcaption>
      <div className="mt-3" style={{ minHeight: chartHeight(chart.rows.length) }}>
        <BarChartView
          chart={chart}
          fallback={<ChartFallback chart={chart} links={links} height={chartHeight(chart.rows.length)} />}
          links={links}
        />
      </div>
      <table className="mt-2 w-full border-collapse text-left text-sm">
        <caption className="sr-only">{row.label}：各汇报的数字与差值</caption>
        <thead>
          <tr className="border-b border-line text-xs text-muted">
            <th scope="col" className="py-1 pr-2 font-medium">
              汇报
            </th>
            <th scope="col" className="py-1 pr-2 text-right font-medium">
              数字
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              较基准
            </th>
          </tr>
        </thead>
        <tbody>
          {row.cells.map((cell, i) => {
            const diff = row.diffs[i];
            const versus =
              i === 0 ? (
                <span className="text-muted">基准</span>
              ) : cell.state === "absent" ? (
                <span className="text-muted">—</span>
              ) : cell.mismatch.length > 0 ? (
                <Badge tone="accent">口径不同</Badge>
              ) : base.state === "absent" ? (
                <span className="text-muted">基准{base.display}</span>
              ) : diff ? (
                <span title={differenceNote(diff)} className="font-semibold">
                  {differenceText(diff)}
                </span>
              ) : null;
            return (
              <tr key={reports[i].id} className="border-b border-line/60 align-top">
                <th scope="row" className="py-1 pr-2 font-normal whitespace-nowrap">
                  <a href={links[reports[i].id]} className="hover:underline">
                    {reports[i].label}
                  </a>
                </th>
                <td className={`py-1 pr-2 text-right tabular-nums ${cell.state === "absent" ? "text-muted" : "font-semibold"}`}>
                  {cell.display}
                  {cell.state === "present" && cell.mismatch.length > 0 ? (
                    <span className="block text-xs font-normal text-accent">{cell.mismatch.join("；")}</span>
                  ) : null}
                </td>
                <td className="py-1 text-right tabular-nums">
                  {versus}
                  {diff && (diff.kind !== "exact" || diff.approx) ? (
                    <span className="block text-xs text-muted">{differenceNote(diff)}</span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
