/**
 * Browser-only, loaded on click: reads the report's static report.json (or takes the library's
 * report as it is), builds the deck and
 * hands the user a .pptx. Keeps pptxgenjs (about 400 kB) out of every page until it is asked for.
 */
import { buildDeck, presentedOn } from "../../deck/deck";
import type { Report } from "../../model/schema";
import { saveBlob } from "./download";
import { exportFileName } from "../fileName";
import { deckPptx } from "../pptx";

export async function downloadDeckPptx(from: string | Report): Promise<void> {
  const report = typeof from === "string" ? await fetchReport(from) : from;
  const meta = { title: report.title, organization: report.organization.name, presentedOn: presentedOn(new Date()) };
  const pptx = deckPptx(buildDeck(report), meta);
  const blob = (await pptx.write({ outputType: "blob", compression: true })) as Blob;
  saveBlob(blob, exportFileName(report.title, "汇报", "pptx"));
}

async function fetchReport(reportJsonHref: string): Promise<Report> {
  const response = await fetch(reportJsonHref);
  if (!response.ok) throw new Error(`读取 report.json 失败（${response.status}）`);
  // Written by our own build from the validated dataset (app/reports/[id]/report.json).
  return (await response.json()) as Report;
}
