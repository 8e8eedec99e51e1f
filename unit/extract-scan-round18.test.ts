/**
 * Rules the round-eighteen fixtures showed, each general, with what must stay as it is: 续约 is a word, not 约;
 * a time allowed (响应时间不超过2小时) is a duration; 一 after 各 and a verb counts one each; a clause-final 一栋 after
 * a verb of making and its object counts one made, as 一个 does.
 */
import { describe, expect, it } from "vitest";
import { figures } from "./extract-scan-helpers";

const found = (body: string) => figures(body).map((f) => [f.text, f.value, f.unit, f.qualifier]);

it("续约18,702人: the 约 is 续约's, not an approximation; 约3,000人 still is one", () => {
  expect(found("对上年签约居民逐户开展续约，续约18,702人。")).toEqual([["18,702人", 18702, "人", "exact"]]);
  expect(found("全镇签约居民约3,000人。")).toEqual([["约3,000人", 3000, "人", "approx"]]);
});

describe("hours allowed or per occasion are a duration, not hours spent", () => {
  it.each(["平均响应时间不超过2小时。", "送教教师每月上门不少于2次，每次不少于2小时。"])("%s", (body) => {
    expect(found(body).filter(([, , unit]) => unit === "小时")).toEqual([]);
  });
  it("stays as it is: 志愿者累计服务1,200小时", () => {
    expect(found("志愿者累计服务1,200小时。")).toEqual([["1,200小时", 1200, "小时", "exact"]]);
  });
});

describe("一 after 各 and a verb counts one each; after a verb of making and its object, one made", () => {
  it.each([
    ["七个村各明确一名村干部具体负责。", ["一名", 1, "名", "exact"]],
    ["各村都明确了一名燃气安全联络员。", ["一名", 1, "名", "exact"]],
    ["三是改善寄宿条件，新建学生宿舍一栋，新增床位八十个。", ["一栋", 1, "栋", "exact"]],
  ])("%s", (body, figure) => {
    expect(found(body)).toContainEqual(figure);
  });
  it("stays as it is: 组建由医务人员组成的健康宣讲队一支", () => {
    expect(found("组建由医务人员组成的健康宣讲队一支，深入社区。")).toEqual([]);
  });
});

it("9,863,000元 is one figure however many groups its separators mark; 1,200 and 2024,2025 stay as they were", () => {
  expect(found("涉及农民工612人、金额9,863,000元。")).toEqual([
    ["612人", 612, "人", "exact"],
    ["9,863,000元", 9863000, "元", "exact"],
  ]);
  expect(found("全镇悬挂条幅1,200条。")).toEqual([["1,200条", 1200, "条", "exact"]]);
});
