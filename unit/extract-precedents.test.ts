/**
 * Precedents end to end on three small hand-written towns (unit/precedent-towns.ts): what 柳岸镇's
 * reviewer gave its figures reaches 桃源镇's draft on the same notice, and only that one.
 */
import { describe, expect, it } from "vitest";
import { extractReport, type Extraction } from "@/lib/extract";
import { applyIndicator } from "@/lib/extract/indicator-review";
import { precedentFiles, precedentsOf } from "@/lib/extract/precedents";
import { leftOutLine, precedentLine, precedentOffers, shortQuote } from "@/components/import/precedentOffers";
import { problemsOf } from "@/components/import/draftState";
import { finalReport } from "@/lib/extract/review";
import { compareReports, differenceText } from "@/lib/compare/compare";
import { checkedLiuan, LIUAN, NOTICE, QINGXI, TAOYUAN } from "./precedent-towns";

const draft = (text: string, id: string, precedents = precedentsOf(checkedLiuan(drafted(LIUAN, "liuan").report))): Extraction => {
  const outcome = extractReport(text, { id, precedents });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.extraction;
};
const drafted = (text: string, id: string) => draft(text, id, []);
const figure = (e: Extraction, text: string) => e.report.measures.find((m) => m.quantity?.text === text)!;
const mark = (e: Extraction, text: string) => e.figureMarks.find((f) => f.measureId === figure(e, text).id)!;

describe("precedentsOf", () => {
  it("gives every figure of a report on a notice with the indicator a person chose, none for an unaccepted suggestion", () => {
    const liuan = drafted(LIUAN, "liuan").report;
    expect(figure(drafted(LIUAN, "liuan"), "8个").metric).toMatchObject({ key: "report-boxes", suggested: true });
    expect(precedentsOf(liuan).map((p) => p.text)).not.toContain("8个"); // still only suggested: no one's word yet
    const given = precedentsOf(checkedLiuan(liuan));
    expect(given.every((p) => p.notice === NOTICE && p.from === "柳岸镇")).toBe(true);
    expect(given.map((p) => [p.text, p.indicator?.name])).toEqual([
      ["120条", "悬挂条幅"],
      ["8个", undefined],
      ["6个", "秸秆收储点"],
      ["15名", "秸秆经纪人"],
      ["860人次", undefined],
    ]);
    // A report that names no notice is a precedent of its topic.
    expect(precedentsOf({ ...checkedLiuan(liuan), requestedBy: undefined }).map((p) => [p.notice, p.topic])).toContainEqual([
      undefined,
      liuan.topic,
    ]);
  });
});

describe("extractReport with precedents", () => {
  const taoyuan = draft(TAOYUAN, "taoyuan");

  it("fills in 柳岸镇's own indicator on 桃源镇's same figure and declares it in 桃源镇's report", () => {
    const stores = figure(taoyuan, "4个");
    expect(figure(drafted(TAOYUAN, "taoyuan"), "4个").metric).toBeUndefined(); // the catalogue alone has nothing
    expect(stores.metric).toMatchObject({ counts: "秸秆收储点", suggested: true });
    expect(stores.metric!.key).toMatch(/^local-/);
    expect(taoyuan.report.indicators?.find((i) => i.key === stores.metric!.key)).toMatchObject({ name: "秸秆收储点", unit: "个" });
    expect(mark(taoyuan, "4个").precedent).toEqual({ from: "柳岸镇", quote: "新建秸秆收储点6个" });
    expect(figure(taoyuan, "90余条").metric).toMatchObject({ key: "banners", suggested: true });
    // Accepted, it passes the checks the download and the build make.
    const accepted = applyIndicator(taoyuan.report, stores.id, { kind: "accept" });
    expect(problemsOf(finalReport(accepted, "taoyuan"), TAOYUAN, "taoyuan")).toEqual([]);
  });

  it("offers a looser match of 柳岸镇's own indicator as a hint, declared so that it can be taken", () => {
    const brokers = figure(taoyuan, "12名");
    expect(brokers.metric).toBeUndefined();
    const hint = mark(taoyuan, "12名").hint!;
    expect(taoyuan.report.indicators?.find((i) => i.key === hint)?.name).toBe("秸秆经纪人");
    const offer = precedentOffers(taoyuan).get(brokers.id)!;
    expect(offer).toMatchObject({ kind: "hint", indicator: { key: hint, name: "秸秆经纪人" } });
    expect(precedentLine(offer, brokers.quote, false)).toBe("依据：柳岸镇的汇报把「培育秸秆经纪人15名」记为「秸秆经纪人」");
    // A reopened report's own corrections may not declare it yet: taking the hint declares it.
    const bare = { ...taoyuan.report, indicators: undefined };
    const taken = applyIndicator(bare, brokers.id, { kind: "set", key: hint, indicator: offer.indicator });
    expect(taken.measures.find((m) => m.id === brokers.id)!.metric).toEqual({ key: hint, counts: "秸秆经纪人" });
    expect(taken.indicators).toEqual([offer.indicator]);
    expect(applyIndicator(bare, brokers.id, { kind: "set", key: hint })).toBe(bare);
  });

  it("advises leaving without an indicator a figure 柳岸镇's reviewer left without one, in place of the catalogue's suggestion, and says whose figure it follows", () => {
    expect(figure(drafted(TAOYUAN, "taoyuan"), "5个").metric).toMatchObject({ key: "report-boxes", suggested: true });
    expect(figure(taoyuan, "5个").metric).toBeUndefined();
    expect(mark(taoyuan, "5个")).toMatchObject({ leaveOut: "others", precedent: { from: "柳岸镇" } });
    expect(mark(taoyuan, "5个").hint).toBeUndefined();
    expect(precedentOffers(taoyuan).has(figure(taoyuan, "5个").id)).toBe(false);
    expect(leftOutLine(mark(taoyuan, "5个").precedent!, figure(taoyuan, "5个").quote)).toMatch(
      /^依据：柳岸镇的汇报把「.*举报箱.*」留作不计入指标$/,
    );
  });

  it("gives a town on another notice nothing from 柳岸镇", () => {
    const qingxi = draft(QINGXI, "qingxi");
    const alone = drafted(QINGXI, "qingxi");
    expect(qingxi.report.measures.map((m) => m.metric)).toEqual(alone.report.measures.map((m) => m.metric));
    expect(qingxi.report.indicators).toBeUndefined();
    expect(qingxi.figureMarks).toEqual(alone.figureMarks);
    expect(figure(qingxi, "2个").metric).toMatchObject({ key: "report-boxes" });
  });
});

describe("once accepted", () => {
  it("柳岸镇 and 桃源镇 pair on /compare under the indicator's name, 柳岸镇's figure labelled otherwise", () => {
    const liuan = checkedLiuan(drafted(LIUAN, "liuan").report);
    const taoyuan = draft(TAOYUAN, "taoyuan");
    const accepted = applyIndicator(taoyuan.report, figure(taoyuan, "4个").id, { kind: "accept" });
    const rows = compareReports([liuan, accepted]).figures.flatMap((g) => g.rows);
    const stores = rows.find((r) => r.key === figure(taoyuan, "4个").metric!.key)!;
    expect(stores.label).toBe("秸秆收储点");
    expect(liuan.measures.find((m) => m.quantity?.text === "6个")!.label).not.toBe("秸秆收储点");
    expect(stores.cells.map((c) => c.display)).toEqual(["6", "4"]);
    expect(stores.diffs.map((d) => d && differenceText(d))).toEqual([null, "−2"]);
  });
});

describe("the 依据 line", () => {
  it("names the other town and its sentence, cut around the words the figures share", () => {
    const offers = precedentOffers(draft(TAOYUAN, "taoyuan"));
    const stores = [...offers.values()].find((o) => o.indicator.name === "秸秆收储点")!;
    expect(stores.kind).toBe("filled");
    expect(precedentLine(stores, "新建秸秆收储点4个", true)).toBe("依据：柳岸镇的汇报把「新建秸秆收储点6个」记为此指标");
    expect(precedentLine({ ...stores, note: { ...stores.note, alike: 3 } }, "新建秸秆收储点4个", true)).toBe(
      "依据：柳岸镇的汇报把「新建秸秆收储点6个」记为此指标；另有 3 个乡镇同样记",
    );
    const long =
      "今年以来，我镇高度重视秸秆综合利用工作，多次召开专题会议研究部署，全年新建秸秆收储点6个，覆盖全部行政村，有效解决了秸秆堆放难的问题";
    const cut = shortQuote(long, "新建秸秆收储点4个");
    expect(cut).toMatch(/^….*新建秸秆收储点6个.*…$/);
    expect([...cut].length).toBe(34);
    expect(shortQuote("新建秸秆收储点6个", "无关")).toBe("新建秸秆收储点6个");
  });
});

it("a published report's precedents are filed by its notice as any town writes it, and by its topic", () => {
  const files = (document: string | undefined, topic: string) =>
    precedentFiles({ requestedBy: document ? { issuer: "县民政局", document, quote: document } : undefined, topic });
  const notice = files("关于报送2025年度农村养老服务工作情况的通知", "养老服务");
  expect(notice).toHaveLength(2);
  expect(notice[0]).toMatch(/^notice-[0-9a-z]+$/);
  expect(files("《关于报送2025年度农村养老服务工作情况的通知》", "养老服务")).toEqual(notice);
  expect(files(undefined, "养老服务")).toEqual([notice[1]]);
  expect(files("关于报送2025年度社会救助工作情况的通知", "养老服务")[0]).not.toBe(notice[0]);
});
