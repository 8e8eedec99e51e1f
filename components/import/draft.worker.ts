/**
 * The /import drafting worker: reads files and drafts off the page's thread, so a long paste or a
 * large .docx/.pdf never freezes the page. Imports only draftJob: a worker whose module graph
 * reaches the code that starts it deadlocks Turbopack's production build (unit/import-worker-graph).
 */
import { runDraftJob } from "./draftJob";
import { WORKER_READY, type DraftJobResult, type JobMessage, type ResultMessage } from "./draftProtocol";

const isJob = (data: unknown): data is JobMessage =>
  typeof data === "object" && data !== null && (data as JobMessage).type === "huibao-draft-job";

self.addEventListener("message", async (event: MessageEvent<unknown>) => {
  if (!isJob(event.data)) return; // pdf.js's own messages
  const { seq, job } = event.data;
  let result: DraftJobResult;
  try {
    result = await runDraftJob(job);
  } catch (e) {
    const what = job.kind === "file" ? `文件「${job.name}」` : "原文";
    result = {
      kind: "unreadable",
      error: `${what}起草时出错（${e instanceof Error ? e.message : String(e)}），请另存为 .docx 或 .txt 后重试`,
    };
  }
  self.postMessage({ type: "huibao-draft-result", seq, result } satisfies ResultMessage);
});
self.postMessage(WORKER_READY);
