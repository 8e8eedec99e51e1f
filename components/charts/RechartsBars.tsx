"use client";
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, XAxis, YAxis, type BarShapeProps, type YAxisTickContentProps } from "recharts";
import { formatNumber, wrapLabel } from "@/lib/report/format";
import { chartHeight, type ChartDef, type ChartRow } from "@/lib/report/charts";
import { follow } from "./follow";

/**
 * Bars for exact figures are solid; bounds and estimates are pale with a dashed edge. Hovering a bar
 * shows its sentence ("至少 80 条（累计）") as the browser's own tooltip: Recharts' Tooltip would add
 * ~10 kB gzipped to say what the labels and the data table already say.
 */
function QualifiedBar(props: BarShapeProps) {
  const row = props.payload as ChartRow;
  const soft = row.qualifier !== "exact";
  return (
    <g>
      <title>{row.sentence}</title>
      <Rectangle
        {...props}
        fill={soft ? "var(--chart-3)" : "var(--chart-1)"}
        fillOpacity={soft ? 0.45 : 1}
        stroke={soft ? "var(--chart-1)" : "none"}
        strokeDasharray={soft ? "4 3" : undefined}
      />
    </g>
  );
}

/** A chart drawn at a fixed size (a slide on the deck's stage) with type large enough for a projector. */
export type ChartFrame = { width: number; height: number; fontSize: number; barSize: number };

const FONT = 14;
const LABEL_CHARS = 12;

/** Category labels wrap onto two lines instead of being cut at the chart's edge. */
function WrappedTick({ x, y, payload, font }: YAxisTickContentProps & { font: number }) {
  const lines = wrapLabel(String(payload.value), LABEL_CHARS);
  return (
    <text x={x} y={y} textAnchor="end" fill="var(--ink)" fontSize={font}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? (lines.length === 1 ? font * 0.35 : -font * 0.3) : font * 1.2}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * One Recharts bar chart, horizontal bars so Chinese labels stay readable. Without `frame` it fills
 * its container's width; with it, it is drawn at that fixed size and type (a slide).
 */
export default function RechartsBars({ chart, links, frame }: { chart: ChartDef; links: Record<string, string>; frame?: ChartFrame }) {
  const data = chart.rows.map((row) => ({ ...row, plotted: row.value ?? 0 }));
  const longest = Math.min(LABEL_CHARS, Math.max(...chart.rows.map((r) => [...r.label].length)));
  const font = frame?.fontSize ?? FONT;
  const size = frame
    ? { width: frame.width, height: frame.height }
    : { responsive: true, style: { width: "100%", height: chartHeight(chart.rows.length) } };
  return (
    <BarChart
      layout="vertical"
      data={data}
      {...size}
      margin={{ top: 4, right: frame ? font * 5 : 72, bottom: 4, left: 8 }}
      // An image with a full text alternative (its name, and the data table whose links lead to each
      // sentence); Recharts' keyboard layer would add a tab stop that moves a tooltip we do not draw.
      accessibilityLayer={false}
      role="img"
      aria-label={`${chart.title}：${chart.rows.map((r) => r.sentence).join("；")}`}
    >
      <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
      <XAxis
        type="number"
        domain={[0, chart.domainMax ?? "auto"]}
        allowDecimals={false}
        tickFormatter={formatNumber}
        tick={{ fill: "var(--muted)", fontSize: font - 2 }}
        stroke="var(--line)"
      />
      <YAxis
        type="category"
        dataKey="label"
        width={12 + longest * font}
        tick={(props: YAxisTickContentProps) => <WrappedTick {...props} font={font} />}
        stroke="var(--line)"
        interval={0}
      />
      <Bar
        dataKey="plotted"
        isAnimationActive={false}
        shape={QualifiedBar}
        barSize={frame?.barSize ?? 24}
        cursor="pointer"
        onClick={(item) => follow(links[(item.payload as ChartRow).key])}
      >
        <LabelList dataKey="display" position="right" fill="var(--ink)" fontSize={font} fontWeight={600} />
      </Bar>
    </BarChart>
  );
}
