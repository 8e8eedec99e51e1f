/**
 * Rules the round-seventeen fixtures showed, each general, with what must stay as it is: 一 in a list of counts
 * (初级中学一所、中心小学一所、村小三所) and after 每…, what it is per and a verb (每个村明确一名管护员) counts one;
 * 2025届 names a class by its year.
 */
import { describe, expect, it } from "vitest";
import { figures } from "./extract-scan-helpers";

const found = (body: string) => figures(body).map((f) => [f.text, f.value, f.unit, f.qualifier]);
const ones = (body: string) => found(body).filter(([text]) => String(text).startsWith("一"));

describe("一 in a list of counts is a count, however many items of one come first", () => {
  it("初级中学一所、中心小学一所、村小三所", () => {
    expect(ones("全乡有初级中学一所、中心小学一所、村小三所。")).toEqual([
      ["一所", 1, "所", "exact"],
      ["一所", 1, "所", "exact"],
    ]);
  });
  it("厌学在家四名、因病休学一名、其他原因一名", () => {
    expect(ones("其中外出三名、厌学在家四名、因病休学一名、其他原因一名。")).toHaveLength(2);
  });
  it.each(["发现一户、整治一户。", "发放明白纸2.6万份、致全镇群众的一封信1.5万封。"])("stays as it is: %s", (body) => {
    expect(ones(body)).toEqual([]);
  });
});

describe("一 after 每…, what it is per and a verb counts one each; a period's is a cadence", () => {
  it.each([
    ["每个村明确一名耕地管护员。", ["一名", 1, "名", "exact"]],
    ["乡里为每名留守儿童确定一名“爱心妈妈”。", ["一名", 1, "名", "exact"]],
    ["组成排查小组23个，每组负责一个村。", ["一个", 1, "个", "exact"]],
  ])("%s", (body, figure) => {
    expect(found(body)).toContainEqual(figure);
  });
  it.each(["每所学校每月开展一次心理健康讲座。", "每个村每年至少举办一场政策宣讲。", "对每个助餐点给予一次性运营补贴。"])(
    "stays as it is: %s",
    (body) => {
      expect(ones(body)).toEqual([]);
    },
  );
});

it("2025届 and 2024级 name a class by its year; the count beside it stays", () => {
  expect(found("对2025届612名初中毕业生逐一跟踪。")).toEqual([["612名", 612, "名", "exact"]]);
  expect(found("2024级新生386人全部入学。")).toEqual([["386人", 386, "人", "exact"]]);
});
