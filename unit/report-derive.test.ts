import { describe, expect, test } from "vitest";
import { chartsFor } from "@/lib/report/charts";
import { completeness, countsByCategory, figuresByUnit, headlineFigures, weaknessPlans } from "@/lib/report/derive";
import { figureSentence, figureText, typeset, wrapLabel } from "@/lib/report/format";
import { reportJsonSchema } from "@/lib/model/json-schema";
import { findReport } from "@/lib/server/reports";
import type { Quantity } from "@/lib/model/schema";
import { readFileSync } from "node:fs";
import { SEED_ID } from "./helpers";

const { report } = findReport(SEED_ID)!;
const q = (over: Partial<Quantity>): Quantity => ({ value: 80, unit: "条", qualifier: "exact", cumulative: false, text: "80条", ...over });

describe("format: a figure never loses its qualifier", () => {
  test.each([
    [q({ value: 186 }), "186", "186 条"],
    [q({ qualifier: "at_least", cumulative: true }), "≥80", "至少 80 条（累计）"],
    [q({ value: 5000, unit: "册", qualifier: "approx" }), "≈5,000", "约 5,000 册"],
    [q({ qualifier: "at_most" }), "≤80", "至多 80 条"],
    [q({ value: 3, max: 5, unit: "次", qualifier: "range" }), "3–5", "3 至 5 次"],
    [q({ value: null, qualifier: "missing", text: "个村" }), "原文缺失", "原文缺失（原文写作“个村”，未给出数字）"],
  ])("%#: %o", (quantity, text, sentence) => {
    expect(figureText(quantity)).toBe(text);
    expect(figureSentence(quantity)).toBe(sentence);
  });
});

describe("derived figures of the seed", () => {
  test("counts by category add up to the measures, in the declared order", () => {
    const counts = countsByCategory(report);
    expect(counts.map((c) => c.id)).toEqual(report.categories.map((c) => c.id));
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(report.measures.length);
    expect(Object.fromEntries(counts.map((c) => [c.id, c.count]))).toEqual({
      deployment: 3,
      organization: 1,
      documents: 4,
      responsibility: 5,
      study: 2,
      publicity: 2,
      supervision: 4,
      customs: 3,
      culture: 4,
    });
  });

  test("headline figures are the five the source states for section 三", () => {
    expect(headlineFigures(report).map((f) => figureText(f.quantity))).toEqual(["186", "≥80", "36", "原文缺失", "≈5,000"]);
  });

  test("figures are grouped by unit so 条 and 册 never share an axis", () => {
    expect(figuresByUnit(report).map((g) => [g.unit, g.figures.map((f) => f.quantity.value)])).toEqual([
      ["方面", [5, 3]],
      ["条", [186, 80]],
      ["个", [36, null, 1]],
      ["册", [5000]],
    ]);
  });

  test("completeness counts qualifiers and blanks", () => {
    expect(completeness(report)).toEqual({
      total: 8,
      byQualifier: { exact: 5, at_least: 1, at_most: 0, approx: 1, range: 0, missing: 1 },
      gaps: 3,
    });
  });

  test("every weakness has a plan and no plan answers none", () => {
    const { pairs, unanswering } = weaknessPlans(report);
    expect(pairs.map((p) => p.plans.map((plan) => plan.id))).toEqual([["p1"], ["p2"], ["p3"], ["p4"]]);
    expect(unanswering).toEqual([]);
  });
});

describe("chart registry", () => {
  const charts = chartsFor(report);

  test("ids are unique ASCII and each chart has one unit", () => {
    expect(new Set(charts.map((c) => c.id)).size).toBe(charts.length);
    for (const c of charts) expect(c.id).toMatch(/^[a-z0-9-]+$/);
  });

  test("one bar per category in the category chart", () => {
    expect(charts[0].rows.map((r) => r.label)).toEqual(report.categories.map((c) => c.label));
  });

  test("a missing figure is a null value with its qualifier, not 0", () => {
    const row = charts.flatMap((c) => c.rows).find((r) => r.key === "s3-councils")!;
    expect(row).toMatchObject({ value: null, display: "原文缺失", qualifier: "missing" });
  });
});

test("data/report.schema.json is generated from the current schema (npm run schema)", () => {
  expect(readFileSync("data/report.schema.json", "utf8")).toBe(reportJsonSchema());
});

describe("display helpers", () => {
  test("long labels wrap onto two lines between words, and are cut with …", () => {
    expect(wrapLabel("设置举报箱", 12)).toEqual(["设置举报箱"]);
    expect(wrapLabel("某某街道办事处 · 2021年上半年", 12)).toEqual(["某某街道办事处", "2021年上半年"]);
    expect(wrapLabel("从五大方面建立党委意识形态工作任务清单", 12)).toEqual(["从五大方面建立党委", "意识形态工作任务清单"]);
    expect(wrapLabel("部署三方面重要工作从严从快", 12)).toEqual(["部署三方面重要", "工作从严从快"]);
    expect(wrapLabel("粉刷、悬挂、张贴社会宣传标语", 12)).toEqual(["粉刷、悬挂、", "张贴社会宣传标语"]);
    expect(wrapLabel("一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳", 12)).toEqual([
      "一二三四五六七八九十甲乙",
      "丙丁戊己庚辛壬癸子丑寅…",
    ]);
  });

  test("ASCII punctuation between Chinese is set full-width, elsewhere left alone", () => {
    expect(typeset("高度重视,加强组织领导")).toBe("高度重视，加强组织领导");
    expect(typeset("(一)")).toBe("（一）");
    expect(typeset("2022-01-08 00:44:16")).toBe("2022-01-08 00:44:16");
  });
});
