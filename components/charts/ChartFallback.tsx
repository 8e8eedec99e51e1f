import type { ChartDef } from "@/lib/report/charts";

/**
 * A chart's figures as HTML bars: what shows in the chart's reserved box before Recharts hydrates
 * (and without JavaScript), so the numbers are in the served page.
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
    <ul className={`flex flex-col justify-around ${className}`} style={{ height }}>
      {chart.rows.map((row) => (
        <li key={row.key} className="flex items-center gap-3">
          <a href={links[row.key]} className="w-40 shrink-0 truncate text-right hover:underline">
            {row.label}
          </a>
          <span className="h-5 bg-[var(--chart-1)]" style={{ width: `${((row.value ?? 0) / max) * 60}%` }} aria-hidden />
          <span className="font-semibold tabular-nums">{row.display}</span>
        </li>
      ))}
    </ul>
  );
}
