/**
 * Repairs the package pptxgenjs 4.0.1 writes, so Microsoft PowerPoint opens it without the
 * "found a problem with content" dialog and LibreOffice/WPS draw the Chinese with Chinese glyphs.
 * The patterns are the ones reported upstream (gitbrent/PptxGenJS #1441–#1444, #1449; fixes in
 * PR #1457/#1458, unreleased): phantom slideMaster overrides, placeholder shapes in the notes
 * master, shapes without a text body, solid backgrounds without an effect list. Runs are tagged
 * lang="zh-CN" with an East Asian face: untagged, LibreOffice picks Japanese glyphs for 汉字.
 */
import JSZip from "jszip";

/** Point labels per chart, in the order the charts were added (the order of their part numbers). */
export type PointLabels = string[][];

const XML_PART = /^(ppt\/(slides|notesSlides|notesMasters|slideMasters|slideLayouts|charts)\/[^/]+\.xml|ppt\/presentation\.xml)$/;

/** Drops <Override>s naming parts the archive does not hold (pptxgenjs names one slideMaster per slide). */
export function dropPhantomOverrides(contentTypes: string, exists: (part: string) => boolean): string {
  return contentTypes.replace(/<Override\s[^>]*PartName="\/([^"]+)"[^>]*\/>/g, (tag, part: string) => (exists(part) ? tag : ""));
}

/** PowerPoint deletes the notes master's six placeholders on repair; the notes pages still show their text. */
export function stripNotesMasterShapes(xml: string): string {
  return xml.replace(/<p:sp>[\s\S]*?<\/p:sp>/g, "");
}

/** <p:bgPr> requires an effect list after its fill (CT_BackgroundProperties). */
export function addBackgroundEffects(xml: string): string {
  return xml.replace(/<p:bgPr>([\s\S]*?)<\/p:bgPr>/g, (tag, inner: string) =>
    inner.includes("<a:effectLst") ? tag : `<p:bgPr>${inner}<a:effectLst/></p:bgPr>`,
  );
}

/** A shape drawn without text (rule, bar) still needs a text body for PowerPoint (#1441). */
export function addEmptyTextBodies(xml: string): string {
  return xml.replace(/<p:sp>([\s\S]*?)<\/p:sp>/g, (tag, inner: string) =>
    inner.includes("<p:txBody>")
      ? tag
      : `<p:sp>${inner}<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="zh-CN"/></a:p></p:txBody></p:sp>`,
  );
}

/** Children after <a:ea> in CT_TextCharacterProperties: a new <a:ea> goes before the first of them. */
const AFTER_EA = /<a:(cs|sym|hlinkClick|hlinkMouseOver|rtl|extLst)[\s/>]/;

/** Every run property (rPr, defRPr, endParaRPr) in Chinese, with an East Asian typeface. */
export function tagChinese(xml: string, eastAsian: string): string {
  const ea = `<a:ea typeface="${eastAsian}"/>`;
  return xml.replace(
    /<a:(rPr|defRPr|endParaRPr)(\s[^>]*?)?(\/>|>([\s\S]*?)<\/a:\1>)/g,
    (_tag, name: string, rawAttrs: string | undefined, _end, rawChildren: string | undefined) => {
      const attrs = (rawAttrs ?? "").replace(/\s+\/$/, "");
      const lang = /\slang="[^"]*"/.test(attrs) ? attrs.replace(/\slang="[^"]*"/, ' lang="zh-CN"') : ` lang="zh-CN"${attrs}`;
      let children = rawChildren ?? "";
      if (/<a:ea\s[^>]*typeface="[^"]+"/.test(children)) return `<a:${name}${lang}>${children}</a:${name}>`;
      children = children.replace(/<a:ea\s[^>]*\/>/, "");
      const latin = children.match(/<a:latin\s[^>]*\/>/);
      const after = children.search(AFTER_EA);
      if (latin) children = children.replace(latin[0], latin[0] + ea);
      else if (after >= 0) children = children.slice(0, after) + ea + children.slice(after);
      else children += ea;
      return `<a:${name}${lang}>${children}</a:${name}>`;
    },
  );
}

/** The theme's East Asian faces (empty in pptxgenjs; 等线 for Hans) name the deck's face. */
export function themeEastAsian(xml: string, eastAsian: string): string {
  return xml
    .replace(/<a:ea typeface="[^"]*"\/>/g, `<a:ea typeface="${eastAsian}"/>`)
    .replace(/<a:font script="Hans" typeface="[^"]*"\/>/g, `<a:font script="Hans" typeface="${eastAsian}"/>`);
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Writes each bar's value label as the report writes it ("≥80", "80余") instead of the bare
 * number: one <c:dLbl> with rich text per point, the series' own labels switched on.
 */
export function labelPoints(chartXml: string, labels: string[]): string {
  // labels that do not fit the chart's points (a chart added without its labels) change nothing
  const points = /<c:val>[\s\S]*?<c:ptCount val="(\d+)"\/>/.exec(chartXml)?.[1];
  if (labels.length === 0 || Number(points) !== labels.length) return chartXml;
  return chartXml.replace(/<c:ser>([\s\S]*?)<\/c:ser>/, (ser) =>
    ser.replace(/<c:dLbls>([\s\S]*?)<\/c:dLbls>/, (_all, inner: string) => {
      const txPr = inner.match(/<c:txPr>[\s\S]*?<\/c:txPr>/)?.[0] ?? "";
      // the series' label style, as a run's properties
      const defRPr = txPr.match(/<a:defRPr\b[^>]*\/>|<a:defRPr\b[^>]*>[\s\S]*?<\/a:defRPr>/)?.[0] ?? "<a:defRPr/>";
      const rPr = defRPr.replace(/^<a:defRPr/, "<a:rPr").replace(/<\/a:defRPr>$/, "</a:rPr>");
      const points = labels
        .map(
          (label, idx) =>
            `<c:dLbl><c:idx val="${idx}"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r>${rPr}<a:t>${escapeXml(label)}</a:t></a:r></a:p></c:rich></c:tx>` +
            `<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>`,
        )
        .join("");
      const shown = inner
        .replace(/<c:showVal val="0"\/>/, '<c:showVal val="1"/>')
        .replace(/(<c:showLegendKey)/, '<c:dLblPos val="outEnd"/>$1');
      return `<c:dLbls>${points}${shown}</c:dLbls>`;
    }),
  );
}

const partNumber = (name: string) => Number(name.match(/(\d+)\.xml$/)?.[1] ?? 0);

/** Opens the package, repairs it and writes it again. */
export async function repairPptx(bytes: Uint8Array | ArrayBuffer, eastAsian: string, pointLabels: PointLabels = []): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const read = (name: string) => zip.file(name)!.async("string");
  const types = await read("[Content_Types].xml");
  zip.file(
    "[Content_Types].xml",
    dropPhantomOverrides(types, (part) => names.includes(part)),
  );
  const charts = names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).sort((a, b) => partNumber(a) - partNumber(b));
  for (const name of names.filter((n) => XML_PART.test(n))) {
    let xml = await read(name);
    if (name.startsWith("ppt/notesMasters/")) xml = stripNotesMasterShapes(xml);
    if (/^ppt\/(slides|slideLayouts|slideMasters|notesSlides)\//.test(name)) xml = addEmptyTextBodies(xml);
    const chart = charts.indexOf(name);
    if (chart >= 0) xml = labelPoints(xml.replace(/<c:lang val="[^"]*"\/>/, '<c:lang val="zh-CN"/>'), pointLabels[chart] ?? []);
    zip.file(name, tagChinese(addBackgroundEffects(xml), eastAsian));
  }
  for (const name of names.filter((n) => /^ppt\/theme\/theme\d+\.xml$/.test(n)))
    zip.file(name, themeEastAsian(await read(name), eastAsian));
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  });
}
