/**
 * Browser-only, loaded on click: builds the deck of a report (an archive's report.json or the
 * library's report in hand) and hands the user a .pptx of the deck as the presenter chose it.
 * Keeps pptxgenjs (about 400 kB) out of every page until it is asked for.
 */
import { applyChoices, type DeckChoices } from "../../deck/choices";
import { buildDeck } from "../../deck/deck";
import type { ReportInput } from "../dataFiles";
import { loadReport, saveBlob } from "./download";
import { exportFileName } from "../fileName";
import { deckPptxFile } from "../pptx";

export async function downloadDeckPptx(from: ReportInput, choices: DeckChoices): Promise<void> {
  const report = await loadReport(from);
  const meta = { title: report.title, organization: report.organization.name };
  const bytes = await deckPptxFile(applyChoices(choices, buildDeck(report)), meta);
  const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.presentationml.presentation" });
  saveBlob(blob, exportFileName(report.title, "汇报", "pptx"));
}
