import { expect, test } from "vitest";
import { extractReport } from "@/lib/extract";
import { keysOf } from "./indicator-keys";

/** Each drafted figure's filled-in key (`hint:key` for a hint, null for none), in a report under `title`. */
const suggested = (text: string, title = "关于某镇工作情况的汇报") => {
  const out = extractReport(`${title}\n一、工作开展情况\n${text}`, { id: "abstain" });
  if (!out.ok) throw new Error(out.error);
  return keysOf(out.extraction);
};

test("an upper bound, a gap and a span that varies by unit get no suggestion", () => {
  expect(suggested("全镇仍有部分村经营性收入在 20 万元以下。")).toMatchObject({ "20 万元以下": null });
  expect(suggested("全镇村集体经营性收入 186 万元。")).toMatchObject({ "186 万元": "hint:collective-income" });
  expect(suggested("建设用地指标缺口约 1,200 亩。")).toMatchObject({ "约 1,200 亩": null });
  expect(suggested("争取新增建设用地指标 1,200 亩。")).toMatchObject({ "1,200 亩": "construction-land" });
  expect(suggested("各村从集体收入中列支文化活动经费 2 万元至 5 万元不等。")).toMatchObject({ "2 万元至 5 万元": null });
});

test("the most of one item is no total of the period; the total still gets the key", () => {
  expect(suggested("单篇最高阅读量 4.1 万次，累计播放量 120 万次。")).toMatchObject({ "4.1 万次": null, "120 万次": "hint:views" });
});

test("a figure each of a counted set of units has is per unit; 各村 alone names them all", () => {
  expect(suggested("8 个村各配备民政协理员 1 名。")).toMatchObject({ "1 名": null });
  expect(suggested("各村配备民政协理员 12 名。")).toMatchObject({ "12 名": "welfare-assistants" });
});

test("a two-character word of a field the title does not name names its figure only right by it", () => {
  // 入户 is a 乡村振兴 word (走访农户): in a 平安建设 report, two characters off, it is not that.
  expect(suggested("入户宣传 3.8 万户。", "关于某镇平安建设工作情况的汇报")).toMatchObject({ "3.8 万户": null });
  expect(suggested("入户宣传 3.8 万户。", "关于某镇乡村振兴工作情况的汇报")).toMatchObject({ "3.8 万户": "hint:village-visits" });
  expect(suggested("入户 3.8 万户。", "关于某镇平安建设工作情况的汇报")).toMatchObject({ "3.8 万户": "hint:village-visits" });
});
