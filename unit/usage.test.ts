import { describe, expect, it } from "vitest";
import { chartsFor } from "@/lib/charts";
import { figures, headlineFigures } from "@/lib/derive";
import { chartUsers, kpiUsers, usesByMeasure } from "@/lib/usage";
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
      expect(counted.map((u) => u.row), f.id).toEqual([report.categories.find((c) => c.id === f.category)!.label]);
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
