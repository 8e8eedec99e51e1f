/**
 * Rules the round-eleven fixtures showed, each general, with the traps that must stay traps: 一 with a
 * classifier is a count where it is listed after a figure (辖十二个行政村、一个社区) or ends a clause after 各 and
 * a verb's object (各明确联络员一名), and always before 万/亿 or 元 (一万元), while 一个 before its noun stays an
 * article; 四处 ending a clause after a noun is 4 处, 四处奔走 an adverb; 处次, 个次, 条次 are units; 共作 (稻虾共作) is
 * a word, not 共; a cued classifier right before a quoted name (仍有家“三合一”场所) lacks its number.
 */
import { describe, expect, it } from "vitest";
import { blanks, figures, traps } from "./extract-scan-helpers";

const found = (body: string) => figures(body).map((f) => [f.text, f.value, f.unit]);

describe("一 with a classifier that counts one", () => {
  it.each([
    ["辖十二个行政村、一个社区，总人口三万余人。", ["一个", 1, "个"]],
    ["十三个村（社区）各明确联络员一名。", ["一名", 1, "名"]],
    ["建立网络人士联谊群一个，联系网络人士十五名。", ["一个", 1, "个"]],
    ["全年发放慰问金一万元。", ["一万元", 1, "万元"]],
    ["争取上级资金一亿元。", ["一亿元", 1, "亿元"]],
  ])("%s", (body, figure) => {
    expect(found(body)).toContainEqual(figure);
  });

  it.each([
    "一名党员就是一面旗帜。",
    "成为一个重要平台。",
    "各村成熟一个。",
    "推动项目建一个。",
    "辖十二个行政村、一个社区服务中心正在建设中，打造一个示范点。",
  ])("stays an article: %s", (body) => {
    const articles = traps(body).filter(([, kind]) => kind === "article");
    expect(articles.length).toBeGreaterThan(0);
    expect(found(body).filter(([, value]) => value === 1)).toEqual(body.startsWith("辖十二个") ? [["一个", 1, "个"]] : []);
  });
});

describe("四处 after a noun is 4 处", () => {
  it("宗教活动场所四处，", () => {
    expect(found("全镇有依法登记的宗教活动场所四处，宗教教职人员九名。")).toEqual([
      ["四处", 4, "处"],
      ["九名", 9, "名"],
    ]);
  });
  it.each(["工作人员四处奔走，", "四处张贴标语。", "志愿者四处宣传。"])("stays an adverb: %s", (body) => {
    expect(found(body)).toEqual([]);
    expect(traps(body)).toContainEqual(["四处", "name"]);
  });
});

describe("units counted visit by visit", () => {
  it.each([
    ["完成不可移动文物安全巡查312处次。", ["312处次", 312, "处次"]],
    ["全年检查住宅小区 186 个次。", ["186 个次", 186, "个次"]],
    ["推送预警信息380余万条次。", ["380余万条次", 380, "万条次"]],
  ])("%s", (body, figure) => {
    expect(found(body)).toEqual([figure]);
  });
  it("三个次要问题 is 3 个 of a kind, not 个次", () => {
    expect(found("梳理出三个次要问题。")).toEqual([["三个", 3, "个"]]);
  });
});

describe("共作 is a word, 共作出 is 共", () => {
  it("稻虾共作3,200亩 is no running total", () => {
    expect(figures("发展稻虾共作3,200亩、优质油茶1.2万亩。").map((f) => [f.text, f.cumulative])).toEqual([
      ["3,200亩", false],
      ["1.2万亩", false],
    ]);
  });
  it("共作出处罚决定15件 is", () => {
    expect(figures("全年共作出行政处罚决定15件。").map((f) => [f.text, f.cumulative])).toEqual([["15件", true]]);
  });
});

describe("a blank before a quoted name", () => {
  it.each([
    ["辖区仍有家“三合一”场所未完成分隔。", "家"],
    ["全镇仍有个“空心村”。", "个"],
  ])("%s", (body, blank) => {
    expect(blanks(body)).toEqual([blank]);
  });
  it.each(["这个“样板”很好。", "打造“三合一”场所。", "各家“三合一”场所均已分隔。"])("no blank: %s", (body) => {
    expect(blanks(body)).toEqual([]);
  });
});
