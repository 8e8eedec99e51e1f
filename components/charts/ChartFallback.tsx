import type { ChartDef } from "@/lib/report/charts";
import { wrapLabel } from "@/lib/report/format";

/**
 * A chart's figures as HTML bars: what shows in the chart's reserved box before Recharts hydrates
 * (and without JavaScript), so the numbers are in the served page. It is also what Ctrl+P prints
 * for a chart not drawn yet, so it draws as the chart does: bars are SVG shapes (printing drops CSS
 * backgrounds), bounds and estimates pale with a dashed edge, labels wrapped between words, not cut.
 */
export function ChartFallback({
  chart,
  links,
  height,
  className = "text-sm",
}: {
  chart: ChartDef;
  links: Record<string, string>;
  height: number;
  className?: string;
}) {
  const max = Math.max(1, chart.domainMax ?? 0, ...chart.rows.map((r) => r.value ?? 0));
  return (
    <ul className={`flex flex-col justify-around ${className}`} style={{ height }} data-chart-fallback>
      {chart.rows.map((row) => {
        const soft = row.qualifier !== "exact";
        return (
          <li key={row.key} className="flex items-center gap-3">
            <a href={links[row.key]} className="flex w-[12.5em] shrink-0 flex-col text-right leading-tight hover:underline">
              {wrapLabel(row.label, 12).map((line, i) => (
                <span key={i}>{line}</span>
              ))}
            </a>
            {row.value ? (
              <svg aria-hidden className="h-5 shrink-0 overflow-visible" style={{ width: `${(row.value / max) * 60}%` }} data-bar>
                <rect
                  width="100%"
                  height="100%"
                  style={{
                    fill: soft ? "var(--chart-3)" : "var(--chart-1)",
                    fillOpacity: soft ? 0.45 : 1,
                    stroke: soft ? "var(--chart-1)" : "none",
                    strokeDasharray: soft ? "4 3" : undefined,
                  }}
                />
              </svg>
            ) : null}
            <span className="font-semibold tabular-nums">{row.display}</span>
          </li>
        );
      })}
    </ul>
  );
}
