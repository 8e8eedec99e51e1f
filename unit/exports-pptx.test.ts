import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { applyChoices, type DeckChoices } from "@/lib/deck/choices";
import { buildDeck, type Slide } from "@/lib/deck/deck";
import { MIN_PT } from "@/lib/deck/stage";
import { deckPptxFile, PPTX_FONT } from "@/lib/exports/pptx";
import { findReport } from "@/lib/server/reports";

const { report } = findReport("mouzhen-2020-ideology")!;
const meta = { title: report.title, organization: report.organization.name };
const built = buildDeck(report);

async function unzip(slides: Slide[]) {
  // the file as downloaded: written, then repaired (lib/exports/pptx-package)
  const bytes = Buffer.from(await deckPptxFile(slides, meta));
  const zip = await JSZip.loadAsync(bytes);
  const read = (re: RegExp) =>
    Promise.all(
      Object.keys(zip.files)
        .filter((name) => re.test(name))
        .sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
        .map(async (name) => ({ name, xml: await zip.file(name)!.async("string") })),
    );
  return { bytes, zip, read };
}

/** The numbers a chart part plots: every <c:v> inside its <c:val> block. */
const plotted = (xml: string) =>
  [...xml.matchAll(/<c:val>([\s\S]*?)<\/c:val>/g)].flatMap((m) => [...m[1].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => v[1]));
/** Every type size (pt) a part sets: sz="1800" is 18 pt. */
const sizes = (xml: string) => [...xml.matchAll(/\ssz="(\d+)"/g)].map((m) => Number(m[1]) / 100);
/** The text of the slide's title shape (the first run of 33 pt) and the size it is set in. */
const allText = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join("");

describe("deckPptx", () => {
  it("writes a valid zip with one slide per deck slide, closing on 汇报完毕", async () => {
    const { bytes, zip, read } = await unzip(built);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    const slides = await read(/^ppt\/slides\/slide\d+\.xml$/);
    expect(slides).toHaveLength(built.length);
    expect(allText(slides.at(-1)!.xml)).toContain("汇报完毕，谢谢！");
    expect(zip.file("[Content_Types].xml")).not.toBeNull();
  });

  it("sets no text below the projected minimum: titles ≥ 32 pt, body ≥ 18 pt, details and chart labels ≥ 16 pt", async () => {
    const { read } = await unzip(built);
    for (const { name, xml } of [...(await read(/^ppt\/slides\/slide\d+\.xml$/)), ...(await read(/^ppt\/charts\/chart\d+\.xml$/))]) {
      const found = sizes(xml);
      expect(found.length, name).toBeGreaterThan(0);
      expect(Math.min(...found), name).toBeGreaterThanOrEqual(MIN_PT.detail);
    }
    const slides = await read(/^ppt\/slides\/slide\d+\.xml$/);
    built.forEach((s, i) => {
      const xml = slides[i].xml;
      // the title is set in a title size wherever it stands
      const run = [...xml.matchAll(/<a:rPr[^>]*\ssz="(\d+)"[^>]*>(?:(?!<\/a:r>)[\s\S])*?<a:t>([^<]*)<\/a:t>/g)].find(
        (m) => m[2] === s.title,
      )!;
      expect(run, s.id).toBeDefined();
      expect(Number(run[1]) / 100, s.id).toBeGreaterThanOrEqual(MIN_PT.title);
    });
    // body text of a section slide is 18 pt or more
    const s3 = slides[built.findIndex((s) => s.id === "s3")].xml;
    const body = [...s3.matchAll(/<a:rPr[^>]*\ssz="(\d+)"[^>]*>(?:(?!<\/a:r>)[\s\S])*?<a:t>([^<]*186条[^<]*)<\/a:t>/g)];
    expect(body.length).toBeGreaterThan(0);
    for (const m of body) expect(Number(m[1]) / 100).toBeGreaterThanOrEqual(MIN_PT.body);
  });

  it("projects the source's words, the honest reading and sources only in the notes", async () => {
    const { read } = await unzip(built);
    const slides = (await read(/^ppt\/slides\/slide\d+\.xml$/)).map((s) => allText(s.xml)).join("");
    expect(slides).toContain(report.title);
    for (const written of ["80余条", "近5000册", "186条", "〔 〕个村", "每月12号、28号定期开箱"]) expect(slides).toContain(written);
    for (const word of ["本站", "确数", "原文缺失", "计划时段", "数据来源", "≥", "≈"]) expect(slides).not.toContain(word);
    const xml = (await read(/^ppt\/slides\/slide\d+\.xml$/)).map((s) => s.xml).join("");
    expect(xml).toContain(`<a:ea typeface="${PPTX_FONT}"`);
    const notes = (await read(/^ppt\/notesSlides\/notesSlide\d+\.xml$/)).map((s) => allText(s.xml)).join("");
    expect(notes).toContain("累计悬挂条幅186条");
    expect(notes).toContain("依据：第三部分「突出重点、搞好主题宣传」");
    expect(notes).toContain("原文“80余条”，即至少 80 条（累计）");
    expect(notes).toContain("成立文明理事会的村数：原文未写明");
  });

  it("draws one native chart, 工作举措分布, holding the counts", async () => {
    const { read } = await unzip(built);
    const charts = await read(/^ppt\/charts\/chart\d+\.xml$/);
    expect(charts).toHaveLength(1);
    expect(
      plotted(charts[0].xml)
        .map(Number)
        .reduce((a, b) => a + b),
    ).toBe(report.measures.length);
  });

  it("follows the presenter's choices: hidden slides left out, the order kept, talking points in the notes", async () => {
    const choices: DeckChoices = {
      hidden: ["agenda", "measures"],
      order: ["title", "closing"],
      talkingPoints: { closing: "感谢各位领导" },
      reporter: "李四",
    };
    const chosen = applyChoices(choices, built);
    const { read } = await unzip(chosen);
    const slides = await read(/^ppt\/slides\/slide\d+\.xml$/);
    expect(slides).toHaveLength(built.length - 2);
    expect(allText(slides[1].xml)).toContain("汇报完毕，谢谢！");
    expect(allText(slides[0].xml)).toContain("李四");
    expect(await read(/^ppt\/charts\/chart\d+\.xml$/)).toHaveLength(0);
    const notes = await read(/^ppt\/notesSlides\/notesSlide\d+\.xml$/);
    expect(allText(notes[1].xml)).toContain("讲稿要点：感谢各位领导");
  });
});
