/**
 * Rules the round-nine fixtures showed, each general, with the traps that must stay traps: a total
 * straight after a count (38宗共1,960亩) and 共 before a verb (共处置) are running totals, 共 in a word
 * (稻虾共养, 共建, 共富) is none.
 */
import { describe, expect, it } from "vitest";
import { figures } from "./extract-scan-helpers";

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
