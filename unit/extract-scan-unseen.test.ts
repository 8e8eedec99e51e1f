/**
 * Rules the unseen fixtures (round five) showed, each written as a general rule with the traps
 * that must stay traps: 镇/乡 as units, 至少 before a verb, a figure that is a line (低于3%的红线),
 * blanks before 件 and after 仍有…名, and 超 inside 商超.
 */
import { describe, expect, it } from "vitest";
import { figureTextProblems } from "@/lib/model/figure-text";
import { validateReport } from "@/lib/model/validate";
import { extractReport } from "@/lib/extract";
import { blanks, figures, traps, wrap } from "./extract-scan-helpers";

describe("镇 and 乡 counted as units", () => {
  it.each([
    ["全县总面积1,862平方公里，辖9镇6乡、236个行政村。", ["1,862平方公里", "9镇", "6乡", "236个"]],
    ["全县辖九镇六乡。", ["九镇", "六乡"]],
    ["涉及 3 镇 12 个村。", ["3 镇", "12 个"]],
  ])("%s → %j", (body, texts) => {
    expect(figures(body).map((f) => f.text)).toEqual(texts);
    expect(figures(body).filter((f) => f.unit === "镇" || f.unit === "乡")).not.toEqual([]);
  });

  it.each([
    "推进镇村两级联动，3镇村干部参加培训。",
    "全县12乡镇参与评比。",
    "走遍十里八乡，四乡八镇的群众都来了。",
    "开展一镇一品、一乡一品创建。",
    "组织干部送文化三下乡。",
  ])("no 镇 or 乡 figure in: %s", (body) => {
    expect(figures(body).filter((f) => f.unit === "镇" || f.unit === "乡")).toEqual([]);
  });

  it("keeps the idioms as names", () => {
    expect(traps("深入十里八乡，四乡八镇的群众。")).toEqual([
      ["十里八乡", "name"],
      ["四乡八镇", "name"],
    ]);
  });
});

describe("至少 before a verb bounds the clause's figures", () => {
  it.each([
    ["每个自然资源所至少配备执法人员5名、执法车辆1台，引入无人机巡查。", ["5名", "at_least"], ["1台", "at_least"]],
    ["每个村至少开展2次排查。", ["2次", "at_least"]],
    ["至多安排3名干部，其余人员 12 名在岗。", ["3名", "at_most"], ["12 名", "exact"]],
  ])("%s", (body, ...expected) => {
    expect(figures(body).map((f) => [f.text, f.qualifier])).toEqual(expected);
  });

  it.each([
    // The bound before a number is that number's alone; the next figure is exact.
    [
      "至少3名党员联系5户。",
      [
        ["至少3名", "at_least"],
        ["5户", "exact"],
      ],
    ],
    // What 对 names is the work's scope, not bounded.
    [
      "至少对全镇12个村开展2次督查。",
      [
        ["12个", "exact"],
        ["2次", "at_least"],
      ],
    ],
    // A new clause is no longer bounded.
    [
      "至少配备1名专干，辖区共有 8 名网格员。",
      [
        ["1名", "at_least"],
        ["8 名", "exact"],
      ],
    ],
  ])("%s: only what 至少 bounds", (body, expected) => {
    expect(figures(body).map((f) => [f.text, f.qualifier])).toEqual(expected);
  });

  it("reads the bound back only within reach: a clause longer than that stays exact, in the draft and the validator alike", () => {
    const long = `每所至少配备${"专业技术过硬的".repeat(10)}执法人员5名。`;
    expect(figures(long).map((f) => [f.text, f.qualifier])).toEqual([["5名", "exact"]]);
    const out = extractReport(wrap(long));
    if (!out.ok) throw new Error(out.error);
    expect(() => validateReport(JSON.parse(JSON.stringify(out.extraction.report)), wrap(long), "report.json")).not.toThrow();
  });

  it("drafts a report that validates: the quote says the bound its text does not", () => {
    const text = wrap("每个自然资源所至少配备执法人员5名、执法车辆1台。");
    const out = extractReport(text);
    if (!out.ok) throw new Error(out.error);
    const { report } = out.extraction;
    expect(report.measures.map((m) => [m.quantity?.text, m.quantity?.qualifier])).toEqual([
      ["5名", "at_least"],
      ["1台", "at_least"],
    ]);
    expect(() => validateReport(JSON.parse(JSON.stringify(report)), text, "report.json")).not.toThrow();
  });
});

describe("the validator reads 至少 from the quote's clause before the figure", () => {
  const q = (text: string, qualifier: "at_least" | "at_most" | "exact") => ({ text, value: 5, unit: "名", qualifier, cumulative: false });
  it.each([
    ["5名", "at_least", "每所至少配备执法人员5名、执法车辆1台。", []],
    ["5名", "at_most", "每所至多配备执法人员5名。", []],
    ["5名", "at_least", "配备执法人员5名，至少配备执法车辆1台。", ["qualifier"]],
    ["5名", "at_least", "至少3名党员联系群众，另有执法人员5名。", ["qualifier"]],
    ["5名", "at_most", "每所至少配备执法人员5名。", ["qualifier"]],
    ["5名", "exact", "每所至少配备执法人员5名。", []],
  ] as const)("「%s」 %s in 「%s」: problems %j", (text, qualifier, quote, fields) => {
    expect(figureTextProblems(q(text, qualifier), quote).map(([field]) => field)).toEqual(fields);
  });
});

describe("a figure that is a line: 低于3%的问责红线", () => {
  it.each([
    ["违法占用耕地比例为1.8%，低于3%的问责红线。", "3%", "exact"],
    ["PM2.5年均浓度超过35微克/立方米的警戒线。", "35微克/立方米", "exact"],
    ["负债率不超过60%的上限。", "60%", "exact"],
  ])("%s → 「%s」 %s", (body, text, qualifier) => {
    expect(figures(body)).toContainEqual(expect.objectContaining({ text, qualifier }));
  });

  it.each([
    ["群众满意率不低于93%。", "不低于93%", "at_least"],
    ["增速不低于6%的增长目标。", "不低于6%", "at_least"],
    ["超过80%的一线干部参加。", "超过80%", "at_least"],
    ["低于3%的农户未参保。", "低于3%", "at_most"],
  ])("%s → 「%s」 stays %s", (body, text, qualifier) => {
    expect(figures(body)).toContainEqual(expect.objectContaining({ text, qualifier }));
  });
});

describe("blanks before 件 and after 仍有…名", () => {
  it.each([
    ["涉军信访积案化解难度大，仍有件历史遗留问题因政策衔接原因未能解决。", "件历史遗留问题"],
    ["仍有件因政策原因未办结。", "件"],
    ["重复信访仍然存在，仍有名重点人员稳控压力大。", "名重点人员"],
    ["尚有名执法人员未取得执法证。", "名执法人员"],
  ])("%s → 「%s」", (body, blank) => {
    expect(blanks(body)).toEqual([blank]);
  });

  it.each([
    "文件3件已办结，有条件的村先行，处理案件，发生事件。",
    "很有名的专家，小有名气，榜上有名，有名有姓。",
    "签名人员、报名人员和除名人员已登记。",
    "还有件事要说明。",
  ])("no blank in: %s", (body) => {
    expect(blanks(body)).toEqual([]);
  });
});

describe("超 inside a word", () => {
  it.each([
    ["大中型商超19家。", "19家", "exact"],
    ["赶超15家。", "15家", "exact"],
    ["超19家企业完成改造。", "超19家", "at_least"],
  ])("%s → 「%s」 %s", (body, text, qualifier) => {
    expect(figures(body)).toContainEqual(expect.objectContaining({ text, qualifier }));
  });
});

describe("a 1 after 每 and a verb is what a rate is per", () => {
  it("每服务1小时积1分: no figure, a cadence trap", () => {
    expect(figures("实行志愿服务积分管理，志愿者每服务1小时积1分。")).toEqual([]);
    expect(traps("实行志愿服务积分管理，志愿者每服务1小时积1分。")).toContainEqual(["1小时", "cadence"]);
  });

  it.each([
    ["每流转1亩补贴200元。", ["200元"]],
    ["志愿者服务1小时。", ["1小时"]],
    ["每餐 5 元的助餐服务惠及 120 人。", ["5 元", "120 人"]],
  ])("%s → %j", (body, texts) => {
    expect(figures(body).map((f) => f.text)).toEqual(texts);
  });
});

describe("a point or comma beside a figure is part of it only with a digit beyond", () => {
  const q = (text: string) => ({ text, value: 1, unit: "%", qualifier: "exact" as const, cumulative: false });
  it.each([
    // Found by the property test in unit/extract-index-safety.test.ts: a full stop after 百分之1.
    ["百分之1", "完成率百分之1.某某镇关于某某镇关于", []],
    ["1%", "占比1%，较上年持平", []],
    ["1%", "占比1.1%", ["text"]],
    ["1", "达到1.5万", ["text"]],
    ["1", "共1,000", ["text"]],
    ["5", "为2.5", ["text"]],
  ] as const)("「%s」 in 「%s」: problems %j", (text, quote, fields) => {
    expect(
      figureTextProblems(q(text), quote)
        .map(([field]) => field)
        .filter((f) => f === "text"),
    ).toEqual(fields);
  });

  it("drafts 百分之1. as a figure that passes the validator", () => {
    const text = "百分之1.某某镇关于某某镇关于。";
    const out = extractReport(text, { id: "x" });
    if (!out.ok) throw new Error(out.error);
    expect(out.extraction.report.measures.map((m) => m.quantity?.text)).toEqual(["百分之1"]);
    expect(() => validateReport(JSON.parse(JSON.stringify(out.extraction.report)), text, "report.json")).not.toThrow();
  });
});
