/**
 * One drafting job of /import: pasted text to a draft, or a dropped file (.txt, .docx, .pdf) read
 * and then drafted with the precedents the page sent, recording the file in report.source as
 * `npm run extract` does. Runs in draft.worker.ts, so it must never import the module that starts
 * that worker (draftRunner.ts).
 */
import { extractReport } from "@/lib/extract";
import { readReportFile } from "@/lib/extract/read";
import { fileSource } from "@/lib/extract/source";
import type { DraftJob, DraftJobResult } from "./draftProtocol";

export async function runDraftJob(job: DraftJob): Promise<DraftJobResult> {
  const { precedents } = job;
  if (job.kind === "text") return { kind: "drafted", text: job.text, outcome: extractReport(job.text, { precedents, source: job.source }) };
  const read = await readReportFile(job.name, new Uint8Array(job.bytes));
  if (!read.ok) return { kind: "unreadable", error: read.error };
  const source = fileSource(job.name, read.kind, read.normalisations);
  return {
    kind: "drafted",
    text: read.text,
    outcome: extractReport(read.text, { precedents, ...(source ? { source } : {}) }),
    file: { name: job.name, kind: read.kind, normalisations: read.normalisations },
  };
}
