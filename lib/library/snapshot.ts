/**
 * The /import workbench as the autosave keeps it: the text, what reading a file said, the id and
 * the draft with every correction. Pure, so the message shown after a restore is unit-tested.
 */
import type { Extraction } from "@/lib/extract";
import type { Report } from "@/lib/model/schema";

export type DraftSnapshot = {
  text: string;
  notes: string[];
  id: string;
  fileName?: string;
  draft?: { text: string; extraction: Extraction; original: Report; report: Report };
};

/** Nothing worth keeping: an empty box and no draft. */
export const isEmptySnapshot = (s: DraftSnapshot) => s.text.trim() === "" && !s.draft;

const time = (iso: string) =>
  new Date(iso).toLocaleString("zh-CN", { month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", hour12: false });

/** "已恢复上次未完成的核对：「…」，12 个条目中已确认 3 个（保存于 12月1日 11:20）。" */
export function restoredMessage(snapshot: DraftSnapshot, savedAt: string): string {
  const when = `（保存于 ${time(savedAt)}）`;
  if (!snapshot.draft) return `已恢复上次输入的原文（${snapshot.text.length} 字）${when}。`;
  const { measures } = snapshot.draft.report;
  const confirmed = measures.filter((m) => !m.draft).length;
  return `已恢复上次未完成的核对：「${snapshot.draft.report.title}」，${measures.length} 条举措中已确认 ${confirmed} 条${when}。`;
}
