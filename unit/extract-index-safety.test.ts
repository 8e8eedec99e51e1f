/** The extractor (lib/extract/index.ts: extractReport) on any input: a clear error or a valid draft, never a crash or a hang. */
import fs from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractReport } from "@/lib/extract";
import { validateReport } from "@/lib/model/validate";

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
  "点五",
  "百",
  "千",
  "七八",
  "二三十",
  "不低于",
  "低于",
  "营业收入的",
  "一成",
  "对",
  "得分",
  "分",
  "平均年龄",
  "岁",
  "台次",
  "口",
  "把",
  "前",
  "位",
  "二次",
  "24小时",
  " 万",
  "3 万至 5 万元",
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

// The property runs draft hundreds of texts each: a few seconds on a quiet machine, several times that on a loaded one.
// They look for crashes, not speed (the bench times the extractor), so a hang is caught at 30 s.
const PROPERTY_TIMEOUT = 30_000;

describe("never a crash", () => {
  it(
    "holds for report-like text built from the pieces reports are made of",
    () => {
      fc.assert(fc.property(reportLike, holds), { numRuns: 400 });
    },
    PROPERTY_TIMEOUT,
  );

  it("holds for the forms it once failed on", () => {
    for (const text of [
      "约百分之一千二百某某镇关于；",
      "某某镇关于\n百一成某某镇关于",
      "某某镇关于\n3 万至 5 万元以内",
      "某某镇关于\n20203 万至 5 万元",
      "某某镇关于\n某某镇关于个二〇二〇",
      "某某镇关于\r\n有个社区二〇二〇",
      "某某镇关于某某镇关于二次名",
      "百分之七八某某镇关于；",
      "二〇二〇,存在着一些薄弱环节,主要是:平均年龄😀。",
      "某某镇关于\n1,2005000册,修缮了羽毛球场。",
      "不足营业收入的近百人",
      "七八千万元",
      "得分九十六点五分",
    ])
      expect(holds(text)).toBe(true);
  });

  it(
    "holds for arbitrary Unicode, lone surrogates and control characters included",
    () => {
      fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), holds), { numRuns: 300 });
      fc.assert(fc.property(anyUtf16, holds), { numRuns: 300 });
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "holds when a real report is cut or spliced anywhere",
    () => {
      const seed = fs.readFileSync("data/reports/mouzhen-2020-ideology/source.txt", "utf8");
      const cut = fc.tuple(fc.nat(seed.length), fc.nat(seed.length), fc.constantFrom(...FRAGMENTS));
      fc.assert(
        fc.property(cut, ([a, b, piece]) => holds(seed.slice(0, Math.min(a, b)) + piece + seed.slice(Math.max(a, b)))),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT,
  );

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
    // A backtracking blow-up takes minutes; the slowest honest case (25,000 blanks in 名老党员…) takes
    // 2–6 s on a loaded 2-core machine, so the limit catches a hang without flaking. Speed is bench 20's.
    30_000,
  );
});
