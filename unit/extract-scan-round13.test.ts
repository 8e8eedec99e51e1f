/**
 * Rules the round-thirteen fixtures showed, each general, with what must stay as it is: 工日 (days
 * worked) is a unit of count, 工作日 a span; 七成多 is more than seven tenths; a classifier closing a
 * clause after 仍有/还有 lacks its number (合同仍有份。), while 人人有份 is a saying.
 */
import { describe, expect, it } from "vitest";
import { blanks, figures } from "./extract-scan-helpers";

const found = (body: string) => figures(body).map((f) => [f.text, f.value, f.unit, f.qualifier]);

describe("units and qualifiers", () => {
  it("带动务工4.6万工日", () => {
    expect(found("全年带动群众务工4.6万工日。")).toContainEqual(["4.6万工日", 4.6, "万工日", "exact"]);
  });
  it("7个工作日内办结 stays a span", () => {
    expect(found("承诺7个工作日内办结。")).toEqual([]);
  });
  it("林地占国土面积的七成多", () => {
    expect(found("全乡林地占国土面积的七成多。")).toContainEqual(["七成多", 7, "成", "at_least"]);
  });
});

describe("a classifier closing a clause after 仍有", () => {
  it("合同仍有份。", () => {
    expect(blanks("巡察中发现未经民主程序的合同仍有份。")).toEqual(["份"]);
  });
  it.each(["集体收益人人有份。", "发放宣传册2000份。"])("stays as it is: %s", (body) => {
    expect(blanks(body)).toEqual([]);
  });
});

describe("片 counts areas", () => {
  it("划定重点防火区域12片", () => {
    expect(found("全乡划定重点防火区域12片。")).toContainEqual(["12片", 12, "片", "exact"]);
  });
  it.each(["打造3个片区。", "形成一片丹心。", "赢得一片好评。", "分成6片段。"])("stays as it is: %s", (body) => {
    expect(found(body).filter(([, , unit]) => unit === "片")).toEqual([]);
  });
});
