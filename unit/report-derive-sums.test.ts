import { describe, expect, it } from "vitest";
import { categoryTotals, honestSum } from "@/lib/report/derive";
import { figureSentence, figureText } from "@/lib/report/format";
import type { Quantity } from "@/lib/model/schema";
import { seed } from "./helpers";

const q = (value: number | null, qualifier: Quantity["qualifier"], max?: number): Quantity => ({
  value,
  qualifier,
  unit: "条",
  cumulative: false,
  text: "x",
  ...(max === undefined ? {} : { max }),
});

describe("honestSum", () => {
  it("stays a plain number only when every part is exact", () => {
    expect(figureText(honestSum([q(186, "exact"), q(14, "exact")], "条").quantity)).toBe("200");
  });

  it("is a lower bound as soon as one part is (80余)", () => {
    const sum = honestSum([q(186, "exact"), q(80, "at_least")], "条");
    expect(sum.lowerBound).toBe(true);
    expect(figureText(sum.quantity)).toBe("≥266");
    expect(figureSentence(sum.quantity)).toBe("至少 266 条");
  });

  it("is a lower bound when a part is blank, and says how many were left out", () => {
    const sum = honestSum([q(36, "exact"), q(null, "missing")], "个");
    expect([figureText(sum.quantity), sum.missing, sum.lowerBound]).toEqual(["≥36", 1, true]);
  });

  it("never hides an approximation", () => {
    const sum = honestSum([q(5000, "approx"), q(80, "at_least")], "册");
    expect(sum.approx).toBe(true);
    expect(sum.lowerBound).toBe(true);
    expect(figureText(sum.quantity)).toBe("≈5,080");
  });

  it("keeps upper bounds and ranges as such", () => {
    expect(figureText(honestSum([q(10, "at_most"), q(5, "at_most")], "条").quantity)).toBe("≤15");
    expect(figureText(honestSum([q(3, "range", 5), q(2, "exact")], "条").quantity)).toBe("5–7");
  });
});

describe("categoryTotals on the seed", () => {
  it("adds only figures of one category and one unit: 条幅 186 + 标语 80余 = at least 266 条", () => {
    const totals = categoryTotals(seed.report);
    expect(totals.map((t) => [t.label, t.unit, t.parts.map((p) => p.id), figureText(t.sum.quantity)])).toEqual([
      ["宣传氛围", "条", ["s3-banners", "s3-slogans"], "≥266"],
    ]);
  });
});
