import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { buildDeck } from "@/lib/deck/deck";
import { deckPptxFile, PPTX_FONT } from "@/lib/exports/pptx";
import { findReport } from "@/lib/server/reports";
import type { Report } from "@/lib/model/schema";

const { report } = findReport("mouzhen-2020-ideology")!;
const meta = { title: report.title, organization: report.organization.name, presentedOn: "2026年11月29日" };

async function unzip(r: Report) {
  const slides = buildDeck(r);
  const bytes = Buffer.from(await deckPptxFile(slides, meta));
  const zip = await JSZip.loadAsync(bytes);
  const read = (re: RegExp) =>
    Promise.all(
      Object.keys(zip.files)
        .filter((name) => re.test(name))
        .sort()
        .map(async (name) => ({ name, xml: await zip.file(name)!.async("string") })),
    );
  return { slides, bytes, zip, read };
}

/** The numbers a chart part plots: every <c:v> inside its <c:val> block. */
const plotted = (xml: string) =>
  [...xml.matchAll(/<c:val>([\s\S]*?)<\/c:val>/g)].flatMap((m) => [...m[1].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => v[1]));
const categories = (xml: string) =>
  [...xml.matchAll(/<c:cat>([\s\S]*?)<\/c:cat>/g)].flatMap((m) => [...m[1].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => v[1]));

/** The text of each per-point value label (<c:dLbl><c:tx>). */
const dataLabels = (xml: string) => [...xml.matchAll(/<c:dLbl>[\s\S]*?<a:t>([^<]*)<\/a:t>[\s\S]*?<\/c:dLbl>/g)].map((m) => m[1]);

describe("deckPptx", () => {
  it("writes a valid zip with one slide per deck slide", async () => {
    const { slides, bytes, zip } = await unzip(report);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    expect(Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(slides.length);
    expect(zip.file("[Content_Types].xml")).not.toBeNull();
  });

  it("draws native charts holding the report's numbers, value labels keeping the qualifier", async () => {
    const { read } = await unzip(report);
    const charts = await read(/^ppt\/charts\/chart\d+\.xml$/);
    expect(charts).toHaveLength(3);
    const all = charts.map((c) => c.xml).join("");
    expect(plotted(all)).toEqual(expect.arrayContaining(["186", "80"]));
    expect(categories(all)).toEqual(expect.arrayContaining(["悬挂条幅", "粉刷、悬挂、张贴社会宣传标语"]));
    // the value sits in a data label written as the report writes it, not in the category
    expect(categories(all).some((c) => c.includes("："))).toBe(false);
    const s3 = charts.find((c) => c.xml.includes("悬挂条幅"))!.xml;
    expect(dataLabels(s3)).toEqual(
      categories(s3).map((c) => (c.includes("标语") ? "≥80" : c.includes("条幅") ? "186" : expect.any(String))),
    );
    expect(s3).toContain('<c:showVal val="1"/>');
    // the labels' run properties are copied whole: every element opened in a chart is closed
    for (const { xml } of charts)
      for (const tag of ["a:solidFill", "a:rPr", "c:dLbl", "c:rich"])
        expect(xml.split(`<${tag}>`).length + xml.split(`<${tag} `).length - 1).toBe(xml.split(`</${tag}>`).length);
    // sections 一 and 二 state no numbers: their charts count measures by category
    const s1 = report.measures.filter((m) => m.section === "s1");
    // bars are written bottom-up so that they read top-down as on screen
    expect(categories(charts[0].xml)).toEqual(["制度文件", "组织机构", "会议部署"]);
    expect(dataLabels(charts[0].xml)).toEqual(["3", "1", "2"]);
    expect(
      plotted(charts[0].xml)
        .map(Number)
        .reduce((a, b) => a + b),
    ).toBe(s1.length);
    // the embedded workbook (PowerPoint's "edit data") carries the same numbers
    expect(await read(/^ppt\/embeddings\/.*\.xlsx$/)).toHaveLength(3);
  });

  it("never plots a blank figure as 0", async () => {
    // make a plotted figure blank, as the source does for the village count
    const blank: Report = {
      ...report,
      measures: report.measures.map((m) =>
        m.id === "s3-slogans" ? { ...m, quantity: { ...m.quantity!, value: null, qualifier: "missing" as const } } : m,
      ),
    };
    const { read } = await unzip(blank);
    const charts = await read(/^ppt\/charts\/chart\d+\.xml$/);
    const s3 = charts.find((c) => c.xml.includes("悬挂条幅"))!.xml;
    expect(plotted(s3)).toEqual(["186"]);
    expect(categories(s3).some((c) => c.includes("宣传标语"))).toBe(false);
    const slides = await read(/^ppt\/slides\/slide\d+\.xml$/);
    expect(slides.some((s) => s.xml.includes("原文缺失，未画柱：粉刷、悬挂、张贴社会宣传标语"))).toBe(true);
  });

  it("keeps titles, qualifiers and notes as text in a CJK font", async () => {
    const { read } = await unzip(report);
    const slides = (await read(/^ppt\/slides\/slide\d+\.xml$/)).map((s) => s.xml).join("");
    expect(slides).toContain(report.title);
    expect(slides).toContain("≈5,000");
    expect(slides).toContain("原文缺失");
    expect(slides).toContain(`<a:ea typeface="${PPTX_FONT}"`);
    const notes = (await read(/^ppt\/notesSlides\/notesSlide\d+\.xml$/)).map((s) => s.xml).join("");
    expect(notes).toContain("累计悬挂条幅186条");
    expect(notes).toContain("数据来源：第三部分「突出重点、搞好主题宣传」");
  });
});
