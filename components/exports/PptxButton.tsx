"use client";
import { useState } from "react";
import type { Report } from "@/lib/model/schema";

/** Builds the PowerPoint in the browser from report.json's href or a report in hand; the heavy builder is fetched only on click. */
export function PptxButton({ from, className = "" }: { from: string | Report; className?: string }) {
  const [state, setState] = useState<"idle" | "busy" | { error: string }>("idle");
  const run = async () => {
    setState("busy");
    try {
      const { downloadDeckPptx } = await import("@/lib/exports/browser/pptxDownload");
      await downloadDeckPptx(from);
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
