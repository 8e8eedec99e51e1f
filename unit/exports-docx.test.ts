import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { DOCX_BODY_FONT, DOCX_HEADING_FONT, reportDocxFile } from "@/lib/exports/docx";
import { seed } from "./helpers";

const { report } = seed;
/** A 1×1 PNG: the brief takes the drawn charts' pictures as bytes. */
const PNG = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"),
);

async function brief(withChart = true) {
  const bytes = await reportDocxFile(report, withChart ? [{ title: "原文数字（单位：条）", png: PNG, width: 800, height: 300 }] : []);
  const zip = await JSZip.loadAsync(bytes);
  const doc = await zip.file("word/document.xml")!.async("string");
  const styles = await zip.file("word/styles.xml")!.async("string");
  const text = [...doc.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
  return { zip, doc, styles, text };
}

describe("the Word brief", () => {
  it("opens with the title, the unit and the period", async () => {
    const { text } = await brief();
    expect(text.startsWith(report.title)).toBe(true);
    expect(text).toContain("汇报单位：某某镇");
    expect(text).toContain("汇报期：2020年");
  });

  it("lists the headline figures with their qualifiers and the source's wording, a blank as a blank", async () => {
    const { text } = await brief();
    expect(text).toContain("粉刷、悬挂、张贴社会宣传标语≥80 条至少·累计“80余条”");
    expect(text).toContain("购买优秀书籍≈5,000 册约数·累计“近5000册”");
    expect(text).toContain("成立文明理事会的村原文未写明");
    expect(text).not.toMatch(/成立文明理事会的村0/);
  });

  it("sets the charts as pictures, scaled to the text width, with their titles", async () => {
    const { zip, doc, text } = await brief();
    expect(Object.keys(zip.files).filter((n) => n.startsWith("word/media/"))).toHaveLength(1);
    expect(doc).toContain('descr="原文数字（单位：条）"');
    const [cx] = [...doc.matchAll(/<wp:extent cx="(\d+)"/g)].map((m) => Number(m[1]));
    expect(cx / 914400).toBeCloseTo(16 / 2.54, 1);
    expect(text).toContain("图：原文数字（单位：条）");
    expect((await brief(false)).text).not.toContain("二、图表");
  });

  it("tables the weaknesses against the plans with owners and cadences", async () => {
    const { doc, text } = await brief();
    expect(doc).toContain("<w:tbl>");
    expect(text).toContain("存在的不足下步计划责任频次");
    for (const w of report.weaknesses) expect(text).toContain(w.title);
    const cadences = report.plans.flatMap((p) => p.commitments).filter((c) => c.cadence);
    expect(cadences.length).toBeGreaterThan(0);
    // each commitment's owner and cadence sit in its own row
    const rows = [...doc.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) =>
      [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("|"),
    );
    for (const c of report.plans.flatMap((p) => p.commitments)) {
      const row = rows.find((r) => r.includes(c.text));
      expect(row, c.text).toBeDefined();
      expect(row!.endsWith(`|${c.owner ?? "—"}|${c.cadence?.text ?? "—"}`), row).toBe(true);
    }
  });

  it("names the blanks the source leaves", async () => {
    const { text } = await brief();
    expect(report.gaps.length).toBeGreaterThan(0);
    for (const g of report.gaps) expect(text).toContain(g.what);
  });

  it("names 宋体 and 黑体 as East Asian fonts and tags the text zh-CN", async () => {
    const { styles } = await brief();
    expect(styles).toContain(`w:eastAsia="${DOCX_BODY_FONT}"`);
    expect(styles).toContain(`w:eastAsia="${DOCX_HEADING_FONT}"`);
    expect(styles).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
  });
});
