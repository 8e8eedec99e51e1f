"use client";
import { useState } from "react";
import { choicesKey, parseChoices } from "@/lib/deck/choices";

/**
 * Builds the PowerPoint in the browser, as the presenter chose the deck (the choices this browser
 * keeps for the report, read at the click); the heavy builder is fetched only on click.
 */
export function PptxButton({ reportJsonHref, reportId, className = "" }: { reportJsonHref: string; reportId: string; className?: string }) {
  const [state, setState] = useState<"idle" | "busy" | { error: string }>("idle");
  const run = async () => {
    setState("busy");
    try {
      const { downloadDeckPptx } = await import("@/lib/exports/browser/pptxDownload");
      await downloadDeckPptx(reportJsonHref, parseChoices(storedChoices(reportId)));
      setState("idle");
    } catch (error) {
      setState({ error: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <>
      <button
        type="button"
        onClick={run}
        disabled={state === "busy"}
        className={className}
        title="可编辑图表的 PowerPoint 文件，WPS 也能打开"
      >
        {state === "busy" ? "正在生成 PPT…" : "PowerPoint"}
      </button>
      {typeof state === "object" ? (
        <span role="alert" className="text-sm text-accent">
          PPT 导出失败：{state.error}
        </span>
      ) : null}
    </>
  );
}

function storedChoices(reportId: string): string | null {
  try {
    return window.localStorage.getItem(choicesKey(reportId));
  } catch {
    return null;
  }
}
