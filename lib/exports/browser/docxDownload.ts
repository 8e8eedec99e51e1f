/**
 * Browser-only, loaded on click: the report's Word brief, its charts the pictures of the charts
 * drawn on the page (with their titles, notes and source, as the PNG download gives them).
 */
import { chartSvgSelector } from "../../deck/stage";
import type { ChartCaption } from "../chartCaption";
import { reportDocxFile, type DocxChart } from "../docx";
import { exportFileName } from "../fileName";
import { standaloneSvg, svgToPng } from "./chartImage";
import type { ReportInput } from "../dataFiles";
import { loadReport, saveBlob } from "./download";

export async function downloadReportDocx(from: ReportInput, charts: { id: string; caption: ChartCaption }[]): Promise<void> {
  const report = await loadReport(from);
  const pictures: DocxChart[] = [];
  for (const { id, caption } of charts) {
    const svg = document.querySelector<SVGSVGElement>(chartSvgSelector(id));
    if (!svg) continue;
    const image = standaloneSvg(svg, caption);
    const png = new Uint8Array(await (await svgToPng(image, 2)).arrayBuffer());
    pictures.push({ title: caption.title, png, width: image.width, height: image.height });
  }
  const bytes = await reportDocxFile(report, pictures);
  const type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  saveBlob(new Blob([bytes as BlobPart], { type }), exportFileName(report.title, "简报", "docx"));
}
