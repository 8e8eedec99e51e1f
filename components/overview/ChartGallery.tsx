import type { ChartDef } from "@/lib/report/charts";
import { SectionHeading } from "../ui/SectionHeading";
import { ChartPanel } from "./ChartPanel";

/** The overview's charts: the categories across the full width, then one chart per unit of figures. */
export function ChartGallery({
  charts: [categoryChart, ...figureCharts],
  measureHref,
  fileBase,
}: {
  charts: ChartDef[];
  measureHref: (measureId: string, from: string) => string;
  /** the report's download name: each chart's files are called "<fileBase>-<chart title>" */
  fileBase: string;
}) {
  return (
    <section aria-labelledby="charts_heading" className="mb-10">
      <SectionHeading id="charts_heading" note="点击柱条或表格中的举措，查看原文中的句子">
        图表
      </SectionHeading>
      {/* An odd last chart takes the full row rather than leave an empty cell. */}
      <div className="grid gap-4 lg:grid-cols-2 lg:[&>figure:last-child:nth-child(even)]:col-span-2">
        <div className="lg:col-span-2">
          <ChartPanel chart={categoryChart} measureHref={measureHref} fileName={`${fileBase}-${categoryChart.title}`} />
        </div>
        {figureCharts.map((chart) => (
          <ChartPanel key={chart.id} chart={chart} measureHref={measureHref} fileName={`${fileBase}-${chart.title}`} />
        ))}
      </div>
    </section>
  );
}
