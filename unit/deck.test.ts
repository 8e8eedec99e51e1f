import { describe, expect, it } from "vitest";
import path from "node:path";
import { buildDeck, fitSlideChart, keyChart, slideIndex, type SectionSlide } from "@/lib/deck/deck";
import { maxSlideRows, slideChartHeight, slideChartRoom } from "@/lib/deck/stage";
import { chartsFor } from "@/lib/report/charts";
import { figures, headlineFigures } from "@/lib/report/derive";
import { findReport, loadReportFolder } from "@/lib/server/reports";
import type { Report } from "@/lib/model/schema";

const { report, source } = findReport("mouzhen-2020-ideology")!;
const slides = buildDeck(report);
const sectionSlides = slides.filter((s): s is SectionSlide => s.kind === "section");

describe("buildDeck on the seed report", () => {
  it("has a title, one slide per section with measures, the plans slide and a summary", () => {
    expect(slides.map((s) => s.id)).toEqual(["title", "s1", "s2", "s3", "plans", "summary"]);
    expect(slides[0]).toMatchObject({ kind: "title", title: report.title, organization: "某某镇", period: "2020年" });
  });

  it("names each slide's source section in its footer", () => {
    expect(sectionSlides.find((s) => s.id === "s3")!.footer).toBe("数据来源：第三部分「突出重点、搞好主题宣传」");
    expect(slides.find((s) => s.id === "plans")!.footer).toBe("数据来源：第四部分「立足当前，助推工作上台阶」");
    expect(slides.at(-1)!.footer).toBe("数据来源：全文（第一部分至第四部分）");
  });

  it("gives sections without numbers a chart of their measures by category, not invented figures", () => {
    const s1 = sectionSlides.find((s) => s.id === "s1")!;
    expect(s1.chart.id).toBe("section-s1-by-category");
    expect(s1.figures).toEqual([]);
    const counted = s1.chart.rows.reduce((n, r) => n + (r.value ?? 0), 0);
    expect(counted).toBe(report.measures.filter((m) => m.section === "s1").length);
    expect(s1.chart.rows.every((r) => r.value! > 0)).toBe(true);
  });

  it("shows the source's own figures for section 三, with honest qualifiers", () => {
    const s3 = sectionSlides.find((s) => s.id === "s3")!;
    expect(s3.chart.kind).toBe("figures");
    expect(s3.chart.rows.map((r) => r.display)).toEqual(["186", "≥80"]);
    expect(s3.figures.length).toBeGreaterThanOrEqual(1);
    expect(s3.figures.length).toBeLessThanOrEqual(3);
    expect(s3.figures.map((f) => f.display)).toEqual(["36", "原文缺失", "≈5,000"]);
    const missing = s3.figures.find((f) => f.qualifier === "missing")!;
    expect(missing.value).toBeNull();
    expect(s3.points).toHaveLength(report.campaigns.length);
  });

  it("puts every headline figure on a slide, as a card or in a chart", () => {
    const shown = new Set(
      sectionSlides.flatMap((s) => [...s.figures.map((f) => f.id), ...(s.chart.kind === "figures" ? s.chart.rows.map((r) => r.key) : [])]),
    );
    for (const f of headlineFigures(report)) expect(shown).toContain(f.id);
  });

  it("notes are verbatim source sentences behind the slide's figures", () => {
    for (const slide of slides) {
      expect(slide.notes.length).toBeGreaterThan(0);
      for (const note of slide.notes) expect(source).toContain(note.quote);
    }
    const s3 = sectionSlides.find((s) => s.id === "s3")!;
    expect(s3.notes.map((n) => n.quote)).toEqual(expect.arrayContaining(["累计悬挂条幅186条", "设置举报箱36个", "在个村成立文明理事会"]));
  });

  it("pairs each weakness with the plan that answers it", () => {
    const plans = slides.find((s) => s.kind === "plans")!;
    if (plans.kind !== "plans") throw new Error("not a plans slide");
    expect(plans.pairs).toHaveLength(report.weaknesses.length);
    expect(plans.pairs[0].plans[0].title).toBe("建立健全意识形态工作研判机制");
  });

  it("keeps a plan that answers no weakness on the slide, marked as such", () => {
    const unlinked: Report = { ...report, plans: report.plans.map((p, i) => (i === 0 ? { ...p, answers: [] } : p)) };
    const plans = buildDeck(unlinked).find((s) => s.kind === "plans")!;
    if (plans.kind !== "plans") throw new Error("not a plans slide");
    expect(plans.pairs.find((p) => p.id === "w1")!.plans).toEqual([]);
    const orphan = plans.pairs.find((p) => p.id === "p1")!;
    expect(orphan.weakness).toBeUndefined();
    expect(orphan.plans.map((p) => p.title)).toEqual(["建立健全意识形态工作研判机制"]);
  });

  it("counts the summary's figures by the qualifier each one has", () => {
    const summary = slides.at(-1)!;
    if (summary.kind !== "summary") throw new Error("not a summary slide");
    expect(summary.stats.find((s) => s.label === "原文数字")!.note).toBe("确数 5，至少 1，约数 1，原文缺失 1");
  });

  it("summarises counts the report supports", () => {
    const summary = slides.at(-1)!;
    if (summary.kind !== "summary") throw new Error("not a summary slide");
    expect(summary.stats.find((s) => s.label === "原文数字")!.value).toBe(String(figures(report).length));
    expect(summary.figures.map((f) => f.display)).toEqual(["186", "≥80", "36", "原文缺失", "≈5,000"]);
    expect(summary.gaps).toHaveLength(report.gaps.length);
  });
});

describe("keyChart", () => {
  it("never picks a chart that mixes sections", () => {
    for (const section of report.sections) {
      const chart = keyChart(report, section);
      if (chart) expect(chart.sectionIds).toEqual([section.id]);
    }
  });

  it("falls back to measures by category when a section's figures are not headline", () => {
    const noHeadline: Report = { ...report, measures: report.measures.map((m) => ({ ...m, headline: false })) };
    expect(keyChart(noHeadline, report.sections[2])!.id).toBe("section-s3-by-category");
  });
});

describe("a section too big for one slide (the hostile fixture: 25 categories and 25 measures a section)", () => {
  const hostile = loadReportFolder(path.join("fixtures/reports", "bingzhen-hostile")).report;
  const s1 = buildDeck(hostile).find((s): s is SectionSlide => s.id === "s1")!;

  it("draws only the bars that fit at full pitch, the largest, and its title says how many more the overview has", () => {
    expect(maxSlideRows(true)).toBe(3);
    expect(maxSlideRows(false)).toBe(5);
    expect(s1.chart.rows).toHaveLength(3);
    expect(s1.chart.title).toBe("第一部分各类举措数量（最多的 3 类，另 22 类未列出）");
    expect(slideChartHeight(s1.chart.rows.length, true)).toBeLessThanOrEqual(slideChartRoom(true));
    // the notes are the sentences behind what is shown, not behind all 25 categories
    expect(s1.notes.length).toBeLessThanOrEqual(3 + s1.figures.length);
  });

  it("keeps the rows with the largest values, in their order; a blank never outranks a number", () => {
    const chart = chartsFor(report).find((c) => c.kind === "figures" && c.rows.some((r) => r.value === null))!;
    const fitted = fitSlideChart(chart, 2);
    const largest = chart.rows
      .filter((r) => r.value !== null)
      .sort((a, b) => b.value! - a.value!)
      .slice(0, 2);
    expect(fitted.rows.map((r) => r.key)).toEqual(chart.rows.filter((r) => largest.includes(r)).map((r) => r.key));
    expect(fitted.title).toContain(`另 ${chart.rows.length - 2} 项见概览`);
    expect(fitSlideChart(chart, chart.rows.length)).toBe(chart);
  });

  it("lists eight points and counts the rest in the title", () => {
    expect(s1.points).toHaveLength(8);
    expect(s1.pointsTitle).toBe("主要举措（另 17 项见概览）");
  });
});

describe("slideIndex", () => {
  it("reads #n as slide n, clamped to the deck", () => {
    expect(slideIndex("#3", 6)).toBe(2);
    expect(slideIndex("", 6)).toBe(0);
    expect(slideIndex("#abc", 6)).toBe(0);
    expect(slideIndex("#99", 6)).toBe(5);
    expect(slideIndex("#0", 6)).toBe(0);
  });
});
