import { expect, test } from "vitest";
import { sharedRun } from "@/lib/extract/precedents";
import { noticeKey } from "@/lib/model/notice";

test("the run two towns' phrases share is the longest one of Chinese characters", () => {
  expect(sharedRun("全镇建成秸秆收储点|", "新建秸秆收储中心|")).toBe("秸秆收储");
  expect(sharedRun("出动巡查人员|", "开展禁烧巡查|")).toBe("巡查");
  // Digits, Latin letters and punctuation name nothing: 2025 or “ ” shared is no run.
  expect(sharedRun("2025年“清零”行动|", "2025年“清零”行动|")).toBe("清零");
  expect(sharedRun("abc|", "abc|")).toBe("");
});

test("a notice is the same notice however its name is spaced or bracketed", () => {
  expect(noticeKey("《关于报送 2025年度秸秆工作情况的通知》")).toBe(noticeKey("关于报送2025年度秸秆工作情况的通知"));
});
