import Link from "next/link";
import { downloadNames } from "@/lib/exports/fileName";
import { PptxButton } from "../exports/PptxButton";
import { buttonClass } from "../ui/Button";
import { PrintButton } from "../exports/PrintButton";
import { WordButton } from "../exports/WordButton";
import type { ChartCaption } from "@/lib/exports/chartCaption";

const item = buttonClass();

/**
 * Present the report, or take it away: PDF, PowerPoint with editable charts, the Word brief (with
 * the pictures of `charts`), CSV for Excel, JSON.
 */
export function ReportToolbar({
  report,
  charts,
}: {
  report: { id: string; title: string };
  charts: { id: string; caption: ChartCaption }[];
}) {
  const names = downloadNames(report.title);
  return (
    <div role="toolbar" aria-label="演示与导出" className="mb-8 flex flex-wrap items-center gap-2 print-hidden">
      <Link href={`/reports/${report.id}/present/`} className={buttonClass({ variant: "primary" })}>
        ▶ 演示汇报
      </Link>
      <span className="ml-2 text-sm text-muted">导出：</span>
      <PrintButton title="打印本页（A4 纵向），图表全部画出；在打印窗口中选“另存为 PDF”">PDF（本页 A4）</PrintButton>
      <Link
        href={`/reports/${report.id}/present/?print`}
        className={item}
        title="打开演示页并调出打印窗口：每页一张 16:9 幻灯片，可另存为 PDF"
      >
        PDF（幻灯片）
      </Link>
      <PptxButton reportJsonHref="report.json" reportId={report.id} className={item} />
      <WordButton reportJsonHref="report.json" charts={charts} />
      <a href="figures.csv" download={names.csv} className={item} title="每个数字一行，含限定、单位、类别、部分与原文；Excel 可直接打开">
        CSV（Excel）
      </a>
      <a href="report.json" download={names.json} className={item}>
        JSON
      </a>
    </div>
  );
}
