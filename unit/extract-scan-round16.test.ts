/**
 * Rules the round-sixteen fixtures showed, each general, with what must stay as it is: 日产 states a day's
 * amount (as 日均 does), not a result of the year; 月考评 is a monthly routine; 每个村不少于一场 counts one each.
 */
import { describe, expect, it } from "vitest";
import { extractReport } from "@/lib/extract";
import { figures } from "./extract-scan-helpers";

const found = (body: string) => figures(body).map((f) => [f.text, f.value, f.unit, f.qualifier]);

describe("日产 states a day's amount", () => {
  it.each(["全镇日产生活垃圾约42吨。", "全乡农村生活垃圾日产生量约9吨。"])("%s", (body) => {
    expect(found(body)).toEqual([]);
  });
  it.each([
    ["全年清运生活垃圾1.53万吨，做到日产日清。", ["1.53万吨", 1.53, "万吨", "exact"]],
    ["新建转运站1座，日处理能力60吨。", ["60吨", 60, "吨", "exact"]],
  ])("stays as it is: %s", (body, figure) => {
    expect(found(body)).toContainEqual(figure);
  });
});

describe("一 after 每… and a bound counts one each; a period's is a cadence", () => {
  it("每个村不少于一场", () => {
    expect(found("开展政策宣讲，每个村不少于一场。")).toContainEqual(["不少于一场", 1, "场", "at_least"]);
  });
  it.each(["村级河长每周巡河不少于一次。", "每周巡河不少于一次。"])("stays as it is: %s", (body) => {
    expect(found(body).filter(([text]) => String(text).includes("一"))).toEqual([]);
  });
});

it("月考评、季通报: both are routines the draft names with their period", () => {
  const text = "某乡2025年工作总结\n一、主要做法\n落实“月考评、季通报”，对履职不到位的保洁员扣减补贴。";
  const out = extractReport(text, { id: "cadence" });
  if (!out.ok) throw new Error(out.error);
  const marked = out.extraction.cadenceMarks.map((c) => text.slice(c.start, c.end));
  expect(marked).toEqual(["月考评", "季通报"]);
});
