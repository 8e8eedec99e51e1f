import { expect, test } from "vitest";
import { extractReport } from "@/lib/extract";
import { keysOf } from "./indicator-keys";

/** Each drafted figure's filled-in key (`hint:key` for a hint, null for none), in a report under `title`. */
const keys = (text: string, title = "关于某镇工作情况的汇报") => {
  const out = extractReport(`${title}\n一、工作开展情况\n${text}`, { id: "sure" });
  if (!out.ok) throw new Error(out.error);
  return keysOf(out.extraction);
};

test("a sure suggestion is filled in, marked as a suggestion; an unsure one is left out and offered as the figure's hint", () => {
  const out = extractReport("关于某镇工作情况的汇报\n一、工作开展情况\n镇村两级设置举报箱 20 个，悬挂宣传条幅 120 条。", { id: "sure" });
  if (!out.ok) throw new Error(out.error);
  const byText = (text: string) => out.extraction.report.measures.find((m) => m.quantity?.text === text)!;
  const markOf = (text: string) => out.extraction.figureMarks.find((f) => f.measureId === byText(text).id)!;
  expect(byText("20 个").metric).toEqual({ key: "report-boxes", counts: "设置的举报箱", suggested: true });
  expect(markOf("20 个").hint).toBeUndefined();
  expect(byText("120 条").metric).toBeUndefined();
  expect(markOf("120 条").hint).toBe("banners");
});

test("a word of two characters is a hint, even with the entry's other words in its phrase", () => {
  expect(keys("悬挂宣传条幅 120 条。")).toMatchObject({ "120 条": "hint:banners" });
});

test("a rate whose word stands in the clause before is a hint", () => {
  expect(keys("全镇完成地区生产总值 18.6 亿元，同比增长 6.8%。")).toMatchObject({ "6.8%": "hint:gdp-growth" });
});

test("the entry's word alone is a hint; its phrase naming the entry by more of its name or what it counts is filled in", () => {
  expect(keys("镇村两级设置举报箱 20 个。")).toMatchObject({ "20 个": "report-boxes" });
  expect(keys("镇村两级举报箱 20 个。")).toMatchObject({ "20 个": "hint:report-boxes" });
});

test("in a report whose title names other fields than the entry's, a suggestion is a hint", () => {
  expect(keys("镇村两级设置举报箱 20 个。", "关于某镇宣传思想工作情况的汇报")).toMatchObject({ "20 个": "report-boxes" });
  expect(keys("镇村两级设置举报箱 20 个。", "关于某镇安全生产工作情况的汇报")).toMatchObject({ "20 个": "hint:report-boxes" });
});

test("a phrase whose verb tells another period than the entry's is a hint", () => {
  // report-boxes count what stands (cumulative): 新增 tells what the period added.
  expect(keys("今年新增设置举报箱 20 个。")).toMatchObject({ "20 个": "hint:report-boxes" });
});
