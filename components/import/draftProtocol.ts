/**
 * What the /import page and its drafting worker say to each other. Types and one constant only, so
 * the page's bundle stays free of the readers (mammoth, pdf.js) that only the worker loads.
 */
import type { ExtractOutcome } from "@/lib/extract";
import type { Precedent } from "@/lib/extract/precedents";
import type { SourceKind } from "@/lib/extract/read";
import type { Report } from "@/lib/model/schema";

/**
 * `precedents`: the figures of the reports in the browser's library as they were when the job
 * started, and of the published archive's on the draft's notice (plain data, cloned into the worker);
 * the draft keeps those answering its own notice. A text drafted again keeps the `source` of the file it was read from.
 */
export type DraftJob = ({ kind: "text"; text: string; source?: Report["source"] } | { kind: "file"; name: string; bytes: ArrayBuffer }) & {
  precedents: Precedent[];
};

/** What a file was and what reading it changed, kept with the draft. */
export type ReadFile = { name: string; kind: SourceKind; normalisations: string[] };

export type DraftJobResult =
  | { kind: "drafted"; text: string; outcome: ExtractOutcome; file?: ReadFile }
  /** the file could not be read: the message names the file and says what to do */
  | { kind: "unreadable"; error: string };

// Tagged: pdf.js, loaded in the worker, posts its own messages on the same channel.
export const WORKER_READY = "huibao-draft-ready";
export type JobMessage = { type: "huibao-draft-job"; seq: number; job: DraftJob };
export type ResultMessage = { type: "huibao-draft-result"; seq: number; result: DraftJobResult };
