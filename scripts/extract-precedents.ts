/**
 * `npm run extract` drafts with the precedents of the published archive: the reports under
 * data/reports/ (REPORTS_DIR), read by the loader the build uses, but for the one being replaced
 * (same id). The draft keeps those answering its own notice; the summary says what followed them.
 */
import type { Extraction } from "@/lib/extract";
import { noticeKey, precedentsOf, type Precedent } from "@/lib/extract/precedents";
import type { Report } from "@/lib/model/schema";
import { loadReportsDir } from "@/lib/server/reports";

export type Archive = { reports: Report[]; precedents: Precedent[] } | { error: string };

export function archivePrecedents(root: string, id: string): Archive {
  let reports: Report[];
  try {
    reports = [...loadReportsDir(root).values()].map((l) => l.report).filter((r) => r.id !== id);
  } catch (error) {
    return { error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  }
  return { reports, precedents: reports.flatMap(precedentsOf) };
}

/** One line of the summary: 依据同一通知的 2 份已发布汇报（柳岸镇、…）：填入 3 项、提示 2 项. */
export function precedentSummary(archive: Archive, extraction: Extraction): string {
  if ("error" in archive) return `先例：已发布汇报未能读取，未参考（${archive.error}）`;
  const { report, figureMarks } = extraction;
  if (!report.requestedBy) return "先例：原文未写明所答通知（如“根据××《…通知》要求”），未参考已发布汇报";
  const notice = noticeKey(report.requestedBy.document);
  const same = archive.reports.filter((r) => r.requestedBy && noticeKey(r.requestedBy.document) === notice);
  if (!same.length) return `先例：已发布汇报中没有答《${report.requestedBy.document}》的，未参考`;
  const followed = figureMarks.filter((f) => f.precedent);
  const hinted = followed.filter((f) => f.hint).length;
  const names = [...new Set(same.map((r) => r.organization.name))];
  // A county's archive may hold hundreds of towns on one notice: a few are named.
  const towns = names.length > 5 ? `${names.slice(0, 5).join("、")}等 ${names.length} 个单位` : names.join("、");
  return `先例：依据同一通知的 ${same.length} 份已发布汇报（${towns}）：填入 ${followed.length - hinted} 项、提示 ${hinted} 项`;
}
