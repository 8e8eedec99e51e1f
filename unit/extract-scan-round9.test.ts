/**
 * Rules the round-nine fixtures showed, each general, with the traps that must stay traps: a total
 * straight after a count (38宗共1,960亩) and 共 before a verb (共处置) are running totals, 共 in a word
 * (稻虾共养, 共建, 共富) is none; units 校次/村次, 尾, 台件; 三轮车 and a water class (四类) are names;
 * blanks before 所 (有所幼儿园, not 有所提高) and before more person nouns; 日管控; 约占…的四成; and (a novel
 * miss) 超过55%的考核要求, where the figure is the requirement itself.
 */
import { describe, expect, it } from "vitest";
import { blanks, figures, scan, traps } from "./extract-scan-helpers";

const texts = (body: string) => figures(body).map((f) => [f.text, f.unit, f.qualifier]);

const totals = (body: string) => figures(body).map((f) => [f.text, f.cumulative]);

describe("running totals: 共 after the count, 共 before a verb, 共 in a word", () => {
  it.each([
    [
      "出让国有建设用地38宗共1,960亩，成交价款21.6亿元。",
      [
        ["38宗", true],
        ["1,960亩", true],
        ["21.6亿元", false],
      ],
    ],
    [
      "发放创业担保贷款 47 笔 共 1,030 万元。",
      [
        ["47 笔", true],
        ["1,030 万元", true],
      ],
    ],
    [
      "建成标准厂房2栋共6,400平方米。",
      [
        ["2栋", true],
        ["6,400平方米", true],
      ],
    ],
    [
      "修复生态护坡 3 处合计 2,400 平方米。",
      [
        ["3 处", true],
        ["2,400 平方米", true],
      ],
    ],
    ["全年共处置林火3起。", [["3起", true]]],
    ["全乡共建成农家书屋12个。", [["12个", true]]],
    ["全镇共存栏生猪3,200头。", [["3,200头", true]]],
  ])("%s", (body, expected) => {
    expect(totals(body)).toEqual(expected);
  });

  it.each([
    [
      "新建高标准稻虾共养基地1,800亩、油茶低改3,000亩。",
      [
        ["1,800亩", false],
        ["3,000亩", false],
      ],
    ],
    [
      "与3个村共建产业基地2个。",
      [
        ["3个", false],
        ["2个", false],
      ],
    ],
    [
      "建成共富工坊5家，带动农户120户。",
      [
        ["5家", false],
        ["120户", false],
      ],
    ],
    [
      "组织5家企业共同开展招聘会2场。",
      [
        ["5家", false],
        ["2场", false],
      ],
    ],
    ["邻里和睦共处的家庭120户。", [["120户", false]]],
    // The total after the 、 is the next item's, not a total of the count before it.
    [
      "参与志愿服务十几个类别、累计服务群众 1.2 万人次。",
      [
        ["十几个", false],
        ["1.2 万人次", true],
      ],
    ],
    [
      "18个村集体经营性收入合计326万元。",
      [
        ["18个", false],
        ["326万元", true],
      ],
    ],
    [
      "建成3个示范点，共投入资金50万元。",
      [
        ["3个", false],
        ["50万元", true],
      ],
    ],
  ])("no total for the count in: %s", (body, expected) => {
    expect(totals(body)).toEqual(expected);
  });
});

describe("units 校次, 村次, 尾, 台件", () => {
  it.each([
    [
      "全年共检查56校次，督查120村次。",
      [
        ["56校次", "校次", "exact"],
        ["120村次", "村次", "exact"],
      ],
    ],
    [
      "投放鱼苗8,000尾、鲢鳙鱼苗12万尾。",
      [
        ["8,000尾", "尾", "exact"],
        ["12万尾", "万尾", "exact"],
      ],
    ],
    ["开展计量器具检定1.2万台件。", [["1.2万台件", "万台件", "exact"]]],
  ])("%s", (body, expected) => {
    expect(texts(body)).toEqual(expected);
  });

  it("尾 starting a word is no unit: 尾声, 尾款, 尾气", () => {
    expect(texts("整治进入尾声，结清尾款3万元，检测尾气。")).toEqual([["3万元", "万元", "exact"]]);
  });
});

describe("names: 三轮车, a class of water quality", () => {
  it("三轮车 is a vehicle, not 3 轮; 开展三轮排查 counts rounds", () => {
    expect(texts("整治三轮车、四轮车违规载客，开展三轮排查。")).toEqual([["三轮", "轮", "exact"]]);
  });

  it.each(["区级断面水质均值稳定在四类及以上。", "出境断面水质达到三类，消除劣五类。"])("a water class is a name: %s", (body) => {
    expect(figures(body)).toEqual([]);
    expect(traps(body).filter(([, kind]) => kind === "name")).not.toEqual([]);
  });

  it.each([
    ["排查隐患分为四类，已整改 12 处。", "四类"],
    ["水质监测覆盖三类指标。", "三类"],
  ])("a count of kinds stays a count: %s", (body, text) => {
    expect(figures(body).map((f) => f.text)).toContain(text);
  });
});

describe("blanks before 所 and before more person nouns", () => {
  it.each([
    ["三是有所幼儿园消防设施还未达标。", ["所幼儿园"]],
    ["全镇仍有所民办幼儿园未通过验收。", ["所民办幼儿园"]],
    ["新建所村级卫生室。", ["所村级卫生室"]],
    ["仍有名退役军人没有稳定收入。", ["名退役军人"]],
    ["仍有名返乡创业者未享受补贴。", ["名返乡创业者"]],
    ["仍有名安全员未到岗。", ["名安全员"]],
  ])("%s → %j", (body, expected) => {
    expect(blanks(body)).toEqual(expected);
  });

  it.each([
    "学生安全意识有所提高，事故有所下降。",
    "有所加强学校安全管理。",
    "所有学校均已达标，所属幼儿园全部整改。",
    "授予名誉会员称号。",
    "欢迎报名或者咨询。",
    "全县有名的退役军人创业典型。",
  ])("no blank in: %s", (body) => {
    expect(blanks(body)).toEqual([]);
  });
});

describe("日管控 and 约占…的四成", () => {
  const cadences = (body: string) => {
    const { text, hits } = scan(body);
    return hits.cadenceHits.map((c) => [text.slice(c.start, c.end), c.cadence.kind]);
  };

  it("日管控、周排查、月调度 are daily, weekly, monthly", () => {
    expect(cadences("落实“日管控、周排查、月调度”工作机制。")).toEqual([
      ["日管控", "daily"],
      ["周排查", "weekly"],
      ["月调度", "monthly"],
    ]);
  });

  it.each(["节日检查不放松。", "当日排查完毕。", "工作日巡检正常。", "开展主题党日检查。"])(
    "日 ending a word is no cadence: %s",
    (body) => {
      expect(cadences(body)).toEqual([]);
    },
  );

  it("约占 before what the share is of makes it approximate", () => {
    expect(texts("外出务工人员 1.26 万人，约占劳动力总数的 四成。")).toEqual([
      ["1.26 万人", "万人", "exact"],
      ["约占劳动力总数的 四成", "成", "approx"],
    ]);
  });

  it("节约占 keeps its 约, and a share with no 约 stays exact", () => {
    expect(texts("节约占地面积的三成，占劳动力总数的四成。")).toEqual([
      ["三成", "成", "exact"],
      ["四成", "成", "exact"],
    ]);
  });
});

describe("a bound word before a requirement: the figure is the line itself", () => {
  it.each([
    ["产业资金占比62.4%，超过55%的考核要求。", ["55%", "%", "exact"]],
    ["完成率高于90%的年度目标。", ["90%", "%", "exact"]],
    ["超过50%的村完成改造。", ["超过50%", "%", "at_least"]],
    ["超过 60% 的群众表示满意。", ["超过 60%", "%", "at_least"]],
    // A bound, not a comparison: the requirement is itself "at least 90%".
    ["落实不低于90%的考核要求。", ["不低于90%", "%", "at_least"]],
  ])("%s", (body, expected) => {
    expect(texts(body)).toContainEqual(expected);
  });
});
