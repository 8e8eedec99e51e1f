/**
 * `npm run extract` drafts with the precedents of the published archive: the reports under
 * data/reports/ (REPORTS_DIR), read by the loader the build uses, but for the one being replaced
 * (same id). The draft keeps those of its own notice (or topic); the summary says what followed them.
 */
import type { Extraction } from "@/lib/extract";
import { precedentsFor, precedentsOf, type Precedent } from "@/lib/extract/precedents";
import { answersSame, questionOf } from "@/lib/model/notice";
import type { Report } from "@/lib/model/schema";
import { loadReportsDir } from "@/lib/server/reports";

/** Each published report with the precedents it gives (precedentsOf), and all of them together. */
export type Archive = { reports: { report: Report; precedents: Precedent[] }[]; precedents: Precedent[] } | { error: string };

export function archivePrecedents(root: string, id: string): Archive {
  let loaded: Report[];
  try {
    loaded = [...loadReportsDir(root).values()].map((l) => l.report).filter((r) => r.id !== id);
  } catch (error) {
    return { error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  }
  const reports = loaded.map((report) => ({ report, precedents: precedentsOf(report) }));
  return { reports, precedents: reports.flatMap((r) => r.precedents) };
}

/**
 * One line of the summary: 依据同一通知的 2 份已发布汇报（柳岸镇、…）：填入 3 项、提示 2 项. The reports
 * counted are those lib/extract/precedents.ts lets speak to the draft: its notice's, or where either
 * names none, its topic's.
 */
export function precedentSummary(archive: Archive, extraction: Extraction): string {
  if ("error" in archive) return `先例：已发布汇报未能读取，未参考（${archive.error}）`;
  const { report, figureMarks } = extraction;
  const speaking = archive.reports.filter((r) => precedentsFor(report, r.precedents).length > 0).map((r) => r.report);
  const { notice } = questionOf(report);
  const byNotice = speaking.filter((r) => notice && questionOf(r).notice === notice).length;
  // A topic worded alike (秸秆禁烧 / 秸秆禁烧工作) is named as such, not as the same.
  const worded = speaking.some((r) => !(notice && questionOf(r).notice === notice) && r.topic !== report.topic);
  const topic = `${worded ? "主题相近" : "同一主题"}「${report.topic}」`;
  // Reports on the same notice that no one has checked yet (drafts published as drafted) say nothing.
  const unchecked = archive.reports.filter(
    ({ report: r }) => !speaking.includes(r) && answersSame(questionOf(report), questionOf(r)),
  ).length;
  if (!speaking.length && unchecked) return `先例：答同一通知或主题相近的 ${unchecked} 份已发布汇报都还没有人核对过，未参考`;
  if (!speaking.length)
    return report.requestedBy
      ? `先例：已发布汇报中没有答《${report.requestedBy.document}》的，未参考`
      : `先例：原文未写明所答通知，已发布汇报中也没有${topic}的，未参考`;
  const which =
    byNotice === speaking.length
      ? "同一通知的"
      : byNotice === 0
        ? `${topic}的`
        : `同一通知（${byNotice} 份）或${topic}（${speaking.length - byNotice} 份）的`;
  const followed = figureMarks.filter((f) => f.precedent);
  const hinted = followed.filter((f) => f.hint).length;
  const left = followed.filter((f) => f.leaveOut === "others").length;
  const names = [...new Set(speaking.map((r) => r.organization.name))];
  // A county's archive may hold hundreds of towns on one notice: a few are named.
  const towns = names.length > 5 ? `${names.slice(0, 5).join("、")}等 ${names.length} 个单位` : names.join("、");
  return `先例：依据${which} ${speaking.length} 份已发布汇报（${towns}）：填入 ${followed.length - hinted - left} 项、提示 ${hinted} 项${left ? `、建议不计入 ${left} 项` : ""}`;
}
