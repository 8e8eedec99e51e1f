/**
 * Rules the round-ten fixtures showed, each general, with the traps that must stay traps: the adverb
 * 共 later in the clause totals the counts before it too (13个村调委会共有调解员58名), while 合计/累计 there
 * sums only what follows; blanks before more count units (仍有栋危房) but not where they start a word
 * (有起色, 为例); 个 of a set phrase (挂个名, 走个过场) is no blank; a clause-final 一个 after what a verb of
 * making made (建成…服务中心一个) counts one, 一个 before its noun stays an article; 百余人次 with no 一 is at least 100;
 * 分值 says 分 is a score. The head: a township's party committee (中共石塘乡委员会) reports for the township, and a
 * notice named without its issuer (根据《…通知》要求) was asked for by the unit the report is addressed to.
 */
import { describe, expect, it } from "vitest";
import { extractReport } from "@/lib/extract";
import { validateReport } from "@/lib/model/validate";
import { blanks, figures, traps, wrap } from "./extract-scan-helpers";

const totals = (body: string) => figures(body).map((f) => [f.text, f.cumulative]);

describe("running totals: 共 later in the clause", () => {
  it.each([
    [
      "镇人民调解委员会和13个村（居）调委会共有调解员58名。",
      [
        ["13个", true],
        ["58名", true],
      ],
    ],
    [
      "建成健康主题公园 2 个、健康步道 3 条共 5.4 公里。",
      [
        ["2 个", true],
        ["3 条", true],
        ["5.4 公里", true],
      ],
    ],
    [
      "为6户困难家庭申请危房改造补助共12万元。",
      [
        ["6户", true],
        ["12万元", true],
      ],
    ],
    [
      "帮助83家企业获得银行贷款共计24.6亿元。",
      [
        ["83家", true],
        ["24.6亿元", true],
      ],
    ],
  ])("%s", (body, expected) => {
    expect(totals(body)).toEqual(expected);
  });

  it.each([
    // 合计, 累计 later in the clause sum only what follows them.
    [
      "18个村集体经营性收入合计326万元。",
      [
        ["18个", false],
        ["326万元", true],
      ],
    ],
    [
      "参与志愿服务十几个类别、累计服务群众 1.2 万人次。",
      [
        ["十几个", false],
        ["1.2 万人次", true],
      ],
    ],
    // 共 in a word, or with no number after it, totals nothing.
    [
      "组织5家企业共同开展招聘会2场。",
      [
        ["5家", false],
        ["2场", false],
      ],
    ],
    [
      "与3个村共建产业基地2个。",
      [
        ["3个", false],
        ["2个", false],
      ],
    ],
    ["走访企业12家共收集意见建议。", [["12家", false]]],
    // The next clause's 共 is its own.
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

describe("blanks before more count units", () => {
  it.each([
    ["仍有栋危房未改造。", ["栋危房"]],
    ["全村仍有间土坯房。", ["间土坯房"]],
    ["新建台变压器。", ["台变压器"]],
    ["仍有辆校车未年检。", ["辆校车"]],
    ["仍有起矛盾纠纷未化解。", ["起矛盾纠纷"]],
    ["尚有笔贷款未收回。", ["笔贷款"]],
    ["仍有个名额未落实。", ["个名额"]],
  ])("%s → %j", (body, expected) => {
    expect(blanks(body)).toEqual(expected);
  });

  it.each([
    "以此为例，说明问题。",
    "工作有起色。",
    "为支持企业发展出台措施。",
    "有台账、有记录。",
    "有宗教场所需要管理。",
    "有批量采购需求。",
    "有例可循。",
    "有间断现象。",
    "只是“挂个名”，没有实际工作。",
    "检查不能走个过场。",
    "事先打个招呼。",
    "不能做个样子。",
  ])("no blank in: %s", (body) => {
    expect(blanks(body)).toEqual([]);
  });
});

const texts = (body: string) => figures(body).map((f) => [f.text, f.value, f.unit, f.qualifier]);

describe("一个 after what was made, 一个 before a noun", () => {
  it.each([
    ["建成乡级区域养老服务中心一个，运营良好。", [["一个", 1, "个", "exact"]]],
    ["新建村级综合服务站一个。", [["一个", 1, "个", "exact"]]],
  ])("%s", (body, expected) => {
    expect(texts(body)).toEqual(expected);
  });

  it.each([
    "建成一个养老服务中心。",
    "坚持成熟一个、发展一个。",
    "推动项目建一个、成一个。",
    // Only 一个: a writer's 一支 after its noun was annotated an article.
    "组建由医务人员组成的健康宣讲队一支，深入社区。",
  ])("an article in: %s", (body) => {
    expect(figures(body)).toEqual([]);
    expect(traps(body).map(([, kind]) => kind)).toContain("article");
  });
});

describe("百余, 千余 with no 一", () => {
  it.each([
    ["劝阻室内吸烟行为 百余人次。", [["百余人次", 100, "人次", "at_least"]]],
    ["组织百余名群众参加。", [["百余名", 100, "名", "at_least"]]],
    ["培训千余人。", [["千余人", 1000, "人", "at_least"]]],
    ["近百名党员参加。", [["近百名", 100, "名", "approx"]]],
  ])("%s", (body, expected) => {
    expect(texts(body)).toEqual(expected);
    expect(blanks(body)).toEqual([]);
  });

  it.each(["关心老百姓冷暖。", "开展百日攻坚行动。", "千方百计稳就业。"])("no figure in: %s", (body) => {
    expect(figures(body)).toEqual([]);
  });
});

it("a draft with 百余人次 and a made 一个 validates: the figure texts read as their values", () => {
  const text = wrap("建成乡级区域养老服务中心一个，劝阻室内吸烟行为百余人次，培训千多人。");
  const out = extractReport(text, { id: "t" });
  if (!out.ok) throw new Error(out.error);
  expect(() => validateReport(JSON.parse(JSON.stringify(out.extraction.report)), text, "report.json")).not.toThrow();
  expect(out.extraction.report.measures.map((m) => [m.quantity?.text, m.quantity?.value, m.quantity?.qualifier])).toEqual([
    ["一个", 1, "exact"],
    ["百余人次", 100, "at_least"],
    ["千多人", 1000, "at_least"],
  ]);
});

describe("分值 says 分 is a score", () => {
  it("分值不低于10分 is at least 10 points; 10分钟 stays a span", () => {
    expect(texts("将意识形态工作纳入村级年度考核，分值不低于10分，平均用时不超过10分钟。")).toEqual([["不低于10分", 10, "分", "at_least"]]);
  });
});

describe("the head: a party committee's township, the addressee as issuer", () => {
  const head = (text: string) => {
    const out = extractReport(text, { id: "t" });
    if (!out.ok) throw new Error(out.error);
    validateReport(JSON.parse(JSON.stringify(out.extraction.report)), text, "report.json");
    const { organization, requestedBy } = out.extraction.report;
    return {
      organization: [organization.name, organization.level, organization.quote],
      requestedBy: requestedBy && [requestedBy.issuer, requestedBy.document],
    };
  };
  const report = (title: string, opening: string) => `${title}\n\n${opening}\n\n一、主要工作\n\n全年开展活动12场。\n`;

  it.each([
    ["中共石塘乡委员会关于2025年基层党建工作情况的汇报", ["石塘乡", "乡", "石塘乡"]],
    ["中共谷溪镇委员会 谷溪镇人民政府关于2026年移风易俗工作情况的汇报", ["谷溪镇", "镇", "谷溪镇"]],
    ["中共新华街道工作委员会关于2025年党建工作情况的汇报", ["新华街道", "街道", "新华街道"]],
    // Not the party committee of a place: the whole name stays.
    ["青云镇党委关于2025年党建工作情况的汇报", ["青云镇党委", undefined, "青云镇党委"]],
    ["中共某某县委宣传部关于2025年宣传工作情况的汇报", ["中共某某县委宣传部", undefined, "中共某某县委宣传部"]],
  ])("%s", (title, organization) => {
    expect(head(report(title, "现将有关情况汇报如下。")).organization).toEqual(organization);
  });

  it("根据《…通知》要求 under an addressee line: the addressee asked", () => {
    const text = report(
      "江口街道2025年生态环境保护工作情况汇报",
      "区生态环境保护委员会办公室：\n\n根据《关于报送2025年生态环境保护工作情况的通知》要求，现将有关情况汇报如下。",
    );
    expect(head(text).requestedBy).toEqual(["区生态环境保护委员会办公室", "关于报送2025年生态环境保护工作情况的通知"]);
  });

  it("an issuer the text names wins over the addressee; with neither, no requestedBy", () => {
    const named = report(
      "岱河县商务局关于2026年招商引资工作情况的汇报",
      "县人民政府：\n\n根据县政府办公室《关于报送2026年度重点工作完成情况的通知》要求，现将有关情况汇报如下。",
    );
    expect(head(named).requestedBy).toEqual(["县政府办公室", "关于报送2026年度重点工作完成情况的通知"]);
    const bare = report(
      "江口街道2025年生态环境保护工作情况汇报",
      "根据《关于报送2025年生态环境保护工作情况的通知》要求，现将有关情况汇报如下。",
    );
    expect(head(bare).requestedBy).toBeUndefined();
  });
});
