import { describe, expect, it } from "vitest";
import { extractReport, type Extraction } from "@/lib/extract";
import { parseChineseNumeral, readNumber } from "@/lib/extract/numerals";
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

function figures(body: string) {
  const text = wrap(body);
  const x = draft(text);
  const byId = new Map(x.report.measures.map((m) => [m.id, m]));
  return x.figureMarks.map((f) => {
    const q = byId.get(f.measureId)!.quantity!;
    return {
      text: text.slice(f.start, f.end),
      value: q.value,
      ...(q.max !== undefined ? { max: q.max } : {}),
      unit: q.unit,
      qualifier: q.qualifier,
      cumulative: q.cumulative,
    };
  });
}

function traps(body: string) {
  const text = wrap(body);
  return draft(text).traps.map((t) => [text.slice(t.start, t.end), t.kind]);
}

describe("numerals", () => {
  it.each([
    ["三", 3],
    ["十二", 12],
    ["二十三", 23],
    ["一百", 100],
    ["一百六十二", 162],
    ["一千二百", 1200],
    ["两千", 2000],
    ["一千零五十", 1050],
    ["三百五", 350],
    ["两万三", 23000],
    ["十万", 100000],
    ["二〇二〇", 2020],
  ])("%s = %d", (s, n) => expect(parseChineseNumeral(s)).toBe(n));

  it.each(["二三十", "三五", "十二三"])("%s is not one number", (s) => expect(parseChineseNumeral(s)).toBeNull());

  it("reads Arabic forms: full-width, decimals, thousands, 万 as a multiplier but not before 元", () => {
    const read = (s: string) => {
      const t = readNumber(s, 0)!;
      return [s.slice(0, t.end), t.value];
    };
    expect(read("２３个")).toEqual(["２３", 23]);
    expect(read("３８．５％")).toEqual(["３８．５", 38.5]);
    expect(read("1,200份")).toEqual(["1,200", 1200]);
    expect(read("1.5万人次")).toEqual(["1.5万", 15000]);
    expect(read("86.5万册")).toEqual(["86.5万", 865000]);
    expect(read("28.6万元")).toEqual(["28.6", 28.6]);
    expect(read("36个,每月")).toEqual(["36", 36]);
  });
});

describe("figures: value, unit, qualifier, cumulative", () => {
  it("reads the seed's forms", () => {
    expect(figures("累计悬挂条幅186条,设置举报箱36个,张贴标语80余条,购买书籍近5000册。")).toEqual([
      { text: "186条", value: 186, unit: "条", qualifier: "exact", cumulative: true },
      { text: "36个", value: 36, unit: "个", qualifier: "exact", cumulative: false },
      { text: "80余条", value: 80, unit: "条", qualifier: "at_least", cumulative: false },
      { text: "近5000册", value: 5000, unit: "册", qualifier: "approx", cumulative: false },
    ]);
  });

  it.each([
    ["参与群众约3000人。", "约3000人", 3000, "人", "approx"],
    ["参与群众3000人左右。", "3000人左右", 3000, "人", "approx"],
    ["推送信息80多条。", "80多条", 80, "条", "at_least"],
    ["知晓率达95%以上。", "95%以上", 95, "%", "at_least"],
    ["培训不少于4期。", "不少于4期", 4, "期", "at_least"],
    ["原创内容占比不足30%。", "不足30%", 30, "%", "at_most"],
    ["宴席不超过15桌。", "不超过15桌", 15, "桌", "at_most"],
    ["办结时间控制在20件以内。", "20件以内", 20, "件", "at_most"],
    ["惠及群众1.3万余人次。", "1.3万余人次", 13000, "人次", "at_least"],
    ["撰写心得二十三篇。", "二十三篇", 23, "篇", "exact"],
    ["开展宣讲一百余场。", "一百余场", 100, "场", "at_least"],
    ["发放资料一千二百份。", "一千二百份", 1200, "份", "exact"],
    ["举办培训两场。", "两场", 2, "场", "exact"],
    ["刊发稿件１５篇。", "１５篇", 15, "篇", "exact"],
    ["投入资金28.6万元。", "28.6万元", 28.6, "万元", "exact"],
    ["满意率达百分之九十以上。", "百分之九十以上", 90, "%", "at_least"],
    ["办结率94.1%。", "94.1%", 94.1, "%", "exact"],
    ["利用率提高了15个百分点。", "15个百分点", 15, "个百分点", "exact"],
    ["从学习教育、组织生活五大方面入手。", "五大方面", 5, "方面", "exact"],
    ["部署专项整治等三面重要工作。", "三面", 3, "方面", "exact"],
  ])("%s → %s", (body, text, value, unit, qualifier) => {
    expect(figures(body)).toEqual([{ text, value, unit, qualifier, cumulative: false }]);
  });

  it("reads ranges with the unit on the second number", () => {
    expect(figures("计划新增栏目3至5个，每期培训300—500人，奖补3万至5万元，提高10至15个百分点。")).toEqual([
      { text: "3至5个", value: 3, max: 5, unit: "个", qualifier: "range", cumulative: false },
      { text: "300—500人", value: 300, max: 500, unit: "人", qualifier: "range", cumulative: false },
      { text: "3万至5万元", value: 3, max: 5, unit: "万元", qualifier: "range", cumulative: false },
      { text: "10至15个百分点", value: 10, max: 15, unit: "个百分点", qualifier: "range", cumulative: false },
    ]);
  });

  it("marks 累计/共/总计 as cumulative within the clause only, and not 中共 or 公共", () => {
    const found = figures(
      "全年共开展学习12次，其中专题研讨4次。共配送图书3.6万册、音像制品二千二百张。中共某某镇委员会印发文件3份。公共服务站点5个。",
    );
    expect(found.map((f) => [f.text, f.cumulative])).toEqual([
      ["12次", true],
      ["4次", false],
      ["3.6万册", true],
      ["二千二百张", true],
      ["3份", false],
      ["5个", false],
    ]);
  });
});

describe("traps: numerals that are not figures", () => {
  it.each([
    ["2020年以来，我镇开展工作。", "2020年", "year"],
    ["二〇二一年，我镇开展工作。", "二〇二一年", "year"],
    ["6月12日召开会议。", "6月12日", "date"],
    ["8月，开展排查。", "8月", "date"],
    ["举办第三届农民运动会。", "第三届", "ordinal"],
    ["召开第十五次会议。", "第十五次", "ordinal"],
    ["落实“一岗双责”要求。", "一岗双责", "name"],
    ["用好“两微一端”平台。", "两微一端", "name"],
    ["清理村“两委”干部2名。", "两委", "name"],
    ["举报电话：0571-86612345。", "0571-86612345", "phone"],
    ["拨打电话13812345678咨询。", "13812345678", "phone"],
    ["办理时限不超过30天。", "不超过30天", "duration"],
    ["在24小时内回复。", "24小时内", "duration"],
    ["庆祝建党100周年。", "100周年", "anniversary"],
    ["建立一支宣讲队伍。", "一支", "article"],
    ["主要有以下三个方面。", "三个", "structure"],
    ["每周二至周日开放。", "周二", "weekday"],
    ["走访十几户群众。", "十几", "vague"],
  ])("%s → %s is a %s", (body, text, kind) => {
    expect(traps(body)).toContainEqual([text, kind]);
    expect(figures(body).map((f) => f.text)).not.toContain(text);
  });

  it("does not take list numbers for figures", () => {
    const body = "1.开展学习。组织学习6次。\n2.加强宣传。悬挂横幅20条。";
    expect(figures(body).map((f) => f.text)).toEqual(["6次", "20条"]);
    expect(
      traps(body)
        .filter(([, k]) => k === "list")
        .map(([t]) => t),
    ).toEqual(["1.", "2."]);
  });

  it("turns cadences into cadences, with their days and frequencies out of the counts", () => {
    const text = wrap("设置举报箱36个,每月12号、28号定期开箱。每季度开展1次督查。每月至少组织1次学习。每天开放不少于8小时。");
    const x = draft(text);
    const cadences = x.report.measures.filter((m) => m.cadence).map((m) => m.cadence);
    expect(cadences).toEqual([
      { kind: "monthly_days", days: [12, 28], text: "每月12号、28号" },
      { kind: "quarterly", text: "每季度" },
      { kind: "monthly", text: "每月" },
      { kind: "daily", text: "每天" },
    ]);
    expect(x.figureMarks.map((f) => text.slice(f.start, f.end))).toEqual(["36个"]);
  });
});

describe("gaps: blanks the source leaves", () => {
  it("finds a missing count, a date without digits and a missing place, and never fills them", () => {
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

  it("does not take 个人, 个别, 各个 or 这个 for blanks", () => {
    const x = draft(wrap("个别村干部存在畏难情绪，各个社区都有专人负责，这个问题要重视，个人档案要完善。"));
    expect(x.report.gaps).toEqual([]);
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
