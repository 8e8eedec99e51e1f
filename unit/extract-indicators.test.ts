import { readdirSync, readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { extractReport } from "@/lib/extract";
import { INDICATORS, suggestIndicator } from "@/lib/extract/indicators";
import { indicatorFitsUnit, indicatorsForUnit } from "@/lib/model/catalogue";
import { compareReports } from "@/lib/compare/compare";
import { keysOf } from "./indicator-keys";
import { NOT_WRITTEN_AGAINST } from "../bench/rounds";

const draftOf = (text: string, id: string) => {
  const out = extractReport(text, { id });
  if (!out.ok) throw new Error(out.error);
  return out.extraction.report;
};

test("the seed's drafted figures get the seed's indicators, marked as suggestions or offered as hints", () => {
  const out = extractReport(readFileSync("fixtures/extract/mouzhen-2020-raw.txt", "utf8"), { id: "seed-draft" });
  if (!out.ok) throw new Error(out.error);
  const keyOf = (text: string) => out.extraction.report.measures.find((m) => m.quantity?.text === text)?.metric;
  expect(keyOf("36个")).toEqual({ key: "report-boxes", counts: "设置的举报箱", suggested: true });
  expect(keysOf(out.extraction)).toMatchObject({ "186条": "hint:banners", "80余条": "hint:slogans", 近5000册: "hint:books" });
});

test("the unit must fit and the nearest word before the figure wins", () => {
  expect(suggestIndicator("悬挂条幅186条", "186条", "条")?.key).toBe("banners");
  expect(suggestIndicator("悬挂条幅186个", "186个", "个")).toBeUndefined();
  expect(suggestIndicator("设置举报箱20个，成立红白理事会12个", "12个", "个")?.key).toBe("councils");
});

/** Each drafted figure's filled-in key, `hint:key` where the rule was not sure enough to fill it in, null for none. */
const suggested = (text: string) => {
  const out = extractReport(`关于某镇工作情况的汇报\n一、工作开展情况\n${text}\n二、下一步工作打算\n力争全年发展党员 10 名。`, {
    id: "rules",
  });
  if (!out.ok) throw new Error(out.error);
  return keysOf(out.extraction);
};

test("a breakdown, a figure per unit, a threshold, the old value of a change and a plan target get no suggestion", () => {
  expect(suggested("全镇现有基层党组织 56 个，其中党委 2 个、党支部 48 个。")).toMatchObject({
    "56 个": "hint:party-branches",
    "48 个": null,
  });
  expect(suggested("为每个村配备兼职安全员1名。")).toMatchObject({ "1名": null });
  expect(suggested("全镇 12 个村集体经济收入全部超过 10 万元，其中超过 50 万元的村 5 个。")).toMatchObject({
    "超过 10 万元": null,
    "5 个": null,
  });
  expect(suggested("生活污水治理率由上年的 38% 提高到 52.3%。")).toMatchObject({ "38%": null, "52.3%": "sewage-rate" });
  expect(suggested("新开工项目 58 个。")).toMatchObject({ "58 个": "hint:new-projects" });
  expect(suggested("新开工亿元以上项目 46 个，60 岁以上的党员 157 名。")).toMatchObject({ "46 个": null, "157 名": null });
  expect(suggested("村“两委”干部中大专以上学历的占 37.5%。")).toMatchObject({ "37.5%": "cadre-college-rate" });
  // The plans' 力争全年发展党员 10 名 is a target, not a result.
  expect(suggested("全年发展党员 18 名。")).toMatchObject({ "18 名": "hint:new-members", "10 名": null });
});

test("a word belongs to the figure right after it; the same thing in another unit right after may share it", () => {
  expect(suggested("累计排查省外返乡人员 3,268 人、中高风险地区来（返）镇人员 147 人。")).toMatchObject({
    "3,268 人": "hint:returnees",
    "147 人": "risk-arrivals",
  });
  expect(suggested("全镇有脱贫户1286户4357人。")).toMatchObject({ "1286户": "hint:poor-households", "4357人": "hint:poor-people" });
  expect(suggested("整治农村公路安全隐患路段 168 处、总长 92.5 公里。")).toMatchObject({
    "168 处": "hint:road-hazards",
    "92.5 公里": null,
  });
});

test("each key goes to the figure it fits closest, and a bare rate takes the indicator the clause before names", () => {
  // 接种 names both; the catalogue counts 剂次, so the cumulative count takes the key, not the door-to-door 310 people.
  expect(suggested("累计接种新冠疫苗 5.26 万剂次，组织医疗队上门接种310余人。")).toMatchObject({
    "5.26 万剂次": "vaccinations",
    "310余人": null,
  });
  expect(suggested("全镇完成地区生产总值 18.6 亿元，同比增长 6.8%；排查一般隐患836处，整改率99.2%。")).toMatchObject({
    "18.6 亿元": "hint:gdp",
    "6.8%": "hint:gdp-growth",
    "99.2%": "hint:hazard-fix-rate",
  });
});

test("entries looked up by unit are those whose unit fits (indicatorFitsUnit), 万 and 亿 forms included, in catalogue order", () => {
  const units = new Set(INDICATORS.flatMap((i) => [i.unit, ...(i.units ?? [])]));
  for (const u of [...units, ...[...units].map((u) => `万${u}`), "亿元", "万吨"]) {
    expect(indicatorsForUnit(INDICATORS, u).map((i) => i.key)).toEqual(INDICATORS.filter((i) => indicatorFitsUnit(i, u)).map((i) => i.key));
  }
  expect(suggestIndicator("储备编织袋 2 万条", "2 万条", "万条")?.key).toBe("sandbags");
});

test("what is left undone, a word explaining another figure in brackets and a word past a negation give no suggestion", () => {
  expect(suggested("全镇辖 64 个自然村。")).toMatchObject({ "64 个": "hint:natural-villages" });
  expect(suggested("全镇仍有 27 个自然村生活污水未得到有效治理。")).toMatchObject({ "27 个": null });
  expect(suggested("与 22 个村（社区）、15 个镇直部门签订责任书。")).toMatchObject({ "15 个": null });
  expect(suggested("全区开通政务新媒体账号 46 个。")).toMatchObject({ "46 个": "new-media-accounts" });
  expect(suggested("全区有 3 个街道尚未开通政务新媒体。")).toMatchObject({ "3 个": null });
});

test("排查 and 化解 of disputes are apart; two entries naming a figure equally go by the paragraph's topic", () => {
  expect(suggested("全年排查各类矛盾纠纷 73 起，化解 70 起。")).toMatchObject({
    "73 起": "hint:dispute-screenings",
    "70 起": "hint:disputes-mediated",
  });
  // 化解率 names both rates: the paragraph about 信访积案 takes the backlog's, one about 矛盾纠纷 the disputes'.
  expect(suggested("今年县里交办我乡的信访积案共 24 件。截至11月底，已化解 21 件，化解率 87.5%。")).toMatchObject({
    "87.5%": "hint:backlog-rate",
  });
  expect(suggested("全年调处各类矛盾纠纷 73 起。截至11月底，化解率 95.9%。")).toMatchObject({ "95.9%": "hint:mediation-rate" });
  expect(suggested("信访工作扎实有序，上半年共接待群众 41 批 97 人次。")).toMatchObject({ "97 人次": "hint:petition-persons" });
  // The title names the topic where the paragraph does not.
  const titled = (title: string) =>
    extractReport(`${title}\n一、工作开展情况\n班子成员轮流坐班，上半年共接待群众 41 批 97 人次。`, { id: "t" });
  const keyOf97 = (title: string) => {
    const out = titled(title);
    if (!out.ok) throw new Error(out.error);
    return keysOf(out.extraction)["97 人次"];
  };
  expect(keyOf97("城南街道2023年上半年信访维稳工作汇报")).toBe("hint:petition-persons");
  expect(keyOf97("城南街道2023年上半年综合文化站工作汇报")).toBe("hint:station-visitors");
  expect(suggested("镇综合文化站免费开放，全年接待群众 3200 人次。")).toMatchObject({ "3200 人次": "hint:station-visitors" });
});

test("a shortfall, a share of a named whole and a rate of change of something else get no suggestion", () => {
  expect(suggested("全镇敬老院有床位 120 张，而具备护理能力的床位不足 30 张。")).toMatchObject({
    "120 张": "hint:care-beds",
    "不足 30 张": null,
  });
  expect(suggested("税收收入 2.1 亿元，占一般公共预算收入的 84.2%。")).toMatchObject({ "84.2%": null });
  // 接种率 is a level: the growth of the doses given is not it.
  expect(suggested("累计为老年人接种新冠疫苗加强针 2163 剂次，较上年增长 22.4%。")).toMatchObject({ "22.4%": null });
  expect(suggested("全镇完成一般公共预算收入 1.2 亿元，同比增长 5.1%。")).toMatchObject({ "5.1%": "hint:fiscal-growth" });
});

test("a figure whose best key went to a closer figure gets none rather than its next best", () => {
  // 新纳入低保 names both 37 户 and 58 人; the key goes to the households, and 58 人 is not 低保对象人数 (the total).
  expect(suggested("上半年新纳入低保 37 户 58 人。")).toMatchObject({ "37 户": "hint:low-income-new", "58 人": null });
  // 低保 inside 新纳入低保 is that entry's word, though 人 is not its first unit.
  expect(suggested("上半年新纳入低保 58 人。")).toMatchObject({ "58 人": "hint:low-income-new" });
  // 社区 names 1个 best, but 8个 is closer; its next best (合作社, farmers' cooperatives) would be wrong.
  expect(suggested("全街道下辖8个社区、1个村集体合作社。")).toMatchObject({ "8个": "hint:communities", "1个": null });
  // 经济合作社 right after the figure is the collective's own entry, not the farmers' cooperatives.
  expect(suggested("全街道下辖8个社区、1个经济合作社。")).toMatchObject({ "8个": "hint:communities", "1个": "hint:shareholding-coops" });
  expect(suggested("对县交办的 16 件信访积案实行专班推进，全年化解 15 件。")).toMatchObject({
    "16 件": "hint:backlog-cases",
    "15 件": null,
  });
});

test("unsure which of two entries: the nearest word is part of another entry's word and that entry's other word is there, so none", () => {
  // 矿山 is also part of 关闭矿山 (mines-closed), and 整合关闭 names that one: stock or closures is a person's call.
  expect(suggested("整合关闭小型露天矿山 11 座。")).toMatchObject({ "11 座": null });
  expect(suggested("辖区有露天矿山 11 座。")).toMatchObject({ "11 座": "hint:mines" });
});

test("a figure stated again keeps the key on its first statement, even where the second names it closer", () => {
  const out = extractReport("一、工作开展情况\n全镇有农家书屋 18 家。今年对 18 家农家书屋补充图书。", { id: "again" });
  if (!out.ok) throw new Error(out.error);
  const hint = (id: string) => out.extraction.figureMarks.find((f) => f.measureId === id)?.hint;
  const keys = out.extraction.report.measures
    .filter((m) => m.quantity)
    .map((m) => m.metric?.key ?? (hint(m.id) ? `hint:${hint(m.id)}` : null));
  expect(keys).toEqual(["hint:rural-libraries", null]);
});

test("suggestions pair nothing on /compare until accepted; accepted, two drafted reports pair without hand-written keys", () => {
  const a = draftOf("一、工作开展情况\n今年共悬挂条幅120条，设置举报箱20个。", "town-a");
  const b = draftOf("一、工作开展情况\n今年共悬挂条幅150条，设置举报箱18个。", "town-b");
  expect(compareReports([a, b]).figures).toEqual([]);
  for (const r of [a, b]) for (const m of r.measures) if (m.metric) delete m.metric.suggested;
  const rows = compareReports([a, b]).figures.flatMap((g) => g.rows);
  // 条幅 is a word of two characters, so the banners are only a hint and do not pair until a person takes it.
  expect(rows.map((r) => [r.key, r.cells.map((c) => (c.state === "present" ? c.amount.value : null))])).toEqual([
    ["report-boxes", [20, 18]],
  ]);
});

test("every holdout fixture and every round's (bench/rounds.ts) has a person's expected keys, and they name catalogue indicators", () => {
  const keys = new Set(INDICATORS.map((i) => i.key));
  const holdouts = readdirSync("fixtures/extract").filter((f) => NOT_WRITTEN_AGAINST.test(f) && f.endsWith(".txt"));
  expect(holdouts.length).toBeGreaterThanOrEqual(186);
  for (const file of holdouts) {
    const expected = JSON.parse(readFileSync(`fixtures/indicators/${file.replace(/\.txt$/, ".json")}`, "utf8")) as {
      figures: Record<string, string | null>;
      notice?: Record<string, string>;
    };
    for (const key of Object.values(expected.figures)) if (key !== null) expect(keys).toContain(key);
    // A notice's own indicator (bench 26) names a drafted figure no catalogue entry fits.
    for (const [label, name] of Object.entries(expected.notice ?? {})) {
      expect(expected.figures, `${file}「${label}」`).toHaveProperty([label], null);
      expect(name.trim()).not.toBe("");
    }
  }
});

test("a word after the figure names it only within a few characters (3 个中心村设立老年食堂 counts villages)", () => {
  expect(suggestIndicator("在集镇和 3 个中心村设立老年食堂", "3 个", "个")).toBeUndefined();
  expect(suggestIndicator("全镇建成 8 个老年食堂", "8 个", "个")?.key).toBe("elderly-care");
});

test("a word far before the figure names something else of the clause", () => {
  const filler = "由宣传办牵头组织各村社区统一制作并在主要路口集镇街道学校周边醒目位置张挂全年累计达到";
  expect(filler.length).toBeGreaterThan(40);
  expect(suggestIndicator(`悬挂条幅${filler}186条`, "186条", "条")).toBeUndefined();
  expect(suggestIndicator(`悬挂条幅${filler.slice(-20)}186条`, "186条", "条")?.key).toBe("banners");
});

test("a bare 有 before the figure picks a part by what follows; 共有 states the whole", () => {
  expect(suggested("前三季度有 8 家规上企业产值同比下降。")).toMatchObject({ "8 家": null });
  expect(suggested("今年 31 起火灾中有 19 起由违规用火引起。")).toMatchObject({ "19 起": null });
  expect(suggested("全镇共有规上企业 8 家。")).toMatchObject({ "8 家": "hint:above-scale" });
});

test("a word overlapping a longer word of another entry is part of that one (安全管理人员培训班 is the safety training)", () => {
  expect(suggestIndicator("举办企业负责人和安全管理人员培训班 6 期", "6 期", "期")?.key).toBe("safety-trainings");
  expect(suggestIndicator("举办村干部培训班 6 期", "6 期", "期")?.key).toBe("training-sessions");
});

test("a short word of a field-bound entry names it only in a report whose title names that field", () => {
  const inReport = (title: string, quote: string, figure: string, unit: string) =>
    suggestIndicator(quote, figure, unit, { topic: `${title}\n实施村级活动场所改造项目，${quote}` })?.key;
  // 总投资 of a party-building project is the project's money, not the economy's 项目总投资.
  expect(inReport("白河县2024年基层党建工作情况汇报", "总投资 1,050 万元", "1,050 万元", "万元")).toBeUndefined();
  expect(inReport("梧桐镇2025年前三季度经济运行和项目建设情况汇报", "总投资 1,050 万元", "1,050 万元", "万元")).toBe("project-total");
  // A title naming no field restricts nothing; a long word of the entry names it anywhere.
  expect(inReport("某镇2024年工作总结", "总投资 1,050 万元", "1,050 万元", "万元")).toBe("project-total");
  expect(inReport("白河县2024年基层党建工作情况汇报", "完成固定资产投资 3.2 亿元", "3.2 亿元", "亿元")).toBe("investment");
  // Entries of fields whose words are particular (床位 of a 养老 report) are not held back.
  expect(inReport("某镇2024年基层党建工作情况汇报", "敬老院床位 120 张", "120 张", "张")).toBe("care-beds");
});

test("a narrower entry's word qualifying the nearest word names the figure, unless the two are listed or siblings", () => {
  expect(suggestIndicator("在县级以上媒体刊发稿件86篇", "86篇", "篇")?.key).toBe("media-adopted");
  expect(suggestIndicator("全年刊发稿件86篇", "86篇", "篇")?.key).toBe("news-articles");
  // 第一书记 declares 驻村工作队员 incompatible, but 和 lists them side by side: the total is the team's.
  expect(suggestIndicator("全县选派驻村第一书记和工作队员共计348名", "348名", "名")?.key).toBe("village-cadres");
  // 条幅 and 标语 name each other: neither is the narrower, the nearest word stays.
  expect(suggestIndicator("悬挂标语横幅三百五十条", "三百五十条", "条")?.key).toBe("banners");
});

test("a tier, a forecast, a figure per 亩, a stock and what is still undone get no suggestion", () => {
  expect(suggested("全乡设立乡级河长9名、村级河长32名。")).toMatchObject({ "9名": null, "32名": null });
  expect(suggested("全乡设立河长41名。")).toMatchObject({ "41名": "hint:river-chiefs" });
  expect(suggested("项目建成后年产值可达 12 亿元。")).toMatchObject({ "12 亿元": null });
  expect(suggested("二期投产后年产值可达到 8 亿元。")).toMatchObject({ "8 亿元": null });
  // A potential is no result either: what can be collected is not what was used.
  expect(suggested("全镇秸秆可收集量约6.5万吨。")).toMatchObject({ "约6.5万吨": null });
  expect(suggested("全镇秸秆综合利用量约6.5万吨。")).toMatchObject({ "约6.5万吨": "hint:straw-used" });
  expect(suggested("全镇特色产业实现产值 12 亿元。")).toMatchObject({ "12 亿元": "hint:output-value" });
  expect(suggested("工业集中区亩均税收仅 11.8 万元。")).toMatchObject({ "11.8 万元": null });
  expect(suggested("全县在用电梯1,524台。")).toMatchObject({ "1,524台": null });
  expect(suggested("排查在用电梯1,476台。")).toMatchObject({ "1,476台": "hint:special-equipment" });
  expect(suggested("境内有县级河道2条。")).toMatchObject({ "2条": null });
  expect(suggested("有效化解矛盾纠纷 86 起。")).toMatchObject({ "86 起": "hint:disputes-mediated" });
  expect(suggested("河道总长约118公里。")).toMatchObject({ 约118公里: null });
  expect(suggested("清理河道118公里。")).toMatchObject({ "118公里": "hint:rivers-cleaned" });
  // What is still undone, told after the figure, is a problem: 电动车 charged indoors are no count of 电动自行车.
  expect(suggested("约有 3000 辆电动车仍在楼道或室内充电。")).toMatchObject({ "约有 3000 辆": null });
  expect(suggested("登记电动自行车 3000 辆。")).toMatchObject({ "3000 辆": "ebikes" });
});

test("a general activity's word names the entry of the title's first field whose word ends in it", () => {
  const inReport = (title: string) => suggestIndicator("举办培训 45 场", "45 场", "场", { topic: `${title}\n举办培训 45 场` })?.key;
  expect(inReport("张江街道2024年安全生产工作情况汇报")).toBe("safety-trainings");
  // 平安建设 names 综治 first: its 培训 is any training.
  expect(inReport("望江街道2024年平安建设工作情况汇报")).toBe("training-sessions");
  expect(inReport("某镇2024年工作总结")).toBe("training-sessions");
});

test("a narrower population, vaccine, rate or kind of bed has its own entry, not the general one's", () => {
  expect(suggested("农业人口31.4万人。全县成立村级股份经济合作社186家。工业用电量 18.3 亿千瓦时。完成燃煤锅炉改造2台。")).toMatchObject({
    "31.4万人": "hint:agri-population",
    "186家": "shareholding-coops",
    "18.3 亿千瓦时": "hint:industrial-electricity",
    "2台": "coal-boilers",
  });
  expect(
    suggested("镇卫生院编制床位60张。为老年人接种流感疫苗3,215剂次。重点人群签约率76.4%。从业人员健康证持证率98%以上。"),
  ).toMatchObject({
    "60张": "clinic-beds",
    "3,215剂次": "flu-vaccinations",
    "76.4%": "hint:key-group-signing-rate",
    "98%以上": "health-cert-rate",
  });
  // 参演 qualifies 干部群众 and 包案 qualifies 信访事项; 不戴头盔 is nearer than the ceremonies' bare 纠正.
  expect(suggested("11名班子成员包案化解重点信访事项 27 件。")).toMatchObject({ "27 件": "hint:leader-cases" });
  expect(suggested("开展森林火灾应急演练，参演干部群众近千人次。纠正不戴头盔等违法行为1,300 余起。")).toMatchObject({
    近千人次: "hint:drill-participants",
    "1,300 余起": "traffic-violations",
  });
});

test("a general word takes the narrower entry whose qualifier the earlier clause (or a long subject in its own) tells", () => {
  // 粮食 before 总产量 makes it 粮食产量; 演练 before 参与群众 makes them the drill's participants.
  expect(suggested("粮食播种面积稳定在58万亩以上，总产量24.6万吨。")).toMatchObject({ "24.6万吨": "hint:grain-output" });
  expect(suggested("组织应急演练 9 场次，参与群众八百余人。")).toMatchObject({ 八百余人: "hint:drill-participants" });
  // Not past the clause's own words (the tea's 产量), nor after a clause on something else.
  expect(suggested("粮食播种面积稳定在58万亩以上，茶叶产量620吨。")).toMatchObject({ "620吨": "hint:output" });
  expect(suggested("开展安全宣传进村活动 12 场，参与群众近6000人。")).toMatchObject({ 近6000人: "hint:audience" });
  // Inside the clause, a long subject of the narrower word qualifies it; a short verb (收集) does not make it 收集舆情.
  expect(suggested("脱贫人口和监测对象基本医疗保险参保率稳定在99.8%以上。")).toMatchObject({ "99.8%以上": "poor-insurance-rate" });
  expect(suggested("全年收集处置涉镇舆情23条。")).toMatchObject({ "23条": "hint:online-opinion" });
});

test("what was honoured or removed, a risk of any kind, and a word naming a fault get no suggestion unless the entry counts that", () => {
  // The awarded volunteers and projects are not all those registered or run; the honour entries keep their figures.
  expect(suggested("评选“最美志愿者”30名、优秀志愿服务项目8个。")).toMatchObject({ "30名": null, "8个": null });
  expect(suggested("打造志愿服务项目8个。")).toMatchObject({ "8个": "volunteer-projects" });
  expect(suggested("全年评选表彰十佳“最美庭院” 10 户。")).toMatchObject({ "10 户": "hint:courtyards" });
  // Slogans taken down are not slogans put up; an entry that counts a clearing keeps it.
  expect(suggested("清理过期标语近百条。")).toMatchObject({ 近百条: null });
  expect(suggested("清理楼道堆积物近百处。")).toMatchObject({ 近百处: "corridor-cleared" });
  // Risks and problems of any kind are no count of safety hazards; 安全风险隐患 is one.
  expect(suggested("排查化解涉稳风险隐患19个。")).toMatchObject({ "19个": null });
  expect(suggested("排查安全风险隐患19个。")).toMatchObject({ "19个": "hint:hazards-found" });
  // 5 villages whose fire lanes are blocked are no count of lanes cleared.
  expect(suggested("排查发现5个村的林区消防通道不畅。")).toMatchObject({ "5个": null });
});

test("the draft advises leaving a plan target, a task set from above, a problem figure, a threshold's set, what falls short, a figure per unit, the most of one item, the old value of a change and a change in the figure's own unit and some of a set (有8家…) without any indicator; a rate's change, a group told by what it does (…的有7个), a part (其中…), a shortage of staff and a plain figure get no such advice", () => {
  const out = extractReport(
    "关于某镇工作情况的汇报\n一、工作开展情况\n全镇悬挂条幅186条，为每个村配备兼职安全员1名，单日最多接待群众120人次，生活污水治理率由上年的38%提高到52.3%。秸秆还田面积比上年增加8,000亩，综合利用率同比提高2个百分点。有8家规上企业产值下降，互助养老点能正常运转的有7个。城镇新增就业完成县下达目标任务的115%。全镇现有基层党组织56个，其中党支部48个，60岁以上的党员157名。\n二、存在问题\n群众参与不够，参与的群众平均年龄58.6岁，有的村活动开展不到5场；镇宣传办仅有工作人员2名。\n三、下一步工作打算\n力争全年发展党员10名。",
    { id: "leave-out" },
  );
  if (!out.ok) throw new Error(out.error);
  const advice = Object.fromEntries(
    out.extraction.report.measures.map((m) => [
      m.quantity!.text,
      out.extraction.figureMarks.find((f) => f.measureId === m.id)?.leaveOut ?? null,
    ]),
  );
  expect(advice).toEqual({
    "186条": null,
    "1名": "per-unit",
    "120人次": "most",
    "38%": "from",
    "52.3%": null,
    "8,000亩": "change",
    "2个百分点": null,
    "8家": "some",
    "7个": null,
    "115%": "task",
    "56个": null,
    "48个": null,
    "157名": "threshold",
    "58.6岁": "problem",
    不到5场: "left",
    "2名": null,
    "10名": "target",
  });
});

test("a town that counts its river chiefs' patrols in 人次 gets the patrols' entry as one counting them in 次 does", () => {
  expect(suggestIndicator("全年镇村两级河长累计巡河5,826人次", "5,826人次", "人次")?.key).toBe("river-patrols");
  expect(suggestIndicator("全年镇村两级河长累计巡河2,016次", "2,016次", "次")?.key).toBe("river-patrols");
});
