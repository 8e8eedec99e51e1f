import { chartHeight, chartNotes, type ChartDef, type ChartRow } from "@/lib/report/charts";
import { chartAnchor, chartRowAnchor } from "@/lib/report/links";
import { BarChartView } from "../charts/BarChartView";
import { ChartFallback } from "../charts/ChartFallback";
import { ChartImageButtons } from "../exports/ChartImageButtons";
import { QualifierBadge } from "../ui/Badge";
import { buttonClass } from "../ui/Button";

/**
 * A chart with everything around it: title, the box reserved for the Recharts drawing (holding the
 * same figures as HTML bars until it hydrates), and the data table on demand.
 * `measureHref(measureId, from)` says where a measure's figure leads (its sentence); `from` is the id
 * of the element the link sits in (the chart, or a table row), so the reader can be brought back there.
 */
export function ChartPanel({
  chart,
  measureHref,
  fileName,
}: {
  chart: ChartDef;
  measureHref: (measureId: string, from: string) => string;
  /** download name for the chart's PNG/SVG, without extension (downloadNames(title).chartBase + chart title) */
  fileName: string;
}) {
  const anchor = chartAnchor(chart.id);
  const rowId = (row: ChartRow) => chartRowAnchor(chart.id, row.key);
  // A bar leads to its one measure, or, for a category, to its table row listing the measures.
  const rowHref = (row: ChartRow) => (row.measures.length === 1 ? measureHref(row.measures[0].id, anchor) : `#${rowId(row)}`);
  const links = Object.fromEntries(chart.rows.map((row) => [row.key, rowHref(row)]));
  const titleId = `${chart.id}_title`;

  const fallback = <ChartFallback chart={chart} links={links} height={chartHeight(chart.rows.length)} />;
  // With nothing above zero to draw, say so rather than show an empty axis.
  const { drawable, legend } = chartNotes(chart);
  return (
    <figure
      id={anchor}
      tabIndex={-1}
      aria-labelledby={titleId}
      data-testid={`chart-${chart.id}`}
      data-chart={chart.id}
      className="scroll-mt-6 rounded-lg border border-line bg-surface p-5 target:border-accent"
    >
      <figcaption>
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h3 id={titleId} className="text-lg font-semibold">
            {chart.title}
          </h3>
          <span className={drawable ? "print-hidden" : "hidden"}>
            <ChartImageButtons
              chartId={chart.id}
              chartTitle={chart.title}
              fileName={fileName}
              className={buttonClass({ variant: "subtle", size: "sm" })}
            />
          </span>
        </div>
        <p className="mt-1 text-sm text-muted">
          {chart.description}
          {legend}
        </p>
      </figcaption>
      {drawable ? (
        <div className="mt-4 max-w-3xl" style={{ minHeight: chartHeight(chart.rows.length) }}>
          <BarChartView chart={chart} fallback={fallback} links={links} />
        </div>
      ) : (
        <p className="mt-4 rounded border border-dashed border-line px-4 py-6 text-center text-muted">
          {chart.rows.length === 0
            ? "本图暂无数据：报告中没有可统计的内容。"
            : "本图没有可画的数字：以下各项原文未给出数字或为零，见数据表。"}
        </p>
      )}
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-muted hover:text-ink print-hidden">查看数据表</summary>
        <table className="mt-2 w-full border-collapse text-left">
          <caption className="sr-only">{chart.title}数据表</caption>
          <thead>
            <tr className="border-b border-line text-muted">
              <th scope="col" className="py-1.5 pr-3 font-medium">
                项目
              </th>
              <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                {chart.unit === "项" ? "举措数" : `数量（${chart.unit}）`}
              </th>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                说明
              </th>
              <th scope="col" className="py-1.5 font-medium">
                对应举措
              </th>
            </tr>
          </thead>
          <tbody>
            {chart.rows.map((row) => (
              <tr key={row.key} id={rowId(row)} tabIndex={-1} className="border-b border-line/60 align-top">
                <th scope="row" className="py-1.5 pr-3 font-normal">
                  {row.label}
                </th>
                <td className="py-1.5 pr-3 text-right font-semibold tabular-nums">{row.display}</td>
                <td className="py-1.5 pr-3">
                  {row.qualifier === "exact" ? <span className="text-muted">确数</span> : <QualifierBadge qualifier={row.qualifier} />}
                </td>
                <td className="py-1.5">
                  <ul className="flex flex-wrap gap-x-3 gap-y-1">
                    {row.measures.map((m) => (
                      <li key={m.id}>
                        <a href={measureHref(m.id, rowId(row))} className="underline underline-offset-4 hover:text-accent">
                          {m.label}
                        </a>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
