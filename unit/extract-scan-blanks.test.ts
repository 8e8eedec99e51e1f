/**
 * Blanks before a classifier (仍有家企业, 为户困难群众, 举办各类招聘活动场，): the classifier stands
 * where a number should, after a word that asks for a count; the many words a classifier starts
 * (家庭, 户籍, 处理, 场所) or ends (农户, 广场, 办事处) stay no blank.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blanks, figures, scan } from "./extract-scan-helpers";

describe("blanks before 家/户/处/场/项/座/条/件 and 个", () => {
  it.each([
    ["一是部分小微企业安全投入不足，仍有家企业未建立隐患排查台账。", "家企业"],
    ["二是部分脱贫户内生动力不足，仍有户家庭主要依靠转移性收入。", "户家庭"],
    ["部分村核查不够细致，尚有户低保家庭未完成年度核查。", "户低保家庭"],
    ["巡河记录流于形式，仍有处山塘存在漂浮物。", "处山塘"],
    ["协调落实帮扶救助资金，为户困难群众申请司法救助金。", "户困难群众"],
    ["改造老旧小区公厕 6 座，建成个健康主题公园，3 个社区成功创建省级卫生社区。", "个健康主题公园"],
    ["每月举办一次人才集市，全年举办各类招聘活动场，提供就业岗位 2.4 万个。", "场"],
    ["解决了饮水不安全问题。建成村级文化广场个，安装太阳能路灯四百五十盏。", "个"],
    ["全镇仍有户未脱贫。", "户"],
    ["举办场招聘会，达成就业意向 300 人。", "场招聘会"],
    ["涉及家企业，还有项任务未完成。", "家企业"],
    ["全镇共有座水库。", "座水库"],
  ])("%s → the blank 「%s」", (body, blank) => {
    expect(blanks(body)).toContain(blank);
    const { text, hits } = scan(body);
    const figure = hits.figureHits.find((f) => text.slice(f.start, f.end) === blank);
    expect(figure).toMatchObject({ value: null, unit: blank[0], qualifier: "missing" });
  });

  it("counts a blank after 累计/共有 as a running total", () => {
    const { text, hits } = scan("今年累计为户家庭办理临时救助。");
    expect(hits.figureHits.map((f) => [text.slice(f.start, f.end), f.cumulative])).toEqual([["户家庭", true]]);
  });

  it.each([
    "个别村干部存在畏难情绪，个人档案要完善，有个别现象。",
    "全镇户籍人口较多，没有户口的及时登记，开展户外宣传。",
    "关心困难家庭，为家庭医生签约提供便利，有家属陪同。",
    "及时处理群众诉求，仍有处于停产状态的企业，有处分记录。",
    "规范经营场所，有场地、有条件、有条不紊、有项目、有座位。",
    "所有户都已完成改厕，没有家人照顾的老人由村里照料。",
    "以厂为家，以校为家的精神，成为家喻户晓的品牌，为家人提供服务，有家可归。",
    "现有户籍人口，为户主办理，为场镇居民服务，为处级干部。",
    "县审计处发现问题，公共场所禁烟，和谐共处共建。",
    "建成篮球场，新建村民活动场，布置会场，举办活动现场，组织活动的场所。",
    "开展家访，召开家长会，组织处室负责人，涉及户数较多，惠及家庭。",
    "举办场次增加，举办场馆。有所提高，有所下降，有户均收入。",
    "贫困户家中，农户家庭，帮扶户解决困难，企业家座谈。",
    "每人一个，逐个落实，这个问题，各个村，半个月。",
  ])("no blank in: %s", (body) => {
    expect(blanks(body)).toEqual([]);
    expect(figures(body).filter((f) => f.qualifier === "missing")).toEqual([]);
  });

  const CUES = ["仍有", "尚有", "还有", "共有", "全镇有", "为", "累计为", "建成", "新建", "举办", "涉及"];
  const CLASSIFIERS = [..."家户处场项座条件个"];
  const NOUNS = ["企业", "困难群众", "山塘", "低保家庭", "行政村", "河道", "水库", "任务", "招聘会", "小区"];
  const ENDS = ["未完成整改。", "存在安全隐患。", "申请救助。", "。", "，"];

  it("property: a cue, a classifier and a noun make one blank, the classifier and the noun", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CUES),
        fc.constantFrom(...CLASSIFIERS),
        fc.constantFrom(...NOUNS),
        fc.constantFrom(...ENDS),
        (cue, classifier, noun, end) => {
          expect(blanks(`部分村工作滞后，${cue}${classifier}${noun}${end}`)).toEqual([`${classifier}${noun}`]);
        },
      ),
    );
  });

  it("property: with its number written, the same words are a figure and no blank", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CUES),
        fc.constantFrom("3", "12", "两", "二十", "1,200"),
        fc.constantFrom(...CLASSIFIERS),
        fc.constantFrom(...NOUNS),
        fc.constantFrom(...ENDS),
        (cue, number, classifier, noun, end) => {
          const body = `部分村工作滞后，${cue}${number}${classifier}${noun}${end}`;
          expect(blanks(body)).toEqual([]);
          expect(figures(body).map((f) => f.text)).toEqual([`${number}${classifier}`]);
        },
      ),
    );
  });

  it("property: a word a classifier starts, after any cue, is no blank", () => {
    const WORDS = [
      ...["家庭", "家长", "家人", "家中", "家乡", "家园", "家访", "家属", "家门口"],
      ...["户籍", "户外", "户主", "户口", "户均", "户数", "户厕"],
      ...["处理", "处置", "处于", "处罚", "处分", "处室", "处级"],
      ...["场所", "场地", "场馆", "场镇", "场次"],
      ...["项目", "座谈", "座位", "条件", "条例", "条线", "条不紊", "个人", "个别", "个体"],
      ...["件事", "件次", "件数", "件套"],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...CUES),
        fc.constantFrom(...WORDS),
        fc.constantFrom("工作。", "，", "的问题。", "情况复杂。"),
        (cue, word, end) => {
          expect(blanks(`部分村工作滞后，${cue}${word}${end}`)).toEqual([]);
        },
      ),
    );
  });

  it("property: a word a classifier ends (农户, 广场, 办事处) is no blank, whatever follows", () => {
    const WORDS = [
      "农户",
      "住户",
      "商户",
      "脱贫户",
      "帮扶户",
      "企业家",
      "专家",
      "大家",
      "到处",
      "办事处",
      "广场",
      "市场",
      "现场",
      "事项",
      "讲座",
      "一条",
      "文件",
      "案件",
      "事件",
      "条件",
      "证件",
    ];
    fc.assert(
      fc.property(
        fc.constantFrom("", "全镇", "走访", "组织"),
        fc.constantFrom(...WORDS),
        fc.constantFrom("解决困难。", "开展工作。", "反映问题。", "，", "。"),
        (before, word, end) => {
          expect(blanks(`${before}${word}${end}`)).toEqual([]);
        },
      ),
    );
  });
});
