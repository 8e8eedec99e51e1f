/**
 * The /import workbench's state and its transitions: the text, the draft made from it, the id to
 * save it under and the outcome of the last check. One reducer, so each change says in one place
 * what it resets; whether the draft is stale or the id valid is derived, never stored.
 */
import { useCallback, useEffect, useReducer, useRef } from "react";
import { saveBlob } from "@/lib/exports/browser/download";
import { indicatorKeyProblems } from "@/lib/model/catalogue";
import { INDICATORS } from "@/lib/extract/indicators";
import type { ExtractOutcome, Extraction } from "@/lib/extract";
import { finalReport } from "@/lib/extract/review";
import { MAX_FILE_BYTES } from "@/lib/model/limits";
import { Id, type Report } from "@/lib/model/schema";
import { ReportError, validateReport } from "@/lib/model/validate";
import type { DraftSnapshot } from "@/lib/library/snapshot";
import { useLibrarySession } from "./useLibrarySession";
import type { DraftJobResult, ReadFile } from "./draftProtocol";
import { createDraftRunner, type DraftRunner } from "./draftRunner";

/** A draft and the text it was made from: the text box may since have changed. */
export type Draft = { text: string; extraction: Extraction; original: Report; report: Report };

export type DraftState = {
  text: string;
  /** what reading a file did (its encoding, a BOM removed…) */
  notes: string[];
  error?: string;
  /** what is running in the background, as the page says it; a file's name when one is being read */
  pending?: { label: string; file?: string };
  draft?: Draft;
  id: string;
  /** the last check before download: undefined until one is made after the latest change, [] when it passed */
  problems?: string[];
  /** the file the text was read from, kept with the saved report */
  fileName?: string;
};

export type DraftAction =
  | { type: "edit"; text: string }
  /** the autosave or a saved report brought back */
  | { type: "restore"; snapshot: DraftSnapshot }
  | { type: "reset" }
  /** a file left unread (too large): the text and its draft stay */
  | { type: "refuse"; error: string }
  /** a file that could not be read: a draft kept would not match what the person chose */
  | { type: "unreadable"; error: string }
  | { type: "start"; pending: NonNullable<DraftState["pending"]> }
  | { type: "cancel" }
  /** text drafted; `file` when it was read from one, whose name and readings then go with it */
  | { type: "drafted"; text: string; outcome: ExtractOutcome; file?: ReadFile }
  | { type: "change"; change: (report: Report) => Report }
  | { type: "id"; id: string }
  | { type: "checked"; problems: string[] };

export const initialDraftState: DraftState = { text: "", notes: [], id: "new-report" };

const KIND_LABEL = { txt: "纯文本", docx: "Word 文档", pdf: "PDF" } as const;

/** What the page says about a file it read: its kind, then each normalisation reading made. */
export const fileNotes = (file: ReadFile) => [`已读入「${file.name}」（${KIND_LABEL[file.kind]}）`, ...file.normalisations];

export function draftReducer(state: DraftState, action: DraftAction): DraftState {
  switch (action.type) {
    case "edit": {
      // Typing while a file is read stops that read (useDraft cancels it): the box holds what was typed.
      const file = state.pending?.file;
      const notes = file ? [`已停止读取「${file}」：原文框已修改`] : [];
      return { ...state, text: action.text, notes, fileName: undefined, pending: file ? undefined : state.pending };
    }
    case "restore":
      return { ...initialDraftState, ...action.snapshot };
    case "reset":
      return initialDraftState;
    case "refuse":
      return { ...state, error: action.error };
    case "unreadable":
      return { ...state, pending: undefined, error: action.error, draft: undefined };
    case "start":
      return { ...state, pending: action.pending, problems: undefined };
    case "cancel":
      return { ...state, pending: undefined };
    case "drafted": {
      const { outcome, file } = action;
      const read = file ? { text: action.text, notes: fileNotes(file), fileName: file.name } : {};
      if (!outcome.ok) return { ...state, ...read, pending: undefined, error: outcome.error, draft: undefined };
      const { report } = outcome.extraction;
      return {
        ...state,
        ...read,
        pending: undefined,
        error: undefined,
        draft: { text: action.text, extraction: outcome.extraction, original: report, report },
      };
    }
    case "change":
      if (!state.draft) return state;
      return { ...state, problems: undefined, draft: { ...state.draft, report: action.change(state.draft.report) } };
    case "id":
      return { ...state, id: action.id.trim(), problems: undefined };
    case "checked":
      return { ...state, problems: action.problems };
  }
}

/** The draft no longer matches the text in the box: downloads wait for a new draft. */
export const isStale = (state: DraftState) => state.draft !== undefined && state.draft.text !== state.text;

export const idIsValid = (id: string) => Id.safeParse(id).success;

/** Why report.json cannot be saved under id, one line per problem, as the build would say; [] when it can. */
export function problemsOf(json: Report, source: string, id: string): string[] {
  try {
    const report = validateReport(JSON.parse(JSON.stringify(json)), source, "report.json", id);
    return indicatorKeyProblems(report, { indicators: INDICATORS }).map((p) => `${p.path}：${p.message}`);
  } catch (e) {
    return e instanceof ReportError ? e.problems.map((p) => `${p.path || "(根)"}：${p.message}`) : [String(e)];
  }
}

/** The reducer's action for what the worker sent back. */
const resultAction = (result: DraftJobResult): DraftAction =>
  result.kind === "unreadable" ? { type: "unreadable", error: result.error } : { type: "drafted", ...result };

export function useDraft() {
  const [state, dispatch] = useReducer(draftReducer, initialDraftState);
  const library = useLibrarySession(state, dispatch);
  const runner = useRef<DraftRunner>(null);
  // Each request's number: a file still being loaded into memory when a later request came is dropped.
  const latest = useRef(0);
  useEffect(() => {
    const r = createDraftRunner();
    runner.current = r;
    r.warm();
    return () => r.close();
  }, []);

  const generate = async (text: string) => {
    const mine = ++latest.current;
    dispatch({ type: "start", pending: { label: `正在起草（${text.length.toLocaleString("zh-CN")} 字）` } });
    const result = await runner.current?.run({ kind: "text", text });
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
    if (mine !== latest.current) return;
    const result = await runner.current?.run({ kind: "file", name: file.name, bytes });
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
