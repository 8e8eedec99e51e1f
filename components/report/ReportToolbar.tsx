import Link from "next/link";
import { pageHref, type ReportHome } from "@/lib/report/links";
import { DataDownloads, type DataFiles } from "../exports/DataDownloads";
import { buttonClass } from "../ui/Button";

const item = buttonClass();

/** Present the report, or take it away: PDF, PowerPoint with editable charts, CSV for Excel, JSON. */
export function ReportToolbar({ home, title, files }: { home: ReportHome; title: string; files: DataFiles }) {
  return (
    <div role="toolbar" aria-label="演示与导出" className="mb-8 flex flex-wrap items-center gap-2 print-hidden">
      <Link href={pageHref(home, "present")} className={buttonClass({ variant: "primary" })}>
        ▶ 演示汇报
      </Link>
      <span className="ml-2 text-sm text-muted">导出：</span>
      <Link
        href={pageHref(home, "present", { query: "print" })}
        className={item}
        title="打开演示页并调出打印窗口：每页一张 16:9 幻灯片，可另存为 PDF"
      >
        PDF
      </Link>
      <DataDownloads files={files} title={title} className={item} />
    </div>
  );
}
