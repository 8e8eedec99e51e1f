"use client";
/**
 * /import and the browser library: every change of the workbench is autosaved (debounced) and
 * brought back after a reload or a crash, saying what was restored; 保存到本机 keeps the draft as a
 * local report whatever its state; a saved report (?open=<id>) reopens to go on checking.
 * Only the persistence lives here: the reducer in useDraft stays the one place state changes.
 */
import { useEffect, useState, type Dispatch } from "react";
import type { ExtractOutcome } from "@/lib/extract";
import { finalReport } from "@/lib/extract/review";
import { askPersistence, clearSnapshot, getRecord, loadSnapshot, saveRecord, saveSnapshot } from "@/lib/library/db";
import { recordOf, type LibraryRecord } from "@/lib/library/record";
import { reviewLabel, reviewStatus } from "@/lib/report/derive";
import { isEmptySnapshot, restoredMessage, type DraftSnapshot } from "@/lib/library/snapshot";
import type { DraftAction, DraftState } from "./draftState";

export type LibraryNotice = { kind: "restored" | "saved" | "error"; text: string; savedId?: string };

// Short enough that a reload a moment after a correction still finds it.
const AUTOSAVE_MS = 250;

/**
 * A saved report back in the workbench: the marks are drafted again from its text (by `extract`,
 * the workbench's worker), the corrections are its own. undefined when a later request superseded it.
 */
async function reopened(record: LibraryRecord, extract: Extract): Promise<DraftSnapshot | { error: string } | undefined> {
  const session = record.session ?? { text: record.source, corrections: record.report };
  const outcome = await extract(session.text, record.id);
  if (!outcome) return undefined;
  if (!outcome.ok) return { error: `本机汇报「${record.id}」的原文已无法起草：${outcome.error}` };
  const { extraction } = outcome;
  return {
    text: session.text,
    notes: [],
    id: record.id,
    fileName: session.fileName,
    draft: { text: session.text, extraction, original: extraction.report, report: session.corrections },
  };
}

/**
 * Drafts a text off the page with the library's precedents but those of report `id` (its own);
 * undefined when a later request took its place.
 */
export type Extract = (text: string, id: string) => Promise<ExtractOutcome | undefined>;

export function useLibrarySession(state: DraftState, dispatch: Dispatch<DraftAction>, extract: Extract) {
  const [notice, setNotice] = useState<LibraryNotice>();
  // The last snapshot written and when: the page says "saved" only while it is the workbench as it is now.
  const [saved, setSaved] = useState<{ at: Date; snapshot: DraftSnapshot }>();
  // Nothing is autosaved before the last session is back: the empty first state would overwrite it.
  const [ready, setReady] = useState(false);
  const fail = (e: unknown) => setNotice({ kind: "error", text: e instanceof Error ? e.message : String(e) });

  useEffect(() => {
    void askPersistence();
    const open = new URL(window.location.href).searchParams.get("open");
    const restore = async () => {
      const row = await loadSnapshot();
      const pending = row && !isEmptySnapshot(row.snapshot) ? row : undefined;
      if (open) {
        const record = await getRecord(open);
        if (!record)
          return setNotice({ kind: "error", text: `本机没有编号为「${open}」的汇报：可能已被删除，或是在另一个浏览器中保存的。` });
        dispatch({ type: "start", pending: { label: `正在打开本机汇报「${record.report.title}」` } });
        const snapshot = await reopened(record, extract);
        if (!snapshot) return; // the person started something else meanwhile
        if ("error" in snapshot) {
          dispatch({ type: "cancel" });
          return setNotice({ kind: "error", text: snapshot.error });
        }
        if (pending && !window.confirm("打开这份本机汇报，会替换当前未保存的核对。继续？")) {
          dispatch({ type: "restore", snapshot: pending.snapshot });
          return setNotice({ kind: "restored", text: restoredMessage(pending.snapshot, pending.savedAt) });
        }
        dispatch({ type: "restore", snapshot });
        return setNotice({
          kind: "restored",
          text: `已打开本机汇报「${record.report.title}」（${reviewLabel[reviewStatus(record.report)]}），可继续核对。`,
        });
      }
      if (pending) {
        dispatch({ type: "restore", snapshot: pending.snapshot });
        setNotice({ kind: "restored", text: restoredMessage(pending.snapshot, pending.savedAt) });
      }
    };
    restore()
      .catch(fail)
      .finally(() => setReady(true));
  }, [dispatch, extract]);

  const { text, notes, id, fileName, draft } = state;
  useEffect(() => {
    if (!ready) return;
    const save = () => {
      window.removeEventListener("pagehide", save);
      window.clearTimeout(timer);
      const snapshot: DraftSnapshot = { text, notes, id, fileName, draft };
      (isEmptySnapshot(snapshot) ? clearSnapshot() : saveSnapshot(snapshot)).then(() => setSaved({ at: new Date(), snapshot }), fail);
    };
    const timer = window.setTimeout(save, AUTOSAVE_MS);
    // A reload or a closed tab within the delay still writes the last change.
    window.addEventListener("pagehide", save);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener("pagehide", save);
    };
  }, [ready, text, notes, id, fileName, draft]);

  /** Keeps the draft in this browser's library whatever its state; what is unchecked stays 待核对. */
  const saveLocal = async () => {
    if (!draft) return;
    const { $schema, ...report } = finalReport(draft.report, id);
    void $schema; // the archive's file points at its schema; the library's copy needs no path
    try {
      const record = await saveRecord(recordOf(report, draft.text, new Date(), { text: draft.text, fileName, corrections: draft.report }));
      setNotice({
        kind: "saved",
        savedId: record.id,
        text: `已保存到本机：「${report.title}」（${reviewLabel[reviewStatus(record.report)]}）。`,
      });
    } catch (e) {
      fail(e);
    }
  };

  /** Empties the workbench after asking; saved local reports stay. */
  const startOver = () => {
    if (!window.confirm("开始新的导入？当前的原文与核对将被清空（已保存到本机的汇报不受影响）。")) return;
    dispatch({ type: "reset" });
    setNotice(undefined);
    clearSnapshot().catch(fail);
    const url = new URL(window.location.href);
    url.searchParams.delete("open");
    window.history.replaceState(window.history.state, "", url);
  };

  const last = saved?.snapshot;
  const upToDate =
    last !== undefined &&
    last.text === text &&
    last.notes === notes &&
    last.id === id &&
    last.fileName === fileName &&
    last.draft === draft;
  return { notice, autosavedAt: saved?.at, upToDate, saveLocal, startOver };
}
