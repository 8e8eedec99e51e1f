import { describe, expect, it } from "vitest";
import { extractReport, type Extraction } from "@/lib/extract";
import { validateReport } from "@/lib/model/validate";

/** A one-section report around the sentence under test, so the rules see a real document. */
const wrap = (body: string) => `某某镇关于测试工作的情况汇报\n\n一、主要工作\n\n${body}\n`;

function draft(text: string): Extraction {
  const out = extractReport(text, { id: "t" });
  if (!out.ok) throw new Error(out.error);
  // Every draft must pass the same validation a report.json in data/ passes.
  validateReport(JSON.parse(JSON.stringify(out.extraction.report)), text, "report.json");
  return out.extraction;
}

describe("gaps: blanks the source leaves", () => {
  it("drafts each blank as a gap, never filled, linked to the figure it empties or the one it places", () => {
    const text = wrap("在等主干道路沿线,累计悬挂条幅186条;月日,召开专门会议;在个村成立文明理事会;组建由名老党员组成的宣讲队。");
    const x = draft(text);
    expect(x.report.gaps.map((g) => [g.kind, g.blankBefore])).toEqual([
      ["place", "等主干道路"],
      ["date", "月日"],
      ["number", "个村"],
      ["number", "名老党员"],
    ]);
    const missing = x.report.measures.filter((m) => m.quantity?.qualifier === "missing");
    expect(missing.map((m) => [m.quantity!.text, m.quantity!.value])).toEqual([
      ["个村", null],
      ["名老党员", null],
    ]);
    expect(x.report.gaps[2].measure).toBe(missing[0].id);
    expect(x.report.gaps[0].measure).toBe(x.report.measures.find((m) => m.quantity?.text === "186条")!.id);
  });
});

describe("structure: sections, items, weaknesses and plans", () => {
  const text = [
    "某某乡2021年文化工作总结",
    "",
    "根据县文旅局《关于报送工作总结的通知》要求，现将有关情况汇报如下：",
    "",
    "一、主要工作",
    "",
    "（一）加强阵地建设。新建文化广场3个。",
    "（二）丰富群众活动。开展文艺演出12场。",
    "",
    "二、存在的问题",
    "",
    "一是文化设施利用率不高，部分书屋长期闭门；二是文艺骨干队伍老化，后继乏人。",
    "",
    "三、下一步打算",
    "",
    "下一步，我乡将从以下两个方面改进：（一）培养文艺骨干队伍，每年培训不少于2期。（二）提高文化设施利用率，推行书屋错时开放。",
  ].join("\n");

  it("drafts sections, campaigns, weaknesses, plans and links each plan to the weakness it answers", () => {
    const x = draft(text);
    const r = x.report;
    expect(r.title).toBe("某某乡2021年文化工作总结");
    expect(r.organization.name).toBe("某某乡");
    expect(r.period).toMatchObject({ year: 2021, label: "2021年" });
    expect(r.requestedBy).toMatchObject({ issuer: "县文旅局", document: "关于报送工作总结的通知" });
    expect(r.sections.map((s) => [s.ordinal, s.heading])).toEqual([
      ["一", "主要工作"],
      ["二", "存在的问题"],
      ["三", "下一步打算"],
    ]);
    expect(r.campaigns.map((c) => [c.ordinal, c.title])).toEqual([
      ["（一）", "加强阵地建设"],
      ["（二）", "丰富群众活动"],
    ]);
    expect(r.weaknesses.map((w) => [w.ordinal, w.title])).toEqual([
      ["一是", "文化设施利用率不高"],
      ["二是", "文艺骨干队伍老化"],
    ]);
    expect(r.plans.map((p) => [p.ordinal, p.title, p.answers])).toEqual([
      ["（一）", "培养文艺骨干队伍", ["w2"]],
      ["（二）", "提高文化设施利用率", ["w1"]],
    ]);
    expect(r.plansLead).toMatchObject({ declaredCount: 2, countText: "两个方面" });
    const plan = r.measures.find((m) => m.quantity?.text === "不少于2期");
    expect(plan).toBeUndefined(); // 每年…不少于2期 is a yearly standard, not a count
    expect(r.plans[0].commitments[0].cadence).toEqual({ kind: "yearly", text: "每年" });
  });

  it("marks every drafted item as a draft", () => {
    const r = draft(text).report;
    const items = [
      r,
      ...r.sections,
      ...r.campaigns,
      ...r.measures,
      ...r.weaknesses,
      ...r.plans,
      ...r.plans.flatMap((p) => p.commitments),
      ...r.gaps,
    ];
    expect(items.every((item) => item.draft === true)).toBe(true);
  });

  it("notes figures found among the weaknesses or the plans", () => {
    const r = draft(wrap("存在的问题主要是：一是经费不足，仅5万元。\n\n下一步，我镇将：一是争取经费不少于8万元。")).report;
    const notes = r.measures.filter((m) => m.quantity).map((m) => [m.quantity!.text, m.quantity!.note]);
    expect(notes).toEqual([
      ["5万元", "出现在“存在的问题”中"],
      ["不少于8万元", "出现在下一步计划中：是计划数，不是已完成的数"],
    ]);
  });

  it("keeps a plan unlinked when its wording matches no weakness", () => {
    const r = draft(text.replace("提高文化设施利用率，推行书屋错时开放", "争取上级项目，修缮村道路灯")).report;
    expect(r.plans[1].answers).toEqual([]);
  });
});

describe("labels", () => {
  it("names a figure by what was done to what, and the next item of a list of figures by the word after it", () => {
    const x = draft(wrap("累计悬挂条幅186条；全镇辖12个行政村、3个社区，总人口3万余人。"));
    expect(x.report.measures.map((m) => [m.quantity?.text, m.label])).toEqual([
      ["186条", "悬挂条幅"],
      ["12个", "全镇辖"],
      ["3个", "社区"],
      ["3万余人", "总人口"],
    ]);
  });

  it("never cuts an emoji in half when it shortens a long label (found by the property test in extract-index-safety)", () => {
    const x = draft(wrap("某😀购买政治理论、中外名著、科普读物等不同种类优秀书籍近5000册。"));
    const label = x.report.measures[0].label;
    expect(label).toBe("某不同种类优秀书籍");
    expect(label.isWellFormed()).toBe(true);
  });
});

describe("units", () => {
  it("a unit read by its usual name (平方千米 as 平方公里, 平米 as 平方米) says so on the figure, and the draft validates", () => {
    const text = "关于某镇河湖长制工作情况的汇报\n一、基本情况\n全镇总面积136.2平方千米，新建河长公示牌旁休息亭120平米。";
    const out = extractReport(text, { id: "units" });
    if (!out.ok) throw new Error(out.error);
    const q = Object.fromEntries(out.extraction.report.measures.map((m) => [m.quantity!.text, m.quantity!]));
    expect(q["136.2平方千米"]).toMatchObject({ unit: "平方公里", note: expect.stringContaining("原文单位「平方千米」按「平方公里」记") });
    expect(q["120平米"]).toMatchObject({ unit: "平方米", note: expect.stringContaining("原文单位「平米」按「平方米」记") });
    expect(() => validateReport(JSON.parse(JSON.stringify(out.extraction.report)), text, "units/report.json")).not.toThrow();
  });
});
