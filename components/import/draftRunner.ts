/**
 * Runs /import's drafting jobs in a Web Worker (draft.worker.ts). A new job supersedes the one in
 * flight: that worker is stopped (a running extraction cannot be interrupted otherwise), a fresh one
 * takes the job, and the superseded promise resolves to undefined. If the browser cannot start the
 * worker at all, pasted text is drafted on the page as before and a file gets a message.
 */
import { extractReport } from "@/lib/extract";
import { WORKER_READY, type DraftJob, type DraftJobResult, type JobMessage, type ResultMessage } from "./draftProtocol";

export type DraftRunner = {
  /** undefined when a later job or cancel() superseded this one */
  run: (job: DraftJob) => Promise<DraftJobResult | undefined>;
  cancel: () => void;
  /** starts the worker ahead of the first job, so it has loaded by the time one comes */
  warm: () => void;
  close: () => void;
};

const NO_WORKER =
  "浏览器未能启动后台读取（Web Worker），无法在本页读取 Word 或 PDF 文件：请用新版 Chrome、Edge、Firefox 或 360 浏览器打开本页，或把文件中的文字复制粘贴到上面的文本框";

/** Without a worker: text on the page (after the busy state has painted), files refused with a message. */
function onPage(job: DraftJob): Promise<DraftJobResult> {
  if (job.kind === "file") return Promise.resolve({ kind: "unreadable", error: `文件「${job.name}」：${NO_WORKER}` });
  return new Promise((resolve) =>
    setTimeout(
      () =>
        resolve({ kind: "drafted", text: job.text, outcome: extractReport(job.text, { precedents: job.precedents, source: job.source }) }),
      0,
    ),
  );
}

export function createDraftRunner(): DraftRunner {
  let worker: Worker | undefined;
  let started = false; // the worker said it is ready: an error after that is a crash, not a failed start
  let unavailable = false;
  let seq = 0;
  let pending: { seq: number; job: DraftJob; resolve: (r: DraftJobResult | undefined) => void } | undefined;

  const settle = (s: number, result: DraftJobResult | undefined) => {
    if (pending?.seq !== s) return;
    const { resolve } = pending;
    pending = undefined;
    resolve(result);
  };
  const stop = () => {
    worker?.terminate();
    worker = undefined;
    started = false;
  };

  const spawn = (): Worker | undefined => {
    if (worker || unavailable) return worker;
    try {
      worker = new Worker(new URL("./draft.worker.ts", import.meta.url), { type: "module" });
    } catch {
      unavailable = true;
      return undefined;
    }
    worker.addEventListener("message", (event: MessageEvent<unknown>) => {
      if (event.data === WORKER_READY) started = true;
      const m = event.data as ResultMessage | null;
      if (m && typeof m === "object" && m.type === "huibao-draft-result") settle(m.seq, m.result);
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      const failedToStart = !started;
      stop();
      if (!pending) return;
      const { seq: s, job } = pending;
      if (failedToStart) {
        unavailable = true;
        void onPage(job).then((r) => settle(s, r));
      } else {
        const what = job.kind === "file" ? `文件「${job.name}」` : "原文";
        settle(s, { kind: "unreadable", error: `${what}起草中断（浏览器的后台任务出错），请重试；仍不行请另存为 .docx 或 .txt 后再导入` });
      }
    });
    return worker;
  };

  const cancel = () => {
    if (!pending) return;
    settle(pending.seq, undefined);
    stop(); // the old job may still be running: a fresh worker starts with the next one
  };

  const run = (job: DraftJob) => {
    cancel();
    const s = ++seq;
    return new Promise<DraftJobResult | undefined>((resolve) => {
      pending = { seq: s, job, resolve };
      const w = spawn();
      if (!w) return void onPage(job).then((r) => settle(s, r));
      w.postMessage({ type: "huibao-draft-job", seq: s, job } satisfies JobMessage, job.kind === "file" ? [job.bytes] : []);
    });
  };

  return {
    run,
    cancel,
    warm: () => void spawn(),
    close: () => {
      cancel();
      stop();
    },
  };
}
