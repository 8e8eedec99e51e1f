/**
 * The seed dataset against its source, checked by hand: every figure with the qualifier the
 * source gives, nothing invented, every blank kept as a gap.
 */
import { describe, expect, test } from "vitest";
import { figures } from "@/lib/report/derive";
import { findReport } from "@/lib/server/reports";
import { SEED_ID } from "./helpers";

const { report, source } = findReport(SEED_ID)!;
const measure = (id: string) => report.measures.find((m) => m.id === id)!;

describe("seed report: 某某镇 2020 意识形态工作", () => {
  test("metadata as the source states it", () => {
    expect(report.title).toBe("某某镇关于落实意识形态工作的情况汇报");
    expect(report.organization.name).toBe("某某镇");
    expect(report.period.label).toBe("2020年");
    expect(report.period.plansFor?.label).toBe("下半年");
    expect(report.requestedBy).toMatchObject({ issuer: "某某县委宣传部", document: "关于开展调研督导的通知" });
    expect(report.sections.map((s) => `${s.ordinal}、${s.heading}`)).toEqual([
      "一、高度重视,加强组织领导",
      "二、细化分工,确保责任到人",
      "三、突出重点、搞好主题宣传",
      "四、立足当前,助推工作上台阶",
    ]);
  });

  test("source.txt is the report body only: navigation lines removed", () => {
    expect(source).not.toMatch(/当前位置|推荐访问|浏览量/);
    expect(source.split("\n")[0]).toBe(report.title);
  });

  test("each figure with its value, unit, qualifier and cumulative flag", () => {
    const summary = Object.fromEntries(
      figures(report).map((f) => [f.id, [f.quantity.value, f.quantity.unit, f.quantity.qualifier, f.quantity.cumulative]]),
    );
    expect(summary).toEqual({
      "s2-tasklist": [5, "方面", "exact", false],
      "s3-banners": [186, "条", "exact", true],
      "s3-rectification": [3, "方面", "exact", false],
      "s3-slogans": [80, "条", "at_least", true],
      "s3-boxes": [36, "个", "exact", false],
      "s3-councils": [null, "个", "missing", false],
      "s3-activity-room": [1, "个", "exact", false],
      "s3-books": [5000, "册", "approx", true],
    });
  });

  test("every Arabic number in the source is a figure or a cadence in the dataset", () => {
    const written = [...source.matchAll(/\d+/g)].map((m) => m[0]);
    const covered = report.measures.flatMap((m) => [m.quantity?.text ?? "", m.cadence?.text ?? ""]).join(" ");
    for (const n of written) expect(covered, `「${n}」不在数据集中`).toContain(n);
  });

  test("report boxes are opened on the 12th and 28th of each month", () => {
    expect(measure("s3-box-opening").cadence).toEqual({ kind: "monthly_days", days: [12, 28], text: "每月12号、28号" });
  });

  test("the hotline and equipment carry no invented count", () => {
    for (const id of ["s3-hotline", "s3-equipment", "s3-courts"]) expect(measure(id).quantity).toBeUndefined();
    expect(measure("s3-courts").items).toEqual(["羽毛球场", "乒乓球场"]);
  });

  test("leadership group and the three documents", () => {
    expect(measure("s1-group").group).toEqual({
      name: "意识形态工作领导小组",
      leaders: ["党委书记"],
      deputies: ["党委副书记", "镇长", "党委副书记"],
    });
    const docs = report.measures.filter((m) => m.document).map((m) => m.document!.action);
    expect(docs).toEqual(["制定", "制定", "下发"]);
  });

  test("responsibility: three things written into, five areas, two bodies", () => {
    expect(measure("s2-integrate").items).toHaveLength(3);
    expect(measure("s2-tasklist").items).toEqual(["安排部署", "学习教育", "思想文化", "纪律作风", "组织生活"]);
    expect(measure("s2-bodies").items).toEqual(["某某镇党委", "各村党支部"]);
  });

  test("five campaigns in section 三", () => {
    expect(report.campaigns.map((c) => c.ordinal)).toEqual(["一是", "二是", "三是", "四是", "五是"]);
    expect(report.campaigns.every((c) => report.measures.some((m) => m.campaign === c.id))).toBe(true);
  });

  test("four weaknesses, four plans, each plan answering its weakness, owners and cadences kept", () => {
    expect(report.weaknesses).toHaveLength(4);
    expect(report.plans.map((p) => p.answers)).toEqual([["w1"], ["w2"], ["w3"], ["w4"]]);
    const commitments = report.plans.flatMap((p) => p.commitments);
    expect(commitments.filter((c) => c.owner).map((c) => c.owner)).toEqual(["党委书记", "镇纪委"]);
    expect(commitments.filter((c) => c.cadence).map((c) => c.cadence!.text)).toEqual(["每月定期", "不定期", "不定期"]);
  });

  test("the three blanks in the source are gaps, never guesses", () => {
    expect(report.gaps.map((g) => [g.kind, g.blankBefore])).toEqual([
      ["number", "个村"],
      ["date", "月日"],
      ["place", "等主干道路"],
    ]);
  });
});
