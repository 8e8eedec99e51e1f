"use client";
import { useState } from "react";
import { chartSvgSelector } from "@/lib/deck/stage";
import type { ChartCaption } from "@/lib/exports/chartCaption";

/**
 * PNG (2×, for projectors) and SVG of one drawn chart, found by its data-chart id, with its title,
 * unit, notes and source around it (`caption`, from chartCaption). The export code loads on click.
 */
export function ChartImageButtons({
  chartId,
  chartTitle,
  caption,
  fileName,
  className = "",
}: {
  chartId: string;
  chartTitle: string;
  caption: ChartCaption;
  /** without extension */
  fileName: string;
  className?: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const save = async (format: "png" | "svg") => {
    setError(null);
    try {
      const svg = document.querySelector<SVGSVGElement>(chartSvgSelector(chartId));
      if (!svg) throw new Error("图表尚未画出，请稍候再试");
      const [{ standaloneSvg, svgToPng }, { saveBlob }] = await Promise.all([
        import("@/lib/exports/browser/chartImage"),
        import("@/lib/exports/browser/download"),
      ]);
      const image = standaloneSvg(svg, caption);
      const blob = format === "svg" ? new Blob([image.text], { type: "image/svg+xml" }) : await svgToPng(image, 2);
      saveBlob(blob, `${fileName}.${format}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <span className="inline-flex items-center gap-1.5">
      <button type="button" onClick={() => save("png")} aria-label={`下载图表「${chartTitle}」PNG 图片`} className={className}>
        PNG
      </button>
      <button type="button" onClick={() => save("svg")} aria-label={`下载图表「${chartTitle}」SVG 矢量图`} className={className}>
        SVG
      </button>
      {error ? (
        <span role="alert" className="text-sm text-accent">
          {error}
        </span>
      ) : null}
    </span>
  );
}
