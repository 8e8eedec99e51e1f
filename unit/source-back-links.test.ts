import { describe, expect, it } from "vitest";
import { chartsFor } from "@/lib/report/charts";
import { figures, headlineFigures } from "@/lib/report/derive";
import { buildDeck } from "@/lib/deck/deck";
import { chartUsers, kpiUsers, placeNames, slideUsers, usesByMeasure, useText } from "@/lib/source/back-links";
import { seed } from "./helpers";

const { report } = seed;
const uses = usesByMeasure([...chartUsers(chartsFor(report)), ...kpiUsers(headlineFigures(report))]);

describe("what uses each figure", () => {
  it("names the chart that draws its number and the category bar that counts it", () => {
    for (const f of figures(report)) {
      const list = uses[f.id];
      const value = list.filter((u) => u.kind === "chart" && u.role === "value");
      expect(value, f.id).toHaveLength(1);
      expect(value[0].title).toBe(`原文数字（单位：${f.quantity.unit}）`);
      const counted = list.filter((u) => u.role === "count");
      expect(
        counted.map((u) => u.row),
        f.id,
      ).toEqual([report.categories.find((c) => c.id === f.category)!.label]);
    }
  });

  it("adds the headline card for headline figures only, linking to the card", () => {
    expect(uses["s3-banners"].filter((u) => u.kind === "kpi")).toEqual([
      { kind: "kpi", title: "重点数字", place: { page: "overview", at: "kpi-s3-banners" }, role: "value" },
    ]);
    expect(uses["s2-tasklist"].some((u) => u.kind === "kpi")).toBe(false);
  });

  it("covers measures without a number through the category chart", () => {
    expect(uses["s3-hotline"].map((u) => [u.kind, u.role, u.row])).toEqual([["chart", "count", "监督举报"]]);
  });
});

describe("slides that use a figure", () => {
  const slides = buildDeck(report);
  const bySlide = usesByMeasure(slideUsers(slides));

  it("name every slide that shows a headline figure, by number, once per slide", () => {
    for (const f of headlineFigures(report)) {
      const shown = slides.flatMap((s, i) =>
        (s.kind === "summary" && s.figures.some((x) => x.id === f.id)) ||
        (s.kind === "section" && s.rows.some((r) => r.lines.some((l) => l.measureIds.includes(f.id))))
          ? [i + 1]
          : [],
      );
      // on its section's slide and on 主要成效
      expect(shown.length, f.id).toBe(2);
      const named = bySlide[f.id].map((u) => u.place.at);
      for (const n of shown) expect(named, f.id).toContain(String(n));
      expect(new Set(named).size).toBe(named.length);
    }
  });

  it("call a line showing the figure a value, a category bar a count", () => {
    const section3 = slides.findIndex((s) => s.id === "s3") + 1;
    const banners = bySlide["s3-banners"].find((u) => u.place.at === String(section3))!;
    expect([banners.role, useText(banners)]).toEqual(["value", `幻灯片第 ${section3} 张「三、突出重点、搞好主题宣传」`]);
    const chart = slides.findIndex((s) => s.kind === "chart") + 1;
    const counted = bySlide["s3-banners"].find((u) => u.place.at === String(chart))!;
    expect([counted.role, useText(counted)]).toEqual(["count", `幻灯片第 ${chart} 张「工作举措分布」（计入“宣传氛围”）`]);
  });

  it("give the way back from the source view a name for each slide and chart", () => {
    const charts = chartsFor(report);
    const names = placeNames(report, charts, slideUsers(slides));
    const section3 = slides.findIndex((s) => s.id === "s3") + 1;
    expect(names[`present#${section3}`]).toBe(`第 ${section3} 张「三、突出重点、搞好主题宣传」`);
    expect(names["overview#chart-figures-u6761"]).toBe("图表「原文数字（单位：条）」");
    expect(names["plans#w3"]).toBe("不足三是");
  });
});
