/**
 * Browser-only, loaded on click: the report's Word brief, its charts the pictures of the charts
 * drawn on the page (with their titles, notes and source, as the PNG download gives them).
 */
import type { Report } from "../../model/schema";
import { chartSvgSelector } from "../../deck/stage";
import type { ChartCaption } from "../chartCaption";
import { reportDocxFile, type DocxChart } from "../docx";
import { exportFileName } from "../fileName";
import { standaloneSvg, svgToPng } from "./chartImage";
import { saveBlob } from "./download";

export async function downloadReportDocx(reportJsonHref: string, charts: { id: string; caption: ChartCaption }[]): Promise<void> {
  const response = await fetch(reportJsonHref);
  if (!response.ok) throw new Error(`读取 report.json 失败（${response.status}）`);
  // Written by our own build from the validated dataset (app/reports/[id]/report.json).
  const report = (await response.json()) as Report;
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
