import Link from "next/link";
import type { ChartCaption } from "@/lib/exports/chartCaption";
import { deckKeyOf, pageHref, type ReportHome } from "@/lib/report/links";
import { reportInput, type DataFiles } from "@/lib/exports/dataFiles";
import { DataDownloads } from "../exports/DataDownloads";
import { PrintButton } from "../exports/PrintButton";
import { WordButton } from "../exports/WordButton";
import { buttonClass } from "../ui/Button";

const item = buttonClass();

/**
 * Present the report, or take it away: PDF, the Word brief (with the pictures of `charts`),
 * PowerPoint with editable charts, CSV for Excel, JSON (and a local report's publish bundle).
 */
export function ReportToolbar({
  home,
  title,
  files,
  charts,
}: {
  home: ReportHome;
  title: string;
  files: DataFiles;
  charts: { id: string; caption: ChartCaption }[];
}) {
  return (
    <div role="toolbar" aria-label="演示与导出" className="mb-8 flex flex-wrap items-center gap-2 print-hidden">
      <Link href={pageHref(home, "present")} className={buttonClass({ variant: "primary" })}>
        ▶ 演示汇报
      </Link>
      <span className="ml-2 text-sm text-muted">导出：</span>
      <PrintButton title="打印本页（A4 纵向），图表全部画出；在打印窗口中选“另存为 PDF”">PDF（本页 A4）</PrintButton>
      <Link
        href={pageHref(home, "present", { query: "print" })}
        className={item}
        title="打开演示页并调出打印窗口：每页一张 16:9 幻灯片，可另存为 PDF"
      >
        PDF（幻灯片）
      </Link>
      <WordButton from={reportInput(files)} charts={charts} />
      <DataDownloads files={files} title={title} deckKey={deckKeyOf(home)} className={item} />
    </div>
  );
}
