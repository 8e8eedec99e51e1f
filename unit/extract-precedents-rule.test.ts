/**
 * How a draft follows the towns already checked on its notice (lib/extract/precedents.ts), each rule on
 * two small hand-written town reports: town A checked by a person, town B drafted after it.
 */
import { expect, test } from "vitest";
import { extractReport } from "@/lib/extract";
import { namesPastPeriod } from "@/lib/extract/indicator-patterns";
import { applyIndicator, localKey } from "@/lib/extract/indicator-review";
import { precedentsOf } from "@/lib/extract/precedents";
import { confirmMeasure } from "@/lib/extract/review";
import type { Report } from "@/lib/model/schema";

const NOTICE = "根据县民政局《关于报送2025年度农村养老服务工作情况的通知》要求，现将有关情况汇报如下。";
const town = (name: string, body: string, cite = NOTICE) => `${name}2025年农村养老服务工作情况汇报\n${cite}\n一、工作开展情况\n${body}`;

const draft = (text: string, precedents: ReturnType<typeof precedentsOf> = []) => {
  const out = extractReport(text, { id: "town", precedents });
  if (!out.ok) throw new Error(out.error);
  return out.extraction;
};

/** Town A as its reviewer left it: `keys` maps a figure's text to a catalogue key, `+name` for a new indicator, or null (checked, none). */
function checked(text: string, keys: Record<string, string | null>): Report {
  let report = draft(text).report;
  for (const m of report.measures) {
    if (!m.quantity || !(m.quantity.text in keys)) continue;
    const key = keys[m.quantity.text];
    report = applyIndicator(
      report,
      m.id,
      key === null ? { kind: "clear" } : key.startsWith("+") ? { kind: "add", name: key.slice(1), group: "civil" } : { kind: "set", key },
    );
    report = confirmMeasure(report, m.id, true);
  }
  return report;
}

/** Each figure of B: its filled-in key, `hint:key`, `leave:why` (advised to stay without one), or null. */
function keysOfB(text: string, ...others: Report[]) {
  const b = draft(text, others.flatMap(precedentsOf));
  return Object.fromEntries(
    b.report.measures.flatMap((m) => {
      if (!m.quantity) return [];
      const mark = b.figureMarks.find((f) => f.measureId === m.id);
      const said = m.metric ? m.metric.key : mark?.hint ? `hint:${mark.hint}` : mark?.leaveOut ? `leave:${mark.leaveOut}` : null;
      return [[m.quantity.text, said]];
    }),
  );
}

const A = town("甲镇", "全镇分散供养特困人员68人，由村级照料服务责任人落实照料；全年收储秸秆3,100吨。");

test("a figure under another town's indicator in the same words takes it, and its sentence is noted", () => {
  const a = checked(A, { "68人": "+分散供养特困人员" });
  const b = draft(town("乙乡", "全乡分散供养特困人员209人。"), precedentsOf(a));
  const m = b.report.measures.find((x) => x.quantity?.text === "209人")!;
  expect(m.metric).toEqual({ key: localKey("分散供养特困人员"), counts: "分散供养特困人员", suggested: true });
  expect(b.report.indicators?.map((i) => i.name)).toEqual(["分散供养特困人员"]);
  expect(b.figureMarks.find((f) => f.measureId === m.id)?.precedent).toEqual({ from: "甲镇", quote: expect.stringContaining("68人") });
});

test("another notice, or a town citing none on another topic, gets nothing from A", () => {
  const a = checked(A, { "68人": "+分散供养特困人员" });
  const other = town("乙乡", "全乡分散供养特困人员209人。", "根据县民政局《关于报送2025年度社会救助工作情况的通知》要求，现报告如下。");
  expect(keysOfB(other, a)["209人"]).not.toContain("local-");
  // Citing no notice, it still answers A's: the same topic.
  expect(keysOfB(town("丙乡", "全乡分散供养特困人员209人。", "现将有关情况汇报如下。"), a)["209人"]).toBe(localKey("分散供养特困人员"));
  // …worded otherwise too (农村养老服务 / 农村养老服务工作), but not another matter (农村养老保险).
  const titled = (title: string) => `${title}\n现将有关情况汇报如下。\n一、工作开展情况\n全乡分散供养特困人员209人。`;
  expect(keysOfB(titled("丁乡2025年农村养老服务总结"), a)["209人"]).toBe(localKey("分散供养特困人员"));
  expect(keysOfB(titled("丁乡2025年农村养老保险工作总结"), a)["209人"]).not.toContain("local-");
});

test("a run the other towns write by figures of three indicators names none of them: only a hint (监测户 in a notice on them)", () => {
  const body = "全镇监测户320户全部落实帮扶措施，监测户46户实现就业，监测户18户获得临时救助。";
  const a = checked(town("甲镇", body), { "320户": "+落实帮扶措施户", "46户": "+就业帮扶户", "18户": "+临时救助户" });
  expect(keysOfB(town("乙乡", "全乡监测户112户。"), a)["112户"]).toMatch(/^hint:local-/);
});

test("…unless another town's closest figure stands under that indicator too: two of three towns agreeing fill it in", () => {
  const body = "全镇监测户320户全部落实帮扶措施，监测户46户实现就业，监测户18户获得临时救助。";
  const a = checked(town("甲镇", body), { "320户": "+落实帮扶措施户", "46户": "+就业帮扶户", "18户": "+临时救助户" });
  const c = checked(town("丙镇", "全镇监测户150户。"), { "150户": "+落实帮扶措施户" });
  const d = checked(town("丁镇", "全镇监测户96户。"), { "96户": "+监测户" });
  expect(keysOfB(town("乙乡", "全乡监测户112户。"), a, c, d)["112户"]).toBe(localKey("落实帮扶措施户"));
  expect(keysOfB(town("乙乡", "全乡监测户112户。"), a, d)["112户"]).toMatch(/^hint:local-/);
});

test("a catalogue entry the rule only hints (社区, one short word) is filled in where another town's reviewer filed a figure under it", () => {
  const b = town("乙乡", "全乡辖9个行政村、1个社区。");
  expect(keysOfB(b)["1个"]).toBe("hint:communities");
  const a = checked(town("甲镇", "全镇有2个社区、12个行政村。"), { "2个": "communities", "12个": null });
  expect(keysOfB(b, a)["1个"]).toBe("communities");
  // The card says whose figure it follows.
  const drafted = draft(b, precedentsOf(a));
  const m = drafted.report.measures.find((x) => x.quantity?.text === "1个")!;
  expect(drafted.figureMarks.find((f) => f.measureId === m.id)?.precedent).toEqual({
    from: "甲镇",
    quote: expect.stringContaining("2个社区"),
  });
});

test("the run taken is the one nearest both figures for its length, not merely the longest (推进会议 right by both, not 秸秆禁烧工作 a clause off)", () => {
  const a = checked(town("甲镇", "全镇围绕秸秆禁烧工作召开推进会议6次。"), { "6次": "+禁烧推进会议" });
  expect(keysOfB(town("乙乡", "乡里为做好秸秆禁烧工作先后组织召开了推进会议3次。"), a)["3次"]).toBe(localKey("禁烧推进会议"));
});

test("the other figure's words going on before the shared run make it narrower: only a hint (全乡特困人员 after 分散供养特困人员)", () => {
  const a = checked(A, { "68人": "+分散供养特困人员" });
  expect(keysOfB(town("乙乡", "全乡特困人员共计318人。"), a)["318人"]).toBe(`hint:${localKey("分散供养特困人员")}`);
});

test("a run far from both figures names something else of the clause", () => {
  const a = checked(town("甲镇", "全镇60周岁以上老年人6,932人。"), { "6,932人": "+60周岁以上老年人口" });
  expect(keysOfB(town("乙乡", "为65周岁以上老年人开展免费健康体检6,018人。"), a)["6,018人"]).not.toContain(localKey("60周岁以上老年人口"));
});

test("a structure the catalogue rule abstains on (其中…) is followed where the other reviewer keyed the same structure", () => {
  const a = checked(town("甲镇", "全镇特困人员236人，其中集中供养58人。"), { "58人": "+集中供养特困人员" });
  expect(keysOfB(town("乙乡", "全乡特困人员318人，其中集中供养64人。"), a)["64人"]).toBe(localKey("集中供养特困人员"));
});

test("two shared characters count only right before both figures, and not a head noun any clause ends on", () => {
  const a = checked(town("甲镇", "全镇划分网格214个，外出务工人员1,200人。"), { "214个": "+禁烧网格", "1,200人": "+外出务工" });
  const b = keysOfB(town("乙乡", "全乡划定网格312个，特困人员318人。"), a);
  expect(b["312个"]).toBe(`hint:${localKey("禁烧网格")}`);
  expect(b["318人"]).not.toContain(localKey("外出务工"));
});

test("a town's own indicator fits another classifier of its kind (收储点 6 处 after 5 个), and is declared by its base unit", () => {
  const a = checked(town("甲镇", "全镇建有秸秆收储点5个，收储秸秆0.31万吨。"), { "5个": "+秸秆收储点", "0.31万吨": "+秸秆收储量" });
  expect(a.indicators?.find((i) => i.name === "秸秆收储量")?.unit).toBe("吨");
  const b = keysOfB(town("乙乡", "全乡建有秸秆收储点6处，收储秸秆3,100吨。"), a);
  expect(b["6处"]).toBe(localKey("秸秆收储点"));
  expect(b["3,100吨"]).toBe(localKey("秸秆收储量"));
});

test("a figure A's reviewer checked and left without an indicator, in the same words, is advised to stay without one in B, even against the catalogue", () => {
  const a = checked(town("甲镇", "全镇建成老年食堂5个。"), { "5个": null });
  expect(keysOfB(town("乙乡", "全乡建成老年食堂8个。"), a)["8个"]).toBe("leave:others");
  // Not yet checked, it says nothing.
  expect(keysOfB(town("乙乡", "全乡建成老年食堂8个。"), draft(town("甲镇", "全镇建成老年食堂5个。")).report)["8个"]).toBe("elderly-care");
  // Where A's reviewer kept it, it is filled in.
  const kept = checked(town("甲镇", "全镇建成老年食堂5个。"), { "5个": "elderly-care" });
  expect(keysOfB(town("乙乡", "全乡建成老年食堂8个。"), kept)["8个"]).toBe("elderly-care");
});

test("a run right by both figures fills in from one town; where the other town's words narrow it (持证…), two towns filing it alike fill it in, one only hints it", () => {
  const brokers = (name: string, n: number, words = "持证秸秆经纪人") => town(name, `全${name.slice(-1)}培育${words}${n}名。`);
  const b = brokers("乙乡", 12, "秸秆经纪人");
  const own = localKey("秸秆经纪人");
  expect(keysOfB(brokers("乙乡", 12), checked(brokers("甲镇", 15), { "15名": "+秸秆经纪人" }))["12名"]).toBe(own);
  const a = checked(brokers("甲镇", 15), { "15名": "+秸秆经纪人" });
  expect(keysOfB(b, a)["12名"]).toBe(`hint:${own}`);
  const c = checked(brokers("丙镇", 21), { "21名": "+秸秆经纪人" });
  expect(keysOfB(b, a, c)["12名"]).toBe(own);
  // The card says how many more towns filed it so.
  const out = draft(b, [a, c].flatMap(precedentsOf));
  const m = out.report.measures.find((x) => x.quantity?.text === "12名")!;
  expect(out.figureMarks.find((f) => f.measureId === m.id)?.precedent).toMatchObject({ alike: 1 });
  expect(keysOfB(b, a, checked(brokers("丁镇", 9), { "9名": null }))["12名"]).toBe(`hint:${own}`);
});

test("a structure the catalogue rule abstains on is followed only where the other figure failed it the same way (每村… is no 其中…)", () => {
  const a = checked(town("甲镇", "全镇争取养老服务资金320万元，其中争取上级养老服务补助资金120万元。"), { "120万元": "+上级养老服务补助" });
  expect(keysOfB(town("乙乡", "每村获得上级养老服务补助资金5万元。"), a)["5万元"]).toBe("leave:per-unit");
  expect(keysOfB(town("乙乡", "全乡争取资金80万元，其中争取上级养老服务补助资金30万元。"), a)["30万元"]).toBe(localKey("上级养老服务补助"));
});

test("a figure left without an indicator for its structure (其中…) holds back no figure built otherwise", () => {
  const a = checked(town("甲镇", "全镇建成助餐点9个，其中老年食堂5个。"), { "5个": null });
  expect(keysOfB(town("乙乡", "全乡建成老年食堂8个。"), a)["8个"]).toBe("elderly-care");
});

test("a figure follows the other town's figure in its own unit: 145人 of 47户145人 the people's indicator, not the households' (the long run is sure three characters off)", () => {
  const a = checked(town("甲镇", "全镇累计纳入防止返贫监测对象86户268人。"), {
    "86户": "monitored-households",
    "268人": "monitored-people",
  });
  const b = keysOfB(town("乙乡", "全乡累计纳入防止返贫监测对象47户145人。"), a);
  expect(b["47户"]).toBe("monitored-households");
  expect(b["145人"]).toBe("monitored-people");
});

test("a figure of a past period yields the key to this period's (2024年…复耕率69.4% before 今年复耕率91.4%), and alone is only hinted", () => {
  const a = checked(town("甲镇", "全镇复耕率91.0%。"), { "91.0%": "+复耕率" });
  const b = keysOfB(town("乙乡", "2024年全乡排查撂荒耕地213亩，复耕率69.4%。今年复耕率91.4%，比上年提高22个百分点。"), a);
  expect(b["91.4%"]).toBe(localKey("复耕率"));
  expect(b["69.4%"]).not.toBe(localKey("复耕率"));
  // Alone, a past period's figure is offered, not filled in.
  expect(keysOfB(town("乙乡", "2024年全乡排查撂荒耕地213亩，复耕率69.4%。"), a)["69.4%"]).toBe(`hint:${localKey("复耕率")}`);
});

test("a sentence names a past period by an earlier year, 上年 or 去年; not by comparing with it or running on from it", () => {
  expect(namesPastPeriod("2024年全乡排查撂荒耕地213亩，复耕率", 2025)).toBe(true);
  expect(namesPastPeriod("去年全乡复耕率", 2025)).toBe(true);
  expect(namesPastPeriod("今年复耕率比上年提高", 2025)).toBe(false);
  expect(namesPastPeriod("与上年同期相比，", 2025)).toBe(false);
  expect(namesPastPeriod("2024年以来累计复耕", 2025)).toBe(false);
  expect(namesPastPeriod("生活污水治理率由上年的38%提高到", 2025)).toBe(false);
  expect(namesPastPeriod("2025年全乡复耕率", 2025)).toBe(false);
});

test("a running total is no precedent for a year's own, nor one level's count for another's", () => {
  const a = checked(town("甲镇", "今年复耕复种撂荒耕地88.5公顷。"), { "88.5公顷": "+复耕复种面积" });
  expect(keysOfB(town("乙乡", "今年复耕复种撂荒耕地90.2公顷。"), a)["90.2公顷"]).toBe(localKey("复耕复种面积"));
  expect(String(keysOfB(town("乙乡", "两年累计复耕复种撂荒耕地215.7公顷。"), a)["215.7公顷"])).not.toContain(localKey("复耕复种面积"));
  // A's village-level stations were checked and left without an indicator: B's town-level ones are not advised the same.
  const village = checked(town("甲镇", "建成村级垃圾中转房9座。"), { "9座": null });
  expect(keysOfB(town("乙乡", "建成村级垃圾中转房7座。"), village)["7座"]).toBe("leave:others");
  expect(keysOfB(town("乙乡", "建成镇级垃圾中转站2座。"), village)["2座"]).not.toBe("leave:others");
});

test("a run of bounds and function words only (以上的) names nothing: another town's column is not offered by it", () => {
  const a = checked(town("甲镇", "经考核能独立游25米以上的291人。"), { "291人": "+能独立游泳学生" });
  const b = keysOfB(town("乙乡", "84名护河员中60岁以上的有31人。"), a);
  expect(b["31人"]).not.toBe(localKey("能独立游泳学生"));
  expect(b["31人"]).not.toBe(`hint:${localKey("能独立游泳学生")}`);
});
