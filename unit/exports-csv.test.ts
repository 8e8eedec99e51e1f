import { describe, expect, it } from "vitest";
import { figures } from "@/lib/report/derive";
import { BOM, CSV_COLUMNS, csvCell, figuresCsv } from "@/lib/exports/csv";
import { findReport } from "@/lib/server/reports";

const { report } = findReport("mouzhen-2020-ideology")!;
const csv = figuresCsv(report);
const lines = csv.slice(BOM.length).trimEnd().split("\r\n");

describe("figuresCsv", () => {
  it("starts with a UTF-8 BOM so Excel reads the Chinese", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("has a header and one row per figure", () => {
    expect(lines[0]).toBe(CSV_COLUMNS.join(","));
    expect(lines).toHaveLength(figures(report).length + 1);
  });

  it("keeps qualifiers, units, categories and sections, and leaves a blank figure empty", () => {
    const row = (id: string) => lines.find((l) => l.includes(`,${id},`))!;
    expect(row("s3-slogans")).toContain(",80,,条,至少,≥80,是,80余条,");
    expect(row("s3-books")).toContain(',5000,,册,约数,"≈5,000",是,近5000册,');
    expect(row("s3-banners")).toContain("第三部分「突出重点、搞好主题宣传」,宣传氛围,悬挂条幅,186,");
    expect(row("s3-councils")).toContain("成立文明理事会的村,,,个,原文缺失,原文缺失,否,个村,");
    expect(row("s3-books").endsWith("累计购买政治理论、中外名著、自然科学等不同种类优秀书籍近5000册")).toBe(true);
  });

  it("names the report on every row, so rows of several reports can be pasted together", () => {
    const head = `${report.title},${report.organization.name},${report.period.label},`;
    expect(head).toBe("某某镇关于落实意识形态工作的情况汇报,某某镇,2020年,");
    for (const line of lines.slice(1)) expect(line.startsWith(head), line).toBe(true);
  });
});

describe("csvCell", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell('他说"好",然后')).toBe('"他说""好"",然后"');
    expect(csvCell("a\nb")).toBe('"a\nb"');
    expect(csvCell(null)).toBe("");
  });

  it("defuses text that a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell(5)).toBe("5");
  });
});
