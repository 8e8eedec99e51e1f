import { describe, expect, it } from "vitest";
import path from "node:path";
import {
  buildDeck,
  MAX_BODY_CHARS,
  projectedText,
  slideIndex,
  splitEvenly,
  type PlansSlide,
  type SectionSlide,
  type Slide,
} from "@/lib/deck/deck";
import { lineText } from "@/lib/deck/voice";
import { notesLines } from "@/lib/deck/notes";
import { figures, headlineFigures } from "@/lib/report/derive";
import { findReport, loadReportFolder } from "@/lib/server/reports";
import type { Report } from "@/lib/model/schema";

const { report, source } = findReport("mouzhen-2020-ideology")!;
const slides = buildDeck(report);
const sections = slides.filter((s): s is SectionSlide => s.kind === "section");
const sectionText = (id: string) =>
  sections
    .filter((s) => s.id === id || s.id.startsWith(`${id}-`))
    .flatMap((s) => s.rows.flatMap((r) => [r.lead ?? "", ...r.lines.map((l) => lineText(l.runs))]))
    .join("\n");
/** The words of the site, not of the report: never on a projected slide. */
const SITE_WORDS = ["本站", "确数", "原文缺失", "计划时段", "原文数字", "数据来源", "≥", "≈"];
const hostile = loadReportFolder(path.join("fixtures/reports", "bingzhen-hostile")).report;

describe("buildDeck on the seed report: the structure a leader expects", () => {
  it("封面 → 目录 → 一、二、三 → 主要成效 → 工作举措分布 → 四 → 汇报完毕", () => {
    expect(slides.map((s) => s.kind)).toEqual([
      "title",
      "agenda",
      ...sections.map(() => "section"),
      "summary",
      "chart",
      ...slides.filter((s) => s.kind === "plans").map(() => "plans"),
      "closing",
    ]);
    expect(slides.at(-1)).toMatchObject({ kind: "closing", title: "汇报完毕，谢谢！" });
    expect(slides[0]).toMatchObject({ kind: "title", title: report.title, organization: "某某镇", period: "2020年" });
    expect((slides[1] as Extract<Slide, { kind: "agenda" }>).items).toEqual([
      "一、高度重视，加强组织领导",
      "二、细化分工，确保责任到人",
      "三、突出重点、搞好主题宣传",
      "四、立足当前，助推工作上台阶",
    ]);
  });

  it("the cover leaves 汇报人 blank (the source names no one) and says so in the notes", () => {
    expect(projectedText(slides[0])).toContain("〔 〕");
    expect(slides[0].remarks.join()).toContain("汇报人：原文未写明");
  });

  it("shows no site vocabulary and no qualifier signs on any projected slide", () => {
    for (const slide of [...slides, ...buildDeck(hostile)]) {
      const text = projectedText(slide).join("\n");
      for (const word of SITE_WORDS) expect(text, `「${slide.title}」含“${word}”`).not.toContain(word);
    }
  });

  it("keeps each slide's body to about 120 characters, splitting a long section", () => {
    for (const slide of slides) expect([...projectedText(slide).slice(1).join("")].length, slide.id).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(sections.map((s) => s.id)).toEqual(["s1", "s2", "s2-2", "s3", "s3-2", "s3-3"]);
    expect(sections.find((s) => s.id === "s3-2")!.title).toBe("三、突出重点、搞好主题宣传（续）");
  });
});

describe("section slides say what each section says, in its own words", () => {
  it("一: the leadership group and the three documents by name", () => {
    const text = sectionText("s1");
    expect(text).toContain("成立意识形态工作领导小组，党委书记任组长，党委副书记、镇长、党委副书记任副组长");
    for (const m of report.measures.filter((x) => x.document)) expect(text).toContain(`《${m.document!.title}》`);
  });

  it("二: the five areas and the three things ideology work is written into", () => {
    const text = sectionText("s2");
    expect(text).toContain("安排部署、学习教育、思想文化、纪律作风、组织生活");
    expect(text).toContain("党建工作责任制、领导班子、领导干部目标管理、领导班子成员民主生活会和述职报告");
  });

  it("三: the five campaigns with their figures and context", () => {
    const text = sectionText("s3");
    for (const c of report.campaigns) expect(text).toContain(c.title);
    expect(text).toContain("每月12号、28号定期开箱");
    expect(text).toContain("在〔 〕等主干道路沿线，累计悬挂条幅186条");
    expect(text).toContain("〔 〕月〔 〕日，召开专门会议");
  });

  it("every figure is on a section slide exactly as the source writes it, in the red run", () => {
    const runs = sections.flatMap((s) => s.rows.flatMap((r) => r.lines.flatMap((l) => l.runs)));
    const marked = runs.filter((r) => r.mark === "figure").map((r) => r.text);
    for (const f of figures(report).filter((x) => x.quantity.value !== null && /\d/.test(x.quantity.text))) {
      expect(marked).toContain(f.quantity.text);
      expect(source).toContain(f.quantity.text);
    }
    expect(marked).toEqual(expect.arrayContaining(["80余条", "近5000册", "186条", "36个"]));
  });

  it("a blank stays a quiet blank in place, with 原文未写明 in the notes", () => {
    const s = sections.find((x) => x.rows.some((r) => r.lines.some((l) => l.measureIds.includes("s3-councils"))))!;
    const line = s.rows.flatMap((r) => r.lines).find((l) => l.measureIds.includes("s3-councils"))!;
    expect(line.runs).toEqual([{ text: "在" }, { text: "〔 〕", mark: "blank" }, { text: "个村成立文明理事会" }]);
    expect(s.remarks).toContain("成立文明理事会的村数：原文未写明（空白照原文保留，不作猜测）");
  });

  it("the honest reading of 余/近 is in the notes, never on the slide", () => {
    const notes = sections.flatMap(notesLines).join("\n");
    expect(notes).toContain("原文“80余条”，即至少 80 条（累计）");
    expect(notes).toContain("原文“近5000册”，即约 5,000 册（累计）");
    expect(notes).toContain("依据：第三部分「突出重点、搞好主题宣传」");
  });

  it("notes quote the source verbatim", () => {
    for (const slide of slides) for (const note of slide.notes) expect(source).toContain(note.quote);
  });
});

describe("主要成效 and 工作举措分布", () => {
  const summary = slides.find((s) => s.kind === "summary")!;
  it("主要成效 holds the headline figures as the source writes them", () => {
    if (summary.kind !== "summary") throw new Error("not a summary");
    expect(summary.figures.map((f) => f.id)).toEqual(headlineFigures(report).map((f) => f.id));
    expect(summary.figures.map((f) => f.text)).toEqual(["186条", "80余条", "36个", "〔 〕个村", "近5000册"]);
  });

  it("the counts by category appear once, as 工作举措分布, with how they were counted in the notes", () => {
    const charts = slides.filter((s) => s.kind === "chart");
    expect(charts).toHaveLength(1);
    expect(charts[0].title).toBe("工作举措分布");
    expect(charts[0].remarks[0]).toContain("不是原文数字");
  });
});

describe("四: each problem beside its measure", () => {
  const plans = slides.filter((s): s is PlansSlide => s.kind === "plans");
  it("keeps the report's own heading, with 责任 and 频次, split evenly across slides", () => {
    expect(plans.map((p) => p.title)).toEqual(["四、立足当前，助推工作上台阶", "四、立足当前，助推工作上台阶（续）"]);
    expect(plans.map((p) => p.rows.length)).toEqual([2, 2]);
    expect(plans[0].rows[0]).toEqual({
      id: "w1",
      problem: "一是意识形态工作研判制度不够健全",
      measure: "（一）建立健全意识形态工作研判机制",
      owners: "党委书记",
      cadences: "每月定期、不定期",
    });
    expect(plans[0].subtitle).toBe("存在问题与下半年打算");
    // the full text is in the notes
    expect(plans[0].remarks).toContain("一是各村、各部门的意识形态研判工作职责不够明确");
  });

  it("keeps a plan that answers no problem, marked as such", () => {
    const unlinked: Report = { ...report, plans: report.plans.map((p, i) => (i === 0 ? { ...p, answers: [] } : p)) };
    const rows = buildDeck(unlinked)
      .filter((s): s is PlansSlide => s.kind === "plans")
      .flatMap((s) => s.rows);
    expect(rows.find((r) => r.id === "w1")!.measure).toBeUndefined();
    expect(rows.find((r) => r.id === "p1")).toMatchObject({ problem: undefined, measure: "（一）建立健全意识形态工作研判机制" });
  });
});

describe("splitEvenly", () => {
  it("spreads items evenly over the fewest slides that hold them", () => {
    const one = (n: number) => n;
    expect(splitEvenly([50, 50, 50, 50], one, 150)).toEqual([
      [50, 50],
      [50, 50],
    ]);
    expect(splitEvenly([10, 20], one, 150)).toEqual([[10, 20]]);
    expect(splitEvenly([200, 10], one, 150)).toEqual([[200], [10]]);
    expect(splitEvenly([1, 1, 1, 1], one, 150, 3)).toEqual([
      [1, 1],
      [1, 1],
    ]);
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
