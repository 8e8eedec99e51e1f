import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareReports, difference, differenceText, niceMax, type Row } from "@/lib/compare/compare";
import { bounds, type Amount } from "@/lib/model/quantity";
import { comparisonChart } from "@/lib/compare/chart";
import { loadReportFolder } from "@/lib/server/reports";

const fixture = (id: string) => loadReportFolder(path.join("fixtures/reports", id)).report;
const h1 = fixture("jiazhen-2021-h1");
const h2 = fixture("jiazhen-2021-h2");
const yi = fixture("yizhen-2021-h1");

const exact = (value: number): Amount => ({ value, qualifier: "exact" });
const text = (base: Amount, other: Amount) => differenceText(difference(base, other));

describe("difference", () => {
  it("subtracts two exact figures", () => {
    expect(text(exact(120), exact(150))).toBe("+30");
    expect(text(exact(20), exact(15))).toBe("−5");
    expect(text(exact(20), exact(20))).toBe("持平");
  });

  it("keeps a lower bound a bound: 80余 vs 95 is at most +15, 95 vs 80余 at least −15", () => {
    const atLeast80: Amount = { value: 80, qualifier: "at_least" };
    expect(difference(atLeast80, exact(95))).toEqual({ kind: "bounded", lo: -Infinity, hi: 15, approx: false });
    expect(text(atLeast80, exact(95))).toBe("≤+15");
    expect(text(exact(95), atLeast80)).toBe("≥−15");
  });

  it("marks a difference with an estimate as approximate", () => {
    expect(text({ value: 3000, qualifier: "approx" }, exact(3500))).toBe("≈+500");
    expect(text({ value: 3000, qualifier: "approx" }, { value: 3000, qualifier: "approx" })).toBe("≈0");
  });

  it("cannot compute across a blank, nor between two lower bounds", () => {
    expect(text({ value: null, qualifier: "missing" }, exact(12))).toBe("无法计算");
    expect(text({ value: 80, qualifier: "at_least" }, { value: 90, qualifier: "at_least" })).toBe("无法确定");
  });

  it("turns ranges and upper bounds into intervals", () => {
    expect(bounds({ value: 3, max: 5, qualifier: "range" })).toEqual({ lo: 3, hi: 5, approx: false });
    expect(bounds({ value: 10, qualifier: "at_most" })).toEqual({ lo: 0, hi: 10, approx: false });
    expect(text({ value: 3, max: 5, qualifier: "range" }, exact(10))).toBe("+5 至 +7");
  });
});

const rowOf = (rows: Row[], key: string) => {
  const found = rows.find((r) => r.key === key);
  if (!found) throw new Error(`no row ${key}`);
  return found;
};

describe("compareReports: one town, two periods", () => {
  const c = compareReports([h1, h2]);
  const all = c.figures.flatMap((g) => g.rows);

  it("matches figures by metric key and takes differences from the first report", () => {
    const banners = rowOf(all, "banners");
    expect(banners.cells.map((cell) => cell.display)).toEqual(["120", "150"]);
    expect(banners.diffs.map((d) => d && differenceText(d))).toEqual([null, "+30"]);
    expect(differenceText(rowOf(all, "slogans").diffs[1]!)).toBe("≤+15");
    expect(differenceText(rowOf(all, "books").diffs[1]!)).toBe("≈+500");
    expect(differenceText(rowOf(all, "councils").diffs[1]!)).toBe("无法计算");
  });

  it("shows a figure one report lacks as absent, with no difference", () => {
    const study = rowOf(all, "study-sessions");
    expect(study.cells[1]).toMatchObject({ state: "absent", display: "无此项" });
    expect(study.diffs[1]).toBeNull();
    expect(rowOf(all, "commentators").cells[0]).toMatchObject({ state: "absent" });
  });

  it("groups figures by unit, one shared axis each", () => {
    expect(c.figures.map((g) => g.unit)).toEqual(["条", "个", "次", "册", "名"]);
    expect(c.figures.find((g) => g.unit === "条")!.max).toBe(200); // 150 rounded up to a round axis end
    expect(c.notComparable).toEqual([]);
  });

  it("shows a category one report lacks as absent, not zero", () => {
    const study = rowOf(c.categories, "study");
    expect(study.cells.map((cell) => cell.display)).toEqual(["1", "无此类别"]);
    expect(rowOf(c.categories, "team").cells[0].state).toBe("absent");
  });
});

describe("compareReports: two towns", () => {
  const c = compareReports([h1, yi]);
  const all = c.figures.flatMap((g) => g.rows);

  it("flags 条幅 vs 横幅 and 本期 vs 累计 as not comparable, with no difference", () => {
    expect(c.notComparable.map((r) => r.key)).toEqual(["banners", "slogans"]);
    const banners = rowOf(all, "banners");
    expect(banners.comparable).toBe(false);
    expect(banners.diffs).toEqual([null, null]);
    expect(banners.reasons[0]).toContain("统计对象为“悬挂的横幅”，而非“悬挂的条幅”");
    expect(rowOf(all, "slogans").reasons[0]).toContain("为累计数，而非本期数");
  });

  it("still compares what is comparable", () => {
    expect(differenceText(rowOf(all, "report-boxes").diffs[1]!)).toBe("−5");
    expect(differenceText(rowOf(all, "study-sessions").diffs[1]!)).toBe("+2");
  });

  it("draws no bar for a figure that counts something else, and says why", () => {
    const chart = comparisonChart(rowOf(all, "banners"), c.reports, 200, "figures");
    expect(chart.rows.map((r) => [r.label, r.value, r.display])).toEqual([
      ["甲镇 · 2021年上半年", 120, "120"],
      ["乙镇 · 2021年上半年", null, "口径不同"],
    ]);
    // The axis holds only what is drawn: 900 横幅 does not stretch the 条幅 scale.
    const bigBanners = {
      ...yi,
      measures: yi.measures.map((m) => (m.id === "banners" ? { ...m, quantity: { ...m.quantity!, value: 900 } } : m)),
    };
    expect(compareReports([h1, bigBanners]).figures.find((g) => g.unit === "条")!.max).toBe(200);
  });
});

describe("compareReports: three reports", () => {
  it("keeps the comparable pair when only the third differs", () => {
    const c = compareReports([h1, h2, yi]);
    const banners = rowOf(
      c.figures.flatMap((g) => g.rows),
      "banners",
    );
    expect(banners.diffs.map((d) => d && differenceText(d))).toEqual([null, "+30", null]);
    expect(banners.reasons).toHaveLength(1);
  });

  it("lists figures without a metric key instead of dropping them", () => {
    const seedLike = { ...h1, measures: h1.measures.map((m) => (m.id === "books" ? { ...m, metric: undefined } : m)) };
    const c = compareReports([seedLike, h2]);
    expect(c.unmatched[0].figures).toEqual([{ id: "books", label: "购买图书", display: "≈3,000 册" }]);
    expect(c.figures.flatMap((g) => g.rows).find((r) => r.key === "books")!.cells[0].state).toBe("absent");
  });
});

describe("niceMax", () => {
  it("rounds an axis end up to 1, 2 or 5 × 10ⁿ", () => {
    expect([0, 1, 8, 15, 20, 120, 150, 3500].map(niceMax)).toEqual([1, 1, 10, 20, 20, 200, 200, 5000]);
  });
});

describe("compareReports: commitments across periods", () => {
  it("sets an earlier report's commitments against what the later one says, silence as null", () => {
    for (const order of [
      [h1, h2],
      [h2, h1],
    ]) {
      const [table] = compareReports(order).followUps;
      expect(table.earlier.id).toBe("jiazhen-2021-h1");
      expect(table.followers.map((f) => f.id)).toEqual(["jiazhen-2021-h2"]);
      expect(table.rows.map((r) => [r.id, r.cells[0]?.state ?? null])).toEqual([
        ["p1-team", "done"],
        ["p1-training", "in_progress"],
        ["p2-refresh", null],
      ]);
    }
  });

  it("has nothing to show for reports that do not follow each other up", () => {
    expect(compareReports([h1, yi]).followUps).toEqual([]);
  });
});
