"use client";
import { useState } from "react";
import type { ChartCaption } from "@/lib/exports/chartCaption";
import { allChartsDrawn, drawAllCharts } from "../charts/drawAll";
import { Button, type ButtonStyle } from "../ui/Button";

/**
 * The Word brief, built in the browser on click (docx is fetched then). Charts below the first
 * screen are drawn first, so the brief holds every chart's picture.
 */
export function WordButton({
  reportJsonHref,
  charts,
  ...style
}: ButtonStyle & {
  reportJsonHref: string;
  charts: { id: string; caption: ChartCaption }[];
}) {
  const [state, setState] = useState<"idle" | "busy" | { error: string }>("idle");
  const run = async () => {
    setState("busy");
    try {
      drawAllCharts();
      const started = performance.now();
      while (!allChartsDrawn() && performance.now() - started < 10_000) await new Promise((r) => requestAnimationFrame(r));
      await document.fonts.ready;
      const { downloadReportDocx } = await import("@/lib/exports/browser/docxDownload");
      await downloadReportDocx(reportJsonHref, charts);
      setState("idle");
    } catch (error) {
      setState({ error: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <>
      <Button
        {...style}
        onClick={run}
        disabled={state === "busy"}
        title="Word 简报：标题、主要数字、图表、不足与计划、原文留空之处；WPS 也能打开"
      >
        {state === "busy" ? "正在生成 Word…" : "Word 简报"}
      </Button>
      {typeof state === "object" ? (
        <span role="alert" className="text-sm text-accent">
          Word 导出失败：{state.error}
        </span>
      ) : null}
    </>
  );
}
