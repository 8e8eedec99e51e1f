/**
 * The extractor as a whole (lib/extract: extractReport): its drafts of the hand-annotated fixtures
 * and of the seed, and its safety on any input.
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractReport } from "@/lib/extract";
import { type Expected, locate, scoreExtraction, sumScores } from "@/lib/extract/evaluate";
import type { Report } from "@/lib/model/schema";
import { validateReport } from "@/lib/model/validate";

const dir = "fixtures/extract";
const names = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort();
const load = (name: string) => ({
  text: fs.readFileSync(path.join(dir, `${name}.txt`), "utf8"),
  expected: JSON.parse(fs.readFileSync(path.join(dir, `${name}.expected.json`), "utf8")) as Expected,
});
const draftOf = (text: string, id = "fixture") => {
  const out = extractReport(text, { id });
  if (!out.ok) throw new Error(out.error);
  return out.extraction;
};

describe("hand-annotated fixtures", () => {
  it("has at least five reports of our own besides the seed, each annotated against its own text", () => {
    expect(names.filter((n) => !n.startsWith("mouzhen")).length).toBeGreaterThanOrEqual(5);
    for (const name of names) {
      const { text, expected } = load(name);
      for (const item of [...expected.figures, ...expected.traps, ...expected.gaps, ...expected.cadences]) {
        expect(() => locate(text, item), `${name}: ${item.text}`).not.toThrow();
      }
    }
  });

  it.each(names)("%s: the draft validates, and its head and structure match the annotation", (name) => {
    const { text, expected } = load(name);
    const x = draftOf(text);
    expect(() => validateReport(JSON.parse(JSON.stringify(x.report)), text, `${name}/report.json`)).not.toThrow();
    expect(x.report.title).toBe(expected.title);
    expect(x.report.organization.name).toBe(expected.organization);
    expect(x.report.period.year ?? null).toBe(expected.year);
    if (expected.requestedBy) expect(x.report.requestedBy).toMatchObject(expected.requestedBy);
    const s = scoreExtraction(text, x, expected);
    expect(s.sections).toBe(true);
    expect(s.weaknesses.found).toBe(expected.weaknesses);
    expect(s.plans.found).toBe(expected.plans.length);
    expect(s.gaps.found).toBe(expected.gaps.length);
    expect(s.cadences.found).toBe(expected.cadences.length);
  });

  it("finds figures with precision and recall of at least 0.95 overall (value, unit and qualifier all right)", () => {
    const scores = names.map((name) => {
      const { text, expected } = load(name);
      const s = scoreExtraction(text, draftOf(text), expected);
      expect(s.figures.precision, `${name} precision`).toBeGreaterThanOrEqual(0.9);
      expect(s.figures.recall, `${name} recall`).toBeGreaterThanOrEqual(0.9);
      return s;
    });
    const total = sumScores(scores);
    expect(total.figures.precision).toBeGreaterThanOrEqual(0.95);
    expect(total.figures.recall).toBeGreaterThanOrEqual(0.95);
    expect(total.traps.avoided / total.traps.expected).toBeGreaterThanOrEqual(0.95);
    expect(total.plans.linksRight / total.plans.expected).toBeGreaterThanOrEqual(0.9);
  });
});

describe("the seed report is the acceptance test", () => {
  const folder = "data/reports/mouzhen-2020-ideology";
  const source = fs.readFileSync(path.join(folder, "source.txt"), "utf8");
  const seed = JSON.parse(fs.readFileSync(path.join(folder, "report.json"), "utf8")) as Report;
  const x = draftOf(source, seed.id);
  const draft = x.report;

  it("drafts a report that validates against the seed's source", () => {
    expect(() => validateReport(JSON.parse(JSON.stringify(draft)), source, "report.json", seed.id)).not.toThrow();
  });

  it("finds every figure of the hand-made dataset with its value, unit, qualifier and cumulative flag", () => {
    const quantities = seed.measures.filter((m) => m.quantity).map((m) => m.quantity!);
    // One figure is the hand-checker's reading of words, not a numeral the text prints.
    const inferred = quantities.filter((q) => q.note?.includes("原文未写数字"));
    expect(inferred.map((q) => q.text)).toEqual(["某某镇文体活动室"]);
    const drafted = draft.measures.filter((m) => m.quantity).map((m) => m.quantity!);
    for (const q of quantities.filter((q) => !inferred.includes(q))) {
      const found = drafted.find((d) => d.text === q.text);
      expect(found, q.text).toBeDefined();
      expect(
        { value: found!.value, unit: found!.unit, qualifier: found!.qualifier, cumulative: found!.cumulative, max: found!.max },
        q.text,
      ).toEqual({
        value: q.value,
        unit: q.unit,
        qualifier: q.qualifier,
        cumulative: q.cumulative,
        max: q.max,
      });
    }
    expect(drafted).toHaveLength(quantities.length - inferred.length);
  });

  it("reads 每月12号、28号 as a cadence, and 月日, 在个村 and 在等 as gaps", () => {
    const cadence = seed.measures.find((m) => m.cadence)!.cadence;
    expect(draft.measures.filter((m) => m.cadence).map((m) => m.cadence)).toEqual([cadence]);
    const key = (g: Report["gaps"][number]) => [g.kind, g.blankBefore, g.quote];
    expect(draft.gaps.map(key).sort()).toEqual(seed.gaps.map(key).sort());
    expect(x.figureMarks.map((f) => source.slice(f.start, f.end))).not.toContain("12号");
  });

  it("drafts the seed's sections, campaigns, documents, weaknesses, plans and their links", () => {
    const pick = <T, K extends keyof T>(items: T[], keys: K[]) => items.map((i) => Object.fromEntries(keys.map((k) => [k, i[k]])));
    expect(pick(draft.sections, ["ordinal", "heading", "quote"])).toEqual(pick(seed.sections, ["ordinal", "heading", "quote"]));
    expect(pick(draft.campaigns, ["ordinal", "title", "quote"])).toEqual(pick(seed.campaigns, ["ordinal", "title", "quote"]));
    const docs = (r: Report) => r.measures.filter((m) => m.document).map((m) => [m.document, m.quote]);
    expect(docs(draft)).toEqual(docs(seed));
    expect(pick(draft.weaknesses, ["ordinal", "title", "detail", "quote"])).toEqual(
      pick(seed.weaknesses, ["ordinal", "title", "detail", "quote"]),
    );
    const plans = (r: Report) =>
      r.plans.map((p) => ({
        ordinal: p.ordinal,
        title: p.title,
        quote: p.quote,
        answers: p.answers.map((a) => r.weaknesses.findIndex((w) => w.id === a)),
      }));
    expect(plans(draft)).toEqual(plans(seed));
    expect(draft.plansLead).toEqual(seed.plansLead);
    expect(draft.period.plansFor).toEqual(seed.period.plansFor);
    expect(draft.requestedBy).toEqual(seed.requestedBy);
    const first = (r: Report) => r.plans[0].commitments.map((c) => ({ quote: c.quote, cadence: c.cadence, owner: c.owner }));
    expect(first(draft)).toEqual(first(seed));
  });
});

/** Extraction never throws: it returns a clear error, or a draft that validates against the text. */
function holds(text: string): boolean {
  const out = extractReport(text);
  if (!out.ok) return typeof out.error === "string" && out.error.length > 0;
  const x = out.extraction;
  validateReport(JSON.parse(JSON.stringify(x.report)), text, "report.json");
  const measures = new Map(x.report.measures.map((m) => [m.id, m]));
  for (const f of x.figureMarks) {
    expect(text.slice(f.start, f.end)).toBe(measures.get(f.measureId)?.quantity?.text);
  }
  for (const span of [...x.gapMarks, ...x.cadenceMarks, ...x.traps]) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(text.length);
    expect(span.end).toBeGreaterThan(span.start);
  }
  return true;
}

/** Pieces of how reports are written, shuffled: the inputs most likely to trip the rules. */
const FRAGMENTS = [
  "某某镇关于",
  "工作的情况汇报",
  "一、",
  "二、",
  "三、",
  "十一、",
  "（一）",
  "(二)",
  "一是",
  "二是",
  "1.",
  "2、",
  "（1）",
  "\n",
  "\n\n",
  "\r\n",
  "　",
  " ",
  "。",
  "，",
  ",",
  "；",
  ";",
  "：",
  ":",
  "、",
  "“",
  "”",
  "《",
  "》",
  "（",
  "）",
  "累计",
  "共",
  "共计",
  "近",
  "约",
  "余",
  "多",
  "以上",
  "以内",
  "左右",
  "不少于",
  "不足",
  "超过",
  "至",
  "—",
  "-",
  "~",
  "万",
  "亿",
  "个",
  "条",
  "册",
  "次",
  "场",
  "名",
  "人次",
  "万元",
  "%",
  "％",
  "平方米",
  "方面",
  "大",
  "面",
  "号",
  "日",
  "月",
  "年",
  "周",
  "天",
  "小时",
  "内",
  "每月",
  "每周",
  "每季度",
  "每年",
  "每半年",
  "不定期",
  "月均",
  "12号、28号",
  "在",
  "等",
  "个村",
  "有个社区",
  "由名",
  "老党员",
  "第",
  "三",
  "十二",
  "二十三",
  "一百",
  "一千二百",
  "两",
  "〇",
  "二〇二〇",
  "1.5",
  "２３",
  "３８．５",
  "186",
  "1,200",
  "2020",
  "0571-86612345",
  "百分之",
  "九十",
  "存在的问题",
  "存在着一些薄弱环节,主要是:",
  "下一步",
  "下半年,我镇将从以下四个方面",
  "将",
  "以下",
  "根据",
  "县委宣传部",
  "要求",
  "制定了",
  "和",
  "党委书记",
  "镇纪委对",
  "的",
  "工作",
  "开展",
  "当前位置:首页 >",
  "推荐访问:",
  "\uFFFD",
  "😀",
  "\u200b",
];
const reportLike = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 300 }).map((parts) => parts.join(""));
const anyUtf16 = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 400 }).map((codes) => String.fromCharCode(...codes));

describe("never a crash", () => {
  it("holds for report-like text built from the pieces reports are made of", () => {
    fc.assert(fc.property(reportLike, holds), { numRuns: 400 });
  });

  it("holds for arbitrary Unicode, lone surrogates and control characters included", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), holds), { numRuns: 300 });
    fc.assert(fc.property(anyUtf16, holds), { numRuns: 300 });
  });

  it("holds when a real report is cut or spliced anywhere", () => {
    const seed = fs.readFileSync("data/reports/mouzhen-2020-ideology/source.txt", "utf8");
    const cut = fc.tuple(fc.nat(seed.length), fc.nat(seed.length), fc.constantFrom(...FRAGMENTS));
    fc.assert(
      fc.property(cut, ([a, b, piece]) => holds(seed.slice(0, Math.min(a, b)) + piece + seed.slice(Math.max(a, b)))),
      { numRuns: 200 },
    );
  });

  it.each([
    ["", "文本为空"],
    ["   \n\n\t  ", "文本为空"],
    ["\u0000\u0001\u0002PK\u0003\u0004 word/document.xml", "二进制或控制字符"],
    ["Annual report 2021: 36 boxes, 186 banners.", "没有找到中文正文"],
    ["某某镇".repeat(10) + "\uFFFD".repeat(200), "乱码"],
  ])("explains why %j cannot be drafted from", (text, message) => {
    const out = extractReport(text);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error).toContain(message);
  });

  it("drafts an empty report, not an error, from Chinese text with no figures or sections", () => {
    const out = extractReport("我镇高度重视这项工作，认真组织落实，取得了较好成效，群众普遍满意。");
    expect(out.ok).toBe(true);
    if (out.ok) {
      expect(out.extraction.report.measures).toEqual([]);
      expect(out.extraction.report.sections).toHaveLength(1);
      expect(out.extraction.warnings.join()).toContain("全文作为一个部分");
    }
  });
});

describe("no catastrophic backtracking: adversarial 100 KB inputs finish (a hang fails the test)", () => {
  const SIZE = 100_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
  it.each([
    "1",
    "一",
    "十",
    "余",
    "一是",
    "（一）",
    "1.",
    "、",
    "，",
    "。",
    "\n",
    "累计",
    "近",
    "每月",
    "12号、",
    "第一",
    "在等",
    "在个",
    "个",
    "名老党员",
    "月日",
    "《",
    "根据某某《",
    "存在问题",
    "下一步将",
    "1至",
    "1.1.",
    "0-",
    "2020年",
    "百分之",
    "两微一端",
    "一、存在的问题\n一是",
    "下半年,将从以下四个方面:(一)",
    "a",
    "😀",
  ])(
    "%j repeated to 100 KB",
    (unit) => {
      const out = extractReport(fill(unit) + "某某镇关于工作的情况汇报");
      expect(typeof out.ok).toBe("boolean");
    },
    5_000,
  );
});
