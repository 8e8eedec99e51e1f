/**
 * Rules the novel, later and round-eight fixtures showed, each general, with the traps that must
 * stay traps: 路 and 克 as units, 天 counting days after 天数, blanks before 份 and after a space,
 * 有名 before a person noun, names with numerals (两项补贴, 两节, 二类标准), 约占, and cadences (周调度, 月研判, 每晚; 面对面 is no 对 of scope).
 */
import { describe, expect, it } from "vitest";
import { blanks, figures, scan, traps } from "./extract-scan-helpers";

const texts = (body: string) => figures(body).map((f) => [f.text, f.unit, f.qualifier]);

describe("路 and 克 as units", () => {
  it.each([
    ["监控总数达到1,460路，覆盖主要路口。", [["1,460路", "路", "exact"]]],
    ["新增高清探头不少于200路。", [["不少于200路", "路", "at_least"]]],
    ["缴获毒品 56.8 克。", [["56.8 克", "克", "exact"]]],
  ])("%s", (body, expected) => {
    expect(texts(body)).toEqual(expected);
  });

  it.each(["硬化3路段，修缮2路口。", "新建3路灯杆。", "开通5路线。", "持续攻克3难题。"])("no 路 or 克 figure in: %s", (body) => {
    expect(figures(body).filter((f) => f.unit === "路" || f.unit === "克")).toEqual([]);
  });
});

describe("天 counts days where the clause counts them", () => {
  it("优良天数226天 is a figure", () => {
    expect(texts("空气质量优良天数226天，优良率74.3%。")).toEqual([
      ["226天", "天", "exact"],
      ["74.3%", "%", "exact"],
    ]);
  });

  it.each(["组织集中培训3天。", "整改期限为15天，天数不够的延期。"])("a span stays a span: %s", (body) => {
    expect(figures(body).filter((f) => f.unit === "天")).toEqual([]);
    expect(traps(body).filter(([, kind]) => kind === "duration")).not.toEqual([]);
  });
});

describe("blanks before 份, after a space, and 有名 before people", () => {
  it.each([
    ["仍有份合同未按规定公开。", ["份合同"]],
    ["复查中仍有 家餐饮店尚未整改。", ["家餐饮店"]],
    ["有就业意愿的仍有名残疾人未落实岗位。", ["名残疾人"]],
    ["巡河记录不全，有名村级河长全年巡河次数不足。", ["名村级河长"]],
  ])("%s → %j", (body, expected) => {
    expect(blanks(body)).toEqual(expected);
  });

  it.each([
    "人人有份，共享成果。",
    "按份额分配收益。",
    "全镇有名的种植能手带头示范。",
    "他是远近有名残疾人创业典型。",
    "企业 35 家完成整改。",
    "组织 家庭医生上门。",
    "走访 家庭 12 户。",
  ])("no blank in: %s", (body) => {
    expect(blanks(body)).toEqual([]);
  });
});

describe("names that hold numerals", () => {
  it.each([
    ["落实残疾人两项补贴，发放 91.6 万元。", ["两项补贴", "name"]],
    ["春节、中秋两节期间走访慰问困难群众 120 户。", ["两节期间", "name"]],
    ["出境断面水质稳定达到二类标准，全年监测12次。", ["二类标准", "name"]],
  ])("%s", (body, trap) => {
    expect(traps(body)).toContainEqual(trap);
    expect(figures(body).filter((f) => f.unit === "项" || f.unit === "节" || f.unit === "类")).toEqual([]);
  });

  it.each([
    ["新增惠民政策两项，已全部落实。", "两项"],
    ["开设党课两节。", "两节"],
    ["排查隐患分为三类，已整改 12 处。", "三类"],
  ])("a count stays a count: %s", (body, text) => {
    expect(figures(body).map((f) => f.text)).toContain(text);
  });
});

describe("约 before 占 is approximate", () => {
  it("约占四成", () => {
    expect(texts("管线超过20年的约占四成。")).toContainEqual(["约占四成", "成", "approx"]);
  });

  it("节约占 keeps its 约", () => {
    expect(texts("节约占地3亩。")).toEqual([["3亩", "亩", "exact"]]);
  });
});

describe("cadences: a bare period before routine work, 每晚, and 面对面", () => {
  const cadences = (body: string) => {
    const { text, hits } = scan(body);
    return hits.cadenceHits.map((c) => [text.slice(c.start, c.end), c.cadence.kind]);
  };

  it("周监测、月研判、季观摩 are cadences", () => {
    expect(cadences("实行周监测、月研判、周调度、月通报、季度考核、季观摩机制。")).toEqual([
      ["周监测", "weekly"],
      ["月研判", "monthly"],
      ["周调度", "weekly"],
      ["月通报", "monthly"],
      ["季度考核", "quarterly"],
      ["季观摩", "quarterly"],
    ]);
  });

  it("每晚 is daily", () => {
    expect(cadences("组织巡逻队每晚巡查。")).toEqual([["每晚", "daily"]]);
  });

  it.each([
    "本周调度会议听取汇报。",
    "上月通报的问题已整改。",
    "次月研判结果。",
    "第一季度考核排名第二。",
    "三月研判形势。",
    "全年考核优秀。",
    "与去年同月通报数据相比。",
  ])("no cadence in: %s", (body) => {
    expect(cadences(body)).toEqual([]);
  });

  it("每季度面对面随访1次 is a count per period, a trap", () => {
    expect(figures("每季度面对面随访1次，力争提高。")).toEqual([]);
    expect(traps("每季度面对面随访1次，力争提高。")).toContainEqual(["1次", "cadence"]);
  });

  it("what 对 names stays the work's scope", () => {
    expect(figures("每周对全镇 14 个行政村开展一次暗访。").map((f) => f.text)).toEqual(["14 个"]);
  });
});
