/**
 * Which reports a county reads together (lib/summary/groups.ts, lib/model/notice.ts): one notice however its
 * issuer is written, and the towns that answered it without citing it, by a topic worded alike of the same year.
 */
import { expect, test } from "vitest";
import { alikeTopics, noticeKey, topicKey } from "@/lib/model/notice";
import type { Report } from "@/lib/model/schema";
import { loadReportsDir } from "@/lib/server/reports";
import { summaryGroups } from "@/lib/summary/groups";
import { byTopicText } from "@/lib/summary/view";

const base = [...loadReportsDir("fixtures/reports").values()][0].report;
const NOTICE = "关于报送2025年度农村生活垃圾治理工作情况的通知";
function report(id: string, topic: string, issuer?: string, label = "2025年"): Report {
  return {
    ...base,
    id,
    topic,
    period: { ...base.period, year: Number(label.slice(0, 4)), label },
    requestedBy: issuer ? { issuer, document: NOTICE, quote: NOTICE } : undefined,
  };
}

test("topics worded alike are one matter; another matter with most of the same words is not", () => {
  expect(topicKey("防止返贫动态监测和帮扶工作")).toBe(topicKey("防止返贫动态监测帮扶"));
  expect(alikeTopics("村级集体经济发展工作", "村级集体经济发展")).toBe(true);
  expect(alikeTopics("农村自建房安全整治工作", "农村自建房安全隐患排查整治工作")).toBe(true);
  expect(alikeTopics("城乡居民医疗保险参保缴费工作", "城乡居民基本医疗保险参保缴费工作")).toBe(true);
  expect(alikeTopics("农村生活垃圾治理工作", "农村生活污水治理工作")).toBe(false);
  expect(alikeTopics("农村养老服务工作", "农村养老保险工作")).toBe(false);
  // A short topic is one matter only as itself.
  expect(alikeTopics("党建工作", "党建引领基层治理")).toBe(false);
  expect(noticeKey(`《${NOTICE}》`)).toBe(NOTICE);
});

test("one notice is one group however the towns write its issuer, titled as most of them write it", () => {
  const groups = summaryGroups([
    report("a", "农村生活垃圾治理工作", "县住建局"),
    report("b", "农村生活垃圾治理工作", "沅川县住房和城乡建设局"),
    report("c", "农村生活垃圾治理", "沅川县住房和城乡建设局"),
  ]);
  const notices = groups.filter((g) => g.kind === "notice");
  expect(notices).toHaveLength(1);
  expect(notices[0]).toMatchObject({ label: `沅川县住房和城乡建设局《${NOTICE}》`, reportIds: ["a", "b", "c"] });
  expect(notices[0].byTopic).toBeUndefined();
  // 农村生活垃圾治理工作 and 农村生活垃圾治理 are one topic too.
  expect(groups.filter((g) => g.kind === "topic").map((g) => g.reportIds)).toEqual([["a", "b", "c"]]);
});

test("a town citing no notice joins the notice of its topic and period (not last year's, not a half year's), and is named as joined by topic", () => {
  const groups = summaryGroups([
    report("a", "农村生活垃圾治理工作", "县住建局"),
    report("b", "农村生活垃圾治理工作", "县住建局"),
    report("uncited", "农村生活垃圾收运治理工作"),
    report("last-year", "农村生活垃圾治理工作", undefined, "2024年"),
    report("half-year", "农村生活垃圾治理工作", undefined, "2025年上半年"),
    report("sewage", "农村生活污水治理工作"),
  ]);
  const notice = groups.find((g) => g.kind === "notice")!;
  expect(notice.reportIds).toEqual(["a", "b", "uncited"]);
  expect(notice.byTopic).toEqual(["uncited"]);
  // The summary page says so, by the town's name.
  const town = { id: "uncited", organization: "樟树镇", label: "樟树镇", period: "2025年", commitments: [] };
  expect(byTopicText(notice.byTopic!, [town])).toBe("樟树镇的汇报原文没有写明所答的通知，按同一汇报期、主题相近归入本通知的汇总。");
});
