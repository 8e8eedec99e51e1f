"use client";
import { choicesKey, parseChoices } from "@/lib/deck/choices";
import type { ReportInput } from "@/lib/exports/dataFiles";
import { readStored } from "../deck/useDeckChoices";
import { useExportAction } from "./useExportAction";

/**
 * Builds the PowerPoint in the browser, as the presenter chose the deck (the choices this browser
 * keeps for the deck named `deckKey`, read at the click); the heavy builder is fetched only on click.
 */
export function PptxButton({ from, deckKey, className = "" }: { from: ReportInput; deckKey: string; className?: string }) {
  const { busy, error, run } = useExportAction(async () => {
    const { downloadDeckPptx } = await import("@/lib/exports/browser/pptxDownload");
    await downloadDeckPptx(from, parseChoices(readStored(choicesKey(deckKey))));
  });
  return (
    <>
      <button type="button" onClick={run} disabled={busy} className={className} title="可编辑图表的 PowerPoint 文件，WPS 也能打开">
        {busy ? "正在生成 PPT…" : "PowerPoint"}
      </button>
      {error ? (
        <span role="alert" className="text-sm text-accent">
          PPT 导出失败：{error}
        </span>
      ) : null}
    </>
  );
}
