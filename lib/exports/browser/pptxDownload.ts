/**
 * Browser-only, loaded on click: reads the report's static report.json, builds the deck and
 * hands the user a .pptx of the deck as the presenter chose it. Keeps pptxgenjs (about 400 kB) out of every page until it is asked for.
 */
import { applyChoices, type DeckChoices } from "../../deck/choices";
import { buildDeck } from "../../deck/deck";
import type { Report } from "../../model/schema";
import { saveBlob } from "./download";
import { exportFileName } from "../fileName";
import { deckPptxFile } from "../pptx";

export async function downloadDeckPptx(reportJsonHref: string, choices: DeckChoices): Promise<void> {
  const response = await fetch(reportJsonHref);
  if (!response.ok) throw new Error(`读取 report.json 失败（${response.status}）`);
  // Written by our own build from the validated dataset (app/reports/[id]/report.json).
  const report = (await response.json()) as Report;
  const meta = { title: report.title, organization: report.organization.name };
  const bytes = await deckPptxFile(applyChoices(choices, buildDeck(report)), meta);
  const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.presentationml.presentation" });
  saveBlob(blob, exportFileName(report.title, "汇报", "pptx"));
}
