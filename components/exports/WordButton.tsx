"use client";
import type { ChartCaption } from "@/lib/exports/chartCaption";
import type { ReportInput } from "@/lib/exports/dataFiles";
import { allChartsDrawn, drawAllCharts } from "../charts/drawAll";
import { Button, type ButtonStyle } from "../ui/Button";
import { useExportAction } from "./useExportAction";

/**
 * The Word brief, built in the browser on click (docx is fetched then). Charts below the first
 * screen are drawn first, so the brief holds every chart's picture.
 */
export function WordButton({
  from,
  charts,
  ...style
}: ButtonStyle & {
  from: ReportInput;
  charts: { id: string; caption: ChartCaption }[];
}) {
  const { busy, error, run } = useExportAction(async () => {
    drawAllCharts();
    const started = performance.now();
    while (!allChartsDrawn() && performance.now() - started < 10_000) await new Promise((r) => requestAnimationFrame(r));
    await document.fonts.ready;
    const { downloadReportDocx } = await import("@/lib/exports/browser/docxDownload");
    await downloadReportDocx(from, charts);
  });
  return (
    <>
      <Button {...style} onClick={run} disabled={busy} title="Word 简报：标题、主要数字、图表、不足与计划、原文留空之处；WPS 也能打开">
        {busy ? "正在生成 Word…" : "Word 简报"}
      </Button>
      {error ? (
        <span role="alert" className="text-sm text-accent">
          Word 导出失败：{error}
        </span>
      ) : null}
    </>
  );
}
