import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { buildDeck } from "@/lib/deck/deck";
import { deckPptxFile, PPTX_FONT } from "@/lib/exports/pptx";
import { labelPoints, tagChinese } from "@/lib/exports/pptx-package";
import { seed } from "./helpers";

const { report } = seed;
const meta = { title: report.title, organization: report.organization.name, presentedOn: "2026年11月29日" };

async function parts() {
  const zip = await JSZip.loadAsync(await deckPptxFile(buildDeck(report), meta));
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const xml = async (re: RegExp) =>
    Promise.all(names.filter((n) => re.test(n)).map(async (name) => ({ name, xml: await zip.file(name)!.async("string") })));
  return { names, xml };
}

/** The patterns that make PowerPoint ask to repair a pptxgenjs 4.0.1 deck (PptxGenJS #1441–#1444). */
describe("the .pptx package PowerPoint opens without repair", () => {
  it("names in [Content_Types].xml only parts the package holds", async () => {
    const { names, xml } = await parts();
    const [types] = await xml(/^\[Content_Types\]\.xml$/);
    const overrides = [...types.xml.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]);
    expect(overrides.length).toBeGreaterThan(10);
    expect(overrides.filter((p) => !names.includes(p))).toEqual([]);
    // and every part the package holds is still typed
    expect(overrides).toEqual(expect.arrayContaining(names.filter((n) => /^ppt\/(slides|charts|notesSlides)\/[^/]+\.xml$/.test(n))));
  });

  it("keeps no placeholder shapes in the notes master, and the notes keep their text", async () => {
    const { xml } = await parts();
    const [master] = await xml(/^ppt\/notesMasters\/notesMaster1\.xml$/);
    expect(master.xml).toContain("<p:spTree>");
    expect(master.xml).not.toContain("<p:sp>");
    expect(master.xml).not.toContain("<p:ph");
    const notes = (await xml(/^ppt\/notesSlides\/notesSlide\d+\.xml$/)).map((n) => n.xml).join("");
    expect(notes).toContain("累计悬挂条幅186条");
  });

  it("gives every background an effect list and every shape a text body", async () => {
    const { xml } = await parts();
    const slides = await xml(/^ppt\/slides\/slide\d+\.xml$/);
    for (const { name, xml: s } of slides) {
      const bgs = [...s.matchAll(/<p:bgPr>([\s\S]*?)<\/p:bgPr>/g)];
      expect(bgs.length, name).toBe(1);
      for (const bg of bgs) expect(bg[1], name).toMatch(/<a:solidFill>[\s\S]*<\/a:solidFill><a:effectLst\/>$/);
      for (const sp of s.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)) expect(sp[1], name).toContain("<p:txBody>");
    }
  });

  it("tags every run zh-CN with an East Asian face, in slides, notes, masters and charts", async () => {
    const { xml } = await parts();
    const all = await xml(/^ppt\/(slides|notesSlides|notesMasters|slideMasters|slideLayouts|charts)\/[^/]+\.xml$/);
    let runs = 0;
    for (const { name, xml: s } of all) {
      expect(s, name).not.toContain('lang="en-US"');
      for (const m of s.matchAll(/<a:(rPr|defRPr|endParaRPr)(\s[^>]*)?(\/>|>([\s\S]*?)<\/a:\1>)/g)) {
        runs++;
        expect(m[2], `${name} ${m[0].slice(0, 80)}`).toContain('lang="zh-CN"');
        // "+mn-ea"/"+mj-ea" name the theme's East Asian face, checked below
        const ea = (m[4] ?? "").match(/<a:ea typeface="([^"]*)"/)?.[1];
        expect([PPTX_FONT, "+mn-ea", "+mj-ea"], `${name} ${m[0].slice(0, 80)}`).toContain(ea);
      }
    }
    expect(runs).toBeGreaterThan(100);
    const [theme] = await xml(/^ppt\/theme\/theme1\.xml$/);
    expect(theme.xml).toContain(`<a:font script="Hans" typeface="${PPTX_FONT}"/>`);
    expect([...theme.xml.matchAll(/<a:ea typeface="([^"]*)"\/>/g)].map((m) => m[1])).toEqual([PPTX_FONT, PPTX_FONT]);
  });
});

describe("tagChinese", () => {
  it("puts <a:ea> after <a:latin> and before <a:cs>, as the schema orders them", () => {
    expect(tagChinese('<a:rPr lang="en-US" sz="1200"><a:latin typeface="X"/><a:cs typeface="X"/></a:rPr>', "F")).toBe(
      '<a:rPr lang="zh-CN" sz="1200"><a:latin typeface="X"/><a:ea typeface="F"/><a:cs typeface="X"/></a:rPr>',
    );
    expect(tagChinese('<a:endParaRPr lang="en-US" dirty="0"/>', "F")).toBe(
      '<a:endParaRPr lang="zh-CN" dirty="0"><a:ea typeface="F"/></a:endParaRPr>',
    );
    expect(tagChinese('<a:defRPr><a:hlinkClick r:id="1"/></a:defRPr>', "F")).toBe(
      '<a:defRPr lang="zh-CN"><a:ea typeface="F"/><a:hlinkClick r:id="1"/></a:defRPr>',
    );
  });
});

describe("labelPoints", () => {
  const chart =
    '<c:chart><c:ser><c:dLbls><c:txPr><a:p><a:pPr><a:defRPr sz="1300"><a:solidFill><a:srgbClr val="0F172A"/></a:solidFill></a:defRPr></a:pPr></a:p></c:txPr>' +
    '<c:showLegendKey val="0"/><c:showVal val="0"/></c:dLbls><c:val><c:numRef><c:numCache><c:ptCount val="2"/></c:numCache></c:numRef></c:val></c:ser></c:chart>';

  it("writes each point's label as rich text in the series' label style, and shows the values", () => {
    const xml = labelPoints(chart, ["≥80", "186"]);
    expect(xml).toContain(
      '<c:dLbl><c:idx val="0"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr sz="1300"><a:solidFill><a:srgbClr val="0F172A"/></a:solidFill></a:rPr><a:t>≥80</a:t>',
    );
    expect(xml).toContain('<c:idx val="1"/>');
    expect(xml).toContain('<c:showVal val="1"/></c:dLbls>');
  });

  it("leaves a chart alone when the labels do not match its points", () => {
    expect(labelPoints(chart, ["≥80"])).toBe(chart);
    expect(labelPoints(chart, [])).toBe(chart);
  });
});
