/**
 * A file to a draft: read it (lib/extract/read), then extract from the text as read, recording the
 * file and what was normalised in report.source. Runs in the worker (draft-file.worker.ts), or on the
 * page where workers are unavailable.
 */
import { extractReport, type ExtractOutcome } from "@/lib/extract";
import { readReportFile, type SourceKind } from "@/lib/extract/read";

export type FileDraft =
  { ok: true; text: string; kind: SourceKind; notes: string[]; outcome: ExtractOutcome } | { ok: false; error: string };

export async function draftFile(name: string, bytes: Uint8Array): Promise<FileDraft> {
  const read = await readReportFile(name, bytes);
  if (!read.ok) return { ok: false, error: read.error };
  const source = { file: name, kind: read.kind, normalisations: read.normalisations };
  const plain = read.kind === "txt" && read.normalisations.length === 0;
  const outcome = extractReport(read.text, plain ? {} : { source });
  return { ok: true, text: read.text, kind: read.kind, notes: read.normalisations, outcome };
}

/** Drafts in a Web Worker; on the page if the browser cannot start one. */
export function draftFileOffThread(name: string, bytes: ArrayBuffer): Promise<FileDraft> {
  if (typeof Worker === "undefined") return draftFile(name, new Uint8Array(bytes));
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./draft-file.worker.ts", import.meta.url), { type: "module" });
    const done = (result: FileDraft) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<FileDraft>) => done(event.data);
    worker.onerror = () => done({ ok: false, error: `文件「${name}」读取失败：浏览器未能完成解析，请另存为 .docx 或 .txt 后重试` });
    worker.postMessage({ name, bytes }, [bytes]);
  });
}
