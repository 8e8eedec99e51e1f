import Link from "next/link";
import { downloadNames } from "@/lib/exports/fileName";
import { PptxButton } from "../exports/PptxButton";
import { buttonClass } from "../ui/Button";

const item = buttonClass();

/** Present the report, or take it away: PDF, PowerPoint with editable charts, CSV for Excel, JSON. */
export function ReportToolbar({ report }: { report: { id: string; title: string } }) {
  const names = downloadNames(report.title);
  return (
    <div role="toolbar" aria-label="演示与导出" className="mb-8 flex flex-wrap items-center gap-2 print-hidden">
      <Link href={`/reports/${report.id}/present/`} className={buttonClass({ variant: "primary" })}>
        ▶ 演示汇报
      </Link>
      <span className="ml-2 text-sm text-muted">导出：</span>
      <Link
        href={`/reports/${report.id}/present/?print`}
        className={item}
        title="打开演示页并调出打印窗口：每页一张 16:9 幻灯片，可另存为 PDF"
      >
        PDF
      </Link>
      <PptxButton reportJsonHref="report.json" reportId={report.id} className={item} />
      <a href="figures.csv" download={names.csv} className={item} title="每个数字一行，含限定、单位、类别、部分与原文；Excel 可直接打开">
        CSV（Excel）
      </a>
      <a href="report.json" download={names.json} className={item}>
        JSON
      </a>
    </div>
  );
}
