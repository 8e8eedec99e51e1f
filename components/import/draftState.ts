/**
 * The /import workbench's state and its transitions: the text, the draft made from it, the id to
 * save it under and the outcome of the last check. One reducer, so each change says in one place
 * what it resets; whether the draft is stale or the id valid is derived, never stored. Pure: the
 * hooks that run it (useDraft) and keep it (useLibrarySession) both read it from here.
 */
import type { ExtractOutcome, Extraction } from "@/lib/extract";
import { INDICATORS } from "@/lib/extract/indicators";
import type { DraftSnapshot } from "@/lib/library/snapshot";
import { indicatorKeyProblems } from "@/lib/model/catalogue";
import { Id, type Report } from "@/lib/model/schema";
import { ReportError, validateReport } from "@/lib/model/validate";
import type { ReadFile } from "./draftProtocol";

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
