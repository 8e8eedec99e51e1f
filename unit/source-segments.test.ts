import { describe, expect, it } from "vitest";
import { figures } from "@/lib/report/derive";
import { inline } from "@/lib/report/format";
import { highlightSource, paragraphRanges, textOfSegments, type Paragraph, type SourceSegment } from "@/lib/source/segments";
import type { Report } from "@/lib/model/schema";
import { seed } from "./helpers";

type MarkSegment = Extract<SourceSegment, { type: "mark" }>;

function marks(segments: SourceSegment[]): MarkSegment[] {
  return segments.flatMap((s) => (s.type === "mark" ? [s, ...marks(s.children)] : []));
}
const allMarks = (paragraphs: Paragraph[]) => paragraphs.flatMap((p) => marks(p.segments).map((m) => ({ ...m, paragraph: p.index })));
const piecesOf = (paragraphs: Paragraph[], kind: string, id: string) => allMarks(paragraphs).filter((m) => m.kind === kind && m.id === id);

const { report, source } = seed;
const paragraphs = highlightSource(report, source);

describe("highlightSource on the seed", () => {
  it("gives every figure exactly one highlight, anchored once, covering its whole quote", () => {
    const figs = figures(report);
    expect(figs.length).toBe(8);
    for (const f of figs) {
      const pieces = piecesOf(paragraphs, "figure", f.id);
      expect(
        pieces.filter((p) => p.first),
        f.id,
      ).toHaveLength(1);
      expect(
        pieces.filter((p) => p.last),
        f.id,
      ).toHaveLength(1);
      expect(pieces.map((p) => textOfSegments(p.children)).join(""), f.id).toBe(inline(f.quote));
    }
    const anchored = allMarks(paragraphs).filter((m) => m.kind === "figure" && m.first);
    expect(anchored.map((m) => m.id).sort()).toEqual(figs.map((f) => f.id).sort());
  });

  it("lists each figure under the paragraph its quote starts in, in reading order", () => {
    const listed = paragraphs.flatMap((p) => p.figureIds);
    expect(listed.sort()).toEqual(
      figures(report)
        .map((f) => f.id)
        .sort(),
    );
    const s3 = paragraphs.find((p) => p.figureIds.includes("s3-banners"))!;
    expect(s3.figureIds).toEqual(["s3-banners", "s3-rectification", "s3-slogans", "s3-boxes"]);
  });

  it("keeps the text intact: marks and blanks add nothing and drop nothing", () => {
    const ranges = paragraphRanges(source);
    paragraphs.forEach((p, i) => expect(textOfSegments(p.segments)).toBe(source.slice(...ranges[i])));
  });

  it("splits paragraphs on blank lines, so a scraped page-break cuts a sentence in two", () => {
    const texts = paragraphRanges(source).map(([s, e]) => source.slice(s, e));
    expect(texts[0]).toBe(report.title);
    const broken = paragraphs.filter((p) => p.breaksMidSentence).map((p) => source.slice(p.end - 4, p.end));
    expect(broken).toEqual(["工作任务", "公开举报", "查,党委"]);
    expect(paragraphs.filter((p) => p.role === "heading").map((p) => p.section)).toEqual(["s1", "s2", "s3", "s4"]);
  });

  it("highlights a quote that spans a page-break in both paragraphs", () => {
    const hotline = piecesOf(paragraphs, "measure", "s3-hotline");
    expect(hotline.map((p) => [textOfSegments(p.children), p.first, p.last])).toEqual([
      ["公开举报", true, false],
      ["专线电话", false, true],
    ]);
    expect(hotline[1].paragraph).toBe(hotline[0].paragraph + 1);
    const tasklist = piecesOf(paragraphs, "figure", "s2-tasklist");
    expect(tasklist).toHaveLength(2);
    expect(textOfSegments(tasklist[1].children)).toBe("清单");
    const secretary = piecesOf(paragraphs, "commitment", "p1-secretary");
    expect(secretary.map((p) => textOfSegments(p.children))[0]).toBe("党委");
  });

  it("nests a gap whose quote equals its measure's inside the measure, the blank right before the missing number", () => {
    const councils = piecesOf(paragraphs, "figure", "s3-councils")[0];
    expect(councils.children).toHaveLength(1);
    const gap = councils.children[0] as MarkSegment;
    expect([gap.kind, gap.id]).toEqual(["gap", "gap-council-villages"]);
    expect(
      gap.children.map((s) =>
        s.type === "mark" ? `[${s.kind}:${textOfSegments(s.children)}]` : s.type === "blank" ? `<${s.label}>` : s.text,
      ),
    ).toEqual(["在", "<原文此处缺少数字>", "[number:个村]", "成立文明理事会"]);
  });

  it("puts a blank at the very start of a coinciding quote inside both marks", () => {
    const meeting = piecesOf(paragraphs, "measure", "s3-meeting")[0];
    const gap = meeting.children[0] as MarkSegment;
    expect(gap.id).toBe("gap-meeting-date");
    expect(gap.children[0]).toEqual({ type: "blank", gap: "gap-meeting-date", label: "原文此处缺少日期" });
    expect(textOfSegments(gap.children)).toBe("月日,召开专门会议");
  });

  it("marks every gap exactly once", () => {
    const blanks = paragraphs.flatMap((p) => p.gapIds);
    expect(blanks.sort()).toEqual(report.gaps.map((g) => g.id).sort());
  });

  it("is deterministic", () => {
    expect(highlightSource(report, source)).toEqual(paragraphs);
  });
});

describe("highlightSource rules on small cases", () => {
  const base: Report = {
    ...report,
    title: "标题",
    organization: { name: "某镇", quote: "标题" },
    period: { label: "2020年", basis: "测试" },
    requestedBy: undefined,
    plansLead: undefined,
    sections: [{ id: "s1", ordinal: "一", heading: "甲", quote: "一、甲" }],
    campaigns: [],
    weaknesses: [],
    plans: [],
    gaps: [],
    measures: [],
  };
  const measure = (id: string, quote: string, quantityText?: string) => ({
    id,
    section: "s1",
    category: report.categories[0].id,
    label: id,
    quote,
    ...(quantityText ? { quantity: { value: 1, unit: "个", qualifier: "exact" as const, cumulative: false, text: quantityText } } : {}),
  });

  it("cuts a crossing quote at the end of the one it starts in", () => {
    const r = { ...base, measures: [measure("m1", "甲乙丙"), measure("m2", "丙丁戊")] };
    const [, , body] = highlightSource(r, "标题\n\n一、甲\n\n甲乙丙丁戊己");
    const m2 = marks(body.segments).filter((m) => m.id === "m2");
    expect(m2.map((m) => [textOfSegments(m.children), m.first, m.last])).toEqual([
      ["丙", true, false],
      ["丁戊", false, true],
    ]);
    expect(textOfSegments(body.segments)).toBe("甲乙丙丁戊己");
    expect((body.segments[0] as MarkSegment).children.at(-1)).toMatchObject({ id: "m2", first: true });
  });

  it("orders coinciding marks by kind, not by their order in report.json", () => {
    const gap = { id: "g1", kind: "number" as const, what: "数", blankBefore: "个", measure: "m1", quote: "在个村" };
    const a = highlightSource({ ...base, measures: [measure("m1", "在个村", "个村")], gaps: [gap] }, "标题\n\n在个村");
    const [, body] = a;
    const outer = body.segments[0] as MarkSegment;
    expect([outer.kind, (outer.children[0] as MarkSegment).kind]).toEqual(["figure", "gap"]);
  });
});
