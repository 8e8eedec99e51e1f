/**
 * Which reports answer one question of the county: the same notice, however a town writes its issuer
 * (县住建局 / 沅川县住房和城乡建设局) or its brackets, or, where a report names no notice, a topic worded
 * alike (防止返贫动态监测帮扶工作 / 防止返贫动态监测和帮扶工作). The summary groups reports by it and a draft
 * follows the precedents it picks, so a town that forgot to cite the notice is read with the others.
 */
import type { Report } from "./schema";

/** A notice's name as two reports may write it (spaces, 《》): the document, not its issuer, names it. */
export const noticeKey = (document: string) => document.replace(/[\s《》<>〈〉]/g, "");

/** A topic as two towns may word it: without 工作 or 情况 at its end, the joining 和、及、与 and quotation marks. */
export const topicKey = (topic: string) =>
  topic
    .replace(/[\s“”"《》]/g, "")
    .replace(/(?:工作)?(?:情况)?$/, "")
    .replace(/[和及与暨、]/g, "");

const pairsOf = (text: string) => {
  const chars = [...text];
  return new Set(chars.slice(1).map((c, i) => chars[i] + c));
};
/** A key this short (党建, 信访) is one matter only when it is the same key. */
const FEWEST_PAIRS = 3;
/** …and a longer one shares this much of the shorter key's character pairs with a topic worded alike. */
const ALIKE = 0.8;

/**
 * Whether two topics name one matter: the same key, or, both long enough, the shorter key's character
 * pairs nearly all in the longer (农村自建房安全整治 / 农村自建房安全隐患排查整治, 7 of 8) — not
 * 农村生活垃圾治理 / 农村生活污水治理 (4 of 7) or 农村养老服务 / 农村养老保险 (3 of 5).
 */
export function alikeTopics(a: string, b: string): boolean {
  const [x, y] = [topicKey(a), topicKey(b)];
  if (x === y) return true;
  const [p, q] = [pairsOf(x), pairsOf(y)];
  const fewer = Math.min(p.size, q.size);
  if (fewer < FEWEST_PAIRS) return false;
  let shared = 0;
  for (const pair of p) if (q.has(pair)) shared++;
  return shared / fewer >= ALIKE;
}

/** What a report answers, as answersSame compares it: its notice's key, if it names one, and its topic. */
export type Question = { notice?: string; topic: string };
export const questionOf = (report: Pick<Report, "requestedBy" | "topic">): Question => ({
  ...(report.requestedBy ? { notice: noticeKey(report.requestedBy.document) } : {}),
  topic: report.topic,
});

/** Whether two reports answer one question: the same notice, or, where either names none, topics worded alike. */
export const answersSame = (a: Question, b: Question): boolean =>
  a.notice && b.notice ? a.notice === b.notice : alikeTopics(a.topic, b.topic);
