/**
 * The /import workbench's state and its transitions: the text, the draft made from it, the id to
 * save it under and the outcome of the last check. One reducer, so each change says in one place
 * what it resets; whether the draft is stale or the id valid is derived, never stored.
 */
import { useReducer } from "react";
import { saveBlob } from "@/lib/exports/browser/download";
import { indicatorKeyProblems } from "@/lib/model/catalogue";
import { INDICATORS } from "@/lib/extract/indicators";
import { decodeText, extractReport, type ExtractOutcome, type Extraction } from "@/lib/extract";
import { finalReport } from "@/lib/extract/review";
import { MAX_FILE_BYTES } from "@/lib/model/limits";
import { Id, type Report } from "@/lib/model/schema";
import { ReportError, validateReport } from "@/lib/model/validate";
import type { DraftSnapshot } from "@/lib/library/snapshot";
import { useLibrarySession } from "./useLibrarySession";

/** A draft and the text it was made from: the text box may since have changed. */
export type Draft = { text: string; extraction: Extraction; original: Report; report: Report };

export type DraftState = {
  text: string;
  /** what reading a file did (its encoding, a BOM removed…) */
  notes: string[];
  error?: string;
  busy: boolean;
  draft?: Draft;
  id: string;
  /** the last check before download: undefined until one is made after the latest change, [] when it passed */
  problems?: string[];
  /** the file the text was read from, kept with the saved report */
  fileName?: string;
};

export type DraftAction =
  | { type: "edit"; text: string }
  | { type: "read"; text: string; notes: string[]; fileName: string }
  /** the autosave or a saved report brought back */
  | { type: "restore"; snapshot: DraftSnapshot }
  | { type: "reset" }
  /** a file left unread (too large): the text and its draft stay */
  | { type: "refuse"; error: string }
  /** a file read but not text: its draft would not match what the person chose */
  | { type: "unreadable"; error: string }
  | { type: "start" }
  | { type: "drafted"; text: string; outcome: ExtractOutcome }
  | { type: "change"; change: (report: Report) => Report }
  | { type: "id"; id: string }
  | { type: "checked"; problems: string[] };

export const initialDraftState: DraftState = { text: "", notes: [], busy: false, id: "new-report" };

export function draftReducer(state: DraftState, action: DraftAction): DraftState {
  switch (action.type) {
    case "edit":
      return { ...state, text: action.text, notes: [], fileName: undefined };
    case "read":
      return { ...state, text: action.text, notes: action.notes, fileName: action.fileName };
    case "restore":
      return { ...initialDraftState, ...action.snapshot };
    case "reset":
      return initialDraftState;
    case "refuse":
      return { ...state, error: action.error };
    case "unreadable":
      return { ...state, error: action.error, draft: undefined };
    case "start":
      return { ...state, busy: true, problems: undefined };
    case "drafted": {
      const { outcome } = action;
      if (!outcome.ok) return { ...state, busy: false, error: outcome.error, draft: undefined };
      const { report } = outcome.extraction;
      return {
        ...state,
        busy: false,
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

export function useDraft() {
  const [state, dispatch] = useReducer(draftReducer, initialDraftState);
  const library = useLibrarySession(state, dispatch);

  const generate = (text: string) => {
    dispatch({ type: "start" });
    // Let the "正在起草" state paint before a long text blocks the page for a moment.
    setTimeout(() => dispatch({ type: "drafted", text, outcome: extractReport(text) }), 0);
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      const size = (file.size / 1024 / 1024).toFixed(1);
      dispatch({ type: "refuse", error: `文件「${file.name}」太大（${size} MB）：汇报正文一般不超过几百 KB，请确认选对了文件` });
      return;
    }
    const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) {
      dispatch({ type: "unreadable", error: `文件「${file.name}」：${decoded.error}` });
      return;
    }
    dispatch({
      type: "read",
      text: decoded.text,
      fileName: file.name,
      notes: [`已读入「${file.name}」（${decoded.encoding}）`, ...decoded.notes],
    });
    generate(decoded.text);
  };

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
    edit: (text: string) => dispatch({ type: "edit", text }),
    generate: () => generate(state.text),
    readFile,
    update: (change: (report: Report) => Report) => dispatch({ type: "change", change }),
    setId: (id: string) => dispatch({ type: "id", id }),
    downloadReport,
    downloadSource,
  };
}

export type DraftSession = ReturnType<typeof useDraft>;
