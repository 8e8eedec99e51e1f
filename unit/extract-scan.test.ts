import { describe, expect, it } from "vitest";
import { figures, scan, traps } from "./extract-scan-helpers";

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
    ["惠及群众1.3万余人次。", "1.3万余人次", 1.3, "万人次", "at_least"],
    ["耕地面积6.2万亩。", "6.2万亩", 6.2, "万亩", "exact"],
    ["储备编织袋两万条。", "两万条", 2, "万条", "exact"],
    ["发放资料 1.2 万份。", "1.2 万份", 1.2, "万份", "exact"],
    ["安置脱贫户 58 户。", "58 户", 58, "户", "exact"],
    ["罚款 3.5 万元。", "3.5 万元", 3.5, "万元", "exact"],
    ["同比增长 12.6 %。", "12.6 %", 12.6, "%", "exact"],
    ["辖区面积126.5平方公里。", "126.5平方公里", 126.5, "平方公里", "exact"],
    ["清运垃圾1.06万吨。", "1.06万吨", 1.06, "万吨", "exact"],
    ["体温37.3℃以上。", "37.3℃以上", 37.3, "℃", "at_least"],
    ["走访十几户群众。", "十几户", 10, "户", "at_least"],
    ["劝返二十多人。", "二十多人", 20, "人", "at_least"],
    ["发放补助 560 余万元。", "560 余万元", 560, "万元", "at_least"],
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
    ["走访三五户群众。", "三五", "vague"],
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

  it("reads cadences with their days, and keeps the numbers they govern out of the counts", () => {
    const { text, hits } = scan("设置举报箱36个,每月12号、28号定期开箱。每季度开展1次督查。每月至少组织1次学习。每天开放不少于8小时。");
    expect(hits.cadenceHits.map((c) => c.cadence)).toEqual([
      { kind: "monthly_days", days: [12, 28], text: "每月12号、28号" },
      { kind: "quarterly", text: "每季度" },
      { kind: "monthly", text: "每月" },
      { kind: "daily", text: "每天" },
    ]);
    expect(hits.figureHits.map((f) => text.slice(f.start, f.end))).toEqual(["36个"]);
  });
});

describe("blanks: where the source left a number, a date or a place out", () => {
  it("finds a missing place, a date without digits and missing counts, each as written", () => {
    const { text, hits } = scan("在等主干道路沿线,累计悬挂条幅186条;月日,召开专门会议;在个村成立文明理事会;组建由名老党员组成的宣讲队。");
    expect(hits.gapHits.map((g) => [g.kind, text.slice(g.start, g.end), g.blank])).toEqual([
      ["place", "在等", "等主干道路"],
      ["date", "月日", "月日"],
      ["number", "个村", "个村"],
      ["number", "名老党员", "名老党员"],
    ]);
    const blanks = hits.figureHits.filter((f) => f.qualifier === "missing");
    expect(blanks.map((f) => [text.slice(f.start, f.end), f.value, f.unit])).toEqual([
      ["个村", null, "个"],
      ["名老党员", null, "名"],
    ]);
  });

  it("does not take 个人, 个别, 各个 or 这个 for blanks", () => {
    expect(scan("个别村干部存在畏难情绪，各个社区都有专人负责，这个问题要重视，个人档案要完善。").hits.gapHits).toEqual([]);
  });
});

describe("figures the rules of issue 12 read (each from a rule-writing fixture)", () => {
  it.each([
    ["清理楼道堆积物近百处。", "近百处", 100, undefined, "处", "approx"],
    ["清运生活垃圾近千吨。", "近千吨", 1000, undefined, "吨", "approx"],
    ["外出务工党员二三百名。", "二三百名", 200, 300, "名", "range"],
    ["集镇常住人口五六千人。", "五六千人", 5000, 6000, "人", "range"],
    ["每个行政村奖补 2 万至 4 万元。", "2 万至 4 万元", 2, 4, "万元", "range"],
    ["满意率达到百分之九十八点二。", "百分之九十八点二", 98.2, undefined, "%", "exact"],
    ["安全投入不低于营业收入的1.5%。", "不低于营业收入的1.5%", 1.5, undefined, "%", "at_least"],
    ["青年党员不足党员总数的一成。", "不足党员总数的一成", 1, undefined, "成", "at_most"],
    ["集体收入仍低于 10 万元。", "低于 10 万元", 10, undefined, "万元", "at_most"],
    ["出动机械 420 台次。", "420 台次", 420, undefined, "台次", "exact"],
    ["整治坑塘 26 口。", "26 口", 26, undefined, "口", "exact"],
    ["配备保洁工具 860 把。", "860 把", 860, undefined, "把", "exact"],
    ["主管网管径 400 毫米。", "400 毫米", 400, undefined, "毫米", "exact"],
    ["年度考核中得分 95.4 分。", "95.4 分", 95.4, undefined, "分", "exact"],
    ["成员平均年龄 45.2 岁。", "45.2 岁", 45.2, undefined, "岁", "exact"],
  ])("%s → %s", (body, text, value, max, unit, qualifier) => {
    expect(figures(body)).toEqual([{ text, value, ...(max !== undefined ? { max } : {}), unit, qualifier, cumulative: false }]);
  });

  it("counts what 对 names inside a cadence's clause, not the count per period", () => {
    expect(figures("每周对全镇 14 个行政村开展一次暗访。").map((f) => f.text)).toEqual(["14 个"]);
  });

  it("keeps 35岁以下的14名 a figure: 以下 closes a threshold there, it announces no list", () => {
    expect(figures("其中35岁以下的14名。").map((f) => f.text)).toEqual(["14名"]);
    expect(traps("从以下四个方面开展工作。")).toContainEqual(["四个", "structure"]);
  });

  it("reads 累计 across a thousands comma: 6,832 户 2.04 万人 are both totals", () => {
    expect(figures("累计排查农户 6,832 户 2.04 万人。").map((f) => f.cumulative)).toEqual([true, true]);
  });

  it.each([
    ["集镇垃圾转运站实行24小时运转。", "24小时", "duration"],
    ["对排名前 3 位的村给予奖励。", "前 3 位", "ordinal"],
    ["防止二次污染。", "二次污染", "name"],
    ["党委一把手带头。", "一把手", "name"],
    ["参加志愿服务积 2 分。", "2", "nounit"],
    ["35 岁以下党员占比低。", "35", "nounit"],
  ])("%s: 「%s」 is a %s trap, no figure", (body, text, kind) => {
    expect(traps(body)).toContainEqual([text, kind]);
    expect(figures(body).some((f) => f.text.includes(text))).toBe(false);
  });

  it("finds blanks before a described person (名年轻干部) and stops a blank's noun at a time word", () => {
    const { text, hits } = scan("镇机关选派名年轻干部到村任职，仍有个村今年未完成。");
    expect(hits.gapHits.map((g) => text.slice(g.start, g.end))).toEqual(["名年轻干部", "个村"]);
  });
});

describe("units, phases and qualifiers of the blind and fresh fixtures (round five), as general rules", () => {
  it.each([
    ["外贸进出口总额 4.3亿美元。", "4.3亿美元", 4.3, "亿美元", "exact"],
    ["实际利用外资 2,850 万美元。", "2,850 万美元", 2850, "万美元", "exact"],
    ["争取全年进出口总额不低于 6 亿美元。", "不低于 6 亿美元", 6, "亿美元", "at_least"],
    ["引进外资 1,200 万欧元。", "1,200 万欧元", 1200, "万欧元", "exact"],
    ["抗原检测试剂 1.2万人份。", "1.2万人份", 1.2, "万人份", "exact"],
    ["代购生活物资 6,300 余单。", "6,300 余单", 6300, "单", "at_least"],
    ["配齐灭火器、水带等器材 460 件套。", "460 件套", 460, "件套", "exact"],
    ["购置农机具 120 台套。", "120 台套", 120, "台套", "exact"],
    ["开展统防统治 3.2 万亩次。", "3.2 万亩次", 3.2, "万亩次", "exact"],
    ["PM2.5 浓度为 28 微克/立方米。", "28 微克/立方米", 28, "微克/立方米", "exact"],
    ["出境断面化学需氧量 15 毫克/升。", "15 毫克/升", 15, "毫克/升", "exact"],
    ["最大下泄流量 1200 立方米/秒。", "1200 立方米/秒", 1200, "立方米/秒", "exact"],
    ["光伏装机 5 兆瓦。", "5 兆瓦", 5, "兆瓦", "exact"],
    ["年发电量 3.2万千瓦时。", "3.2万千瓦时", 3.2, "万千瓦时", "exact"],
    ["确保每个社区至少有2名专职调解员。", "至少有2名", 2, "名", "at_least"],
    ["已建成的路灯中约有一成出现损坏。", "约有一成", 1, "成", "approx"],
    ["参加人数大约有300人。", "大约有300人", 300, "人", "approx"],
    ["每个网格最多有5名。", "最多有5名", 5, "名", "at_most"],
    ["签约有3家企业。", "3家", 3, "家", "exact"],
  ])("%s → %s", (body, text, value, unit, qualifier) => {
    expect(figures(body)).toMatchObject([{ text, value, unit, qualifier }]);
  });

  it.each([
    ["推行“群众点单、志愿者接单”四单工作机制。", []],
    ["设立 3 个服务单位。", ["3 个"]],
    ["全镇 12 家单位参加。", ["12 家"]],
  ])("%s: 单 starts a word here, so the figures are %j", (body, texts) => {
    expect(figures(body).map((f) => f.text)).toEqual(texts);
  });

  it.each([
    ["电池材料项目一期已建成投产，二期总投资 35 亿元。", ["一期", "二期"], ["35 亿元"]],
    ["一期 8 栋标准厂房已封顶，二期完成土地平整 210 亩。", ["二期"], ["8 栋", "210 亩"]],
    ["推进园区二期 1,500 亩土地征收。", ["二期"], ["1,500 亩"]],
    ["建设镇污水处理厂二期工程，三期工程年底开工。", ["二期", "三期"], []],
  ])("%s: %j are phases (ordinals), not counts of 期", (body, phases, counts) => {
    expect(figures(body).map((f) => f.text)).toEqual(counts);
    for (const phase of phases) expect(traps(body)).toContainEqual([phase, "ordinal"]);
  });

  it.each([
    ["举办党员冬训班 3 期。", "3 期", 3],
    ["举办培训班三期。", "三期", 3],
    ["开展三期培训班，每期 50 人。", "三期", 3],
    ["举办读书会两期。", "两期", 2],
    ["编印简报十二期。", "十二期", 12],
  ])("%s: 「%s」 counts 期 (a phase would be 二期 or follow a project)", (body, text, value) => {
    expect(figures(body)).toContainEqual(expect.objectContaining({ text, value, unit: "期" }));
  });
});
