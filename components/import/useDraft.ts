/** The /import workbench as a hook: the reducer of draftState run, drafting sent to the worker, the session kept. */
import { useCallback, useEffect, useReducer, useRef } from "react";
import { saveBlob } from "@/lib/exports/browser/download";
import { finalReport } from "@/lib/extract/review";
import { MAX_FILE_BYTES } from "@/lib/model/limits";
import type { Report } from "@/lib/model/schema";
import { useLibrarySession } from "./useLibrarySession";
import type { DraftJobResult } from "./draftProtocol";
import { draftReducer, idIsValid, initialDraftState, isStale, problemsOf, type DraftAction } from "./draftState";
import { createDraftRunner, type DraftRunner } from "./draftRunner";
import { libraryPrecedents } from "./libraryPrecedents";
import { publishedPrecedents } from "./publishedPrecedents";
import type { DraftJob } from "./draftProtocol";

/**
 * Drafts a job with the library's precedents, then, where the published archive holds checked reports
 * on the draft's notice or topic, once more with those too (the notice is known only once the text is read).
 * `wanted` says whether the person still waits for this draft: a later request must not be superseded by its second pass.
 */
async function draftWithPrecedents(runner: DraftRunner, job: DraftJob, wanted: () => boolean) {
  const first = await runner.run(job);
  if (first?.kind !== "drafted" || !first.outcome.ok) return first;
  const { report } = first.outcome.extraction;
  const published = await publishedPrecedents(report);
  if (!published.length || !wanted()) return first;
  const again = await runner.run({ kind: "text", text: first.text, source: report.source, precedents: [...job.precedents, ...published] });
  return again?.kind === "drafted" ? { ...again, file: first.file } : again;
}

/** The reducer's action for what the worker sent back. */
const resultAction = (result: DraftJobResult): DraftAction =>
  result.kind === "unreadable" ? { type: "unreadable", error: result.error } : { type: "drafted", ...result };

export function useDraft() {
  const [state, dispatch] = useReducer(draftReducer, initialDraftState);
  const runner = useRef<DraftRunner>(null);
  // Made on first use: the library session may need it (reopening a saved report) before this hook's effect runs.
  const runnerOf = useCallback(() => (runner.current ??= createDraftRunner()), []);
  const extract = useCallback(
    async (text: string, id: string) => {
      const result = await draftWithPrecedents(runnerOf(), { kind: "text", text, precedents: await libraryPrecedents(id) }, () => true);
      return result?.kind === "drafted" ? result.outcome : result && { ok: false as const, error: result.error };
    },
    [runnerOf],
  );
  const library = useLibrarySession(state, dispatch, extract);
  // Each request's number: a file still being loaded into memory when a later request came is dropped.
  const latest = useRef(0);
  useEffect(() => {
    const r = runnerOf();
    r.warm();
    return () => {
      r.close();
      runner.current = null;
    };
  }, [runnerOf]);

  const generate = async (text: string) => {
    const mine = ++latest.current;
    dispatch({ type: "start", pending: { label: `正在起草（${text.length.toLocaleString("zh-CN")} 字）` } });
    const precedents = await libraryPrecedents(state.id);
    if (mine !== latest.current) return;
    const result = await draftWithPrecedents(runnerOf(), { kind: "text", text, precedents }, () => mine === latest.current);
    if (result && mine === latest.current) dispatch(resultAction(result));
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      const size = (file.size / 1024 / 1024).toFixed(1);
      dispatch({
        type: "refuse",
        error: `文件「${file.name}」太大（${size} MB，上限 ${MAX_FILE_BYTES / 1024 / 1024} MB）：汇报正文一般不超过几 MB，请确认选对了文件`,
      });
      return;
    }
    const mine = ++latest.current;
    dispatch({ type: "start", pending: { label: `正在读取「${file.name}」并起草`, file: file.name } });
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch {
      if (mine === latest.current)
        dispatch({ type: "unreadable", error: `文件「${file.name}」无法打开：它可能已被移动或删除，请重新选择` });
      return;
    }
    const precedents = await libraryPrecedents(state.id);
    if (mine !== latest.current) return;
    const result = await draftWithPrecedents(
      runnerOf(),
      { kind: "file", name: file.name, bytes, precedents },
      () => mine === latest.current,
    );
    if (result && mine === latest.current) dispatch(resultAction(result));
  };

  const cancel = () => {
    latest.current++;
    runner.current?.cancel();
    dispatch({ type: "cancel" });
  };

  const edit = (text: string) => {
    if (state.pending?.file) {
      latest.current++;
      runner.current?.cancel();
    }
    dispatch({ type: "edit", text });
  };

  // Stable, so the figure cards (memoised) re-render only when their own figure changes.
  const update = useCallback((change: (report: Report) => Report) => dispatch({ type: "change", change }), []);

  /** Checks the report and saves it only when it passes, as the build would accept it. */
  const downloadReport = () => {
    if (!state.draft) return;
    const json = finalReport(state.draft.report, state.id);
    const problems = problemsOf(json, state.draft.text, state.id);
    dispatch({ type: "checked", problems });
    if (problems.length) return;
    saveBlob(new Blob([`${JSON.stringify(json, null, 2)}\n`], { type: "application/json" }), "report.json");
  };

  const downloadSource = () => {
    if (state.draft) saveBlob(new Blob([state.draft.text], { type: "text/plain;charset=utf-8" }), "source.txt");
  };

  return {
    ...state,
    library,
    stale: isStale(state),
    idValid: idIsValid(state.id),
    busy: state.pending !== undefined,
    edit,
    generate: () => void generate(state.text),
    readFile,
    cancel,
    update,
    setId: (id: string) => dispatch({ type: "id", id }),
    downloadReport,
    downloadSource,
  };
}

export type DraftSession = ReturnType<typeof useDraft>;
