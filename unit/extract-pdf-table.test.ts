/**
 * Tables in a PDF (lib/extract/read/pdf-table.ts): rows and columns found from where the text items
 * stand, read as the .docx reader reads a Word table, so that every cell's figure is drafted with
 * its value, the header's unit and a quote naming its row and column. Checked against the hand
 * annotation of each cell in fixtures/extract/table-*.expected.md.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractReport } from "@/lib/extract";
import { readReportFile } from "@/lib/extract/read";
import { pageLines, type PdfItem } from "@/lib/extract/read/pdf-table";

const dir = "fixtures/extract";
const read = async (file: string) => {
  const r = await readReportFile(file, new Uint8Array(fs.readFileSync(path.join(dir, file))));
  if (!r.ok) throw new Error(r.error);
  return r;
};

/** The cells of an expected.md table: row, column, value (null for a dash), unit, running total. */
function annotatedCells(name: string) {
  const md = fs.readFileSync(path.join(dir, `${name}.expected.md`), "utf8");
  return md
    .split("\n")
    .filter((l) => /^\| [^-|]/.test(l) && !l.startsWith("| 行"))
    .map((l) =>
      l
        .split("|")
        .slice(1, -1)
        .map((c) => c.trim()),
    )
    .map((c) =>
      c.length === 6
        ? { row: c[0], column: c[1], value: Number(c[3]), unit: c[4], total: c[5] !== "否" }
        : { row: c[0], column: c[1], value: c[2].startsWith("—") ? null : Number(c[2]), unit: c[3], total: c[4] === "是" },
    );
}

describe.each(["table-anquan", "table-minzheng"])("%s.pdf", (name) => {
  it("reads the table's rows as the .docx reader does", async () => {
    const rows = (text: string) => text.split("\n").filter((l) => l.includes("　"));
    const pdf = await read(`${name}.pdf`);
    const docx = await read(`${name}.docx`);
    expect(rows(pdf.text).length).toBeGreaterThanOrEqual(7);
    expect(rows(pdf.text)).toEqual(rows(docx.text));
    expect(pdf.normalisations.join()).toContain("1 张表格按文字位置读出行与列");
  });

  it("drafts every cell's figure with its value, unit and total, quoted with its row and column", async () => {
    const r = await read(`${name}.pdf`);
    const out = extractReport(r.text, { id: "table" });
    if (!out.ok) throw new Error(out.error);
    const measures = out.extraction.report.measures.filter((m) => m.quantity && m.quote.includes("　"));
    const cells = annotatedCells(name).filter((c) => c.value !== null);
    expect(cells.length).toBe(name === "table-anquan" ? 28 : 40);
    for (const cell of cells) {
      const label = cell.column.replace(/[（(][^）)]*[）)]$/, "").replace(" · ", "·");
      const m = measures.find(
        (x) => x.quote.startsWith(`${cell.row}　`) && x.quote.includes(`${label}${x.quantity!.text}`) && x.quantity!.value === cell.value,
      );
      expect(m, `${cell.row} ${cell.column} ${cell.value}`).toBeDefined();
      expect(m!.quantity!.unit).toBe(cell.unit);
      expect(m!.quantity!.cumulative).toBe(cell.total);
    }
    // The dash cells are neither figures nor blanks.
    expect(out.extraction.report.gaps.filter((g) => g.quote?.includes("—"))).toEqual([]);
  });
});

describe("pageLines", () => {
  const item = (str: string, x: number, y: number, hasEOL = false): PdfItem => ({
    str,
    x,
    y,
    width: str.length * 10,
    fontSize: 10,
    hasEOL,
  });

  it("leaves a page without columns as pdf.js ordered it", () => {
    const items = [item("第一行文字，写到页面的右边", 50, 700, true), item("第二行", 50, 685, true)];
    expect(pageLines(items)).toEqual({
      lines: [
        { text: "第一行文字，写到页面的右边", size: 10 },
        { text: "第二行", size: 10 },
      ],
      tables: 0,
    });
  });

  it("does not take two lines of words with a gap for a table: a table has rows of numbers", () => {
    const items = [item("联系人", 50, 700), item("张某某", 200, 700, true), item("地址", 50, 685), item("某某镇", 200, 685, true)];
    expect(pageLines(items).tables).toBe(0);
  });
});
