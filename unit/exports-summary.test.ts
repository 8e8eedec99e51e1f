import ExcelJS from "exceljs";
import { expect, test } from "vitest";
import { summaryCsv, summaryXlsx } from "@/lib/exports/summary";
import { loadReportsDir } from "@/lib/server/reports";
import { loadCatalogue } from "@/lib/server/indicators";
import { summaryGroups } from "@/lib/summary/groups";
import { summarize } from "@/lib/summary/summary";
import { townRows } from "@/lib/summary/table";

const archive = [...loadReportsDir("fixtures/reports").values()].map((l) => l.report);
const notice = summaryGroups(archive).find((g) => g.kind === "notice" && g.reportIds.length === 12)!;
const summary = summarize(
  townRows(
    archive.filter((r) => notice.reportIds.includes(r.id)),
    archive,
  ),
  loadCatalogue().indicators,
);

test("CSV: BOM, a blank is an empty number cell, the qualifier in its own column, the total says what it leaves out", () => {
  const csv = summaryCsv(summary);
  expect(csv.startsWith("\uFEFF单位,指标,计量单位,口径,数值,上限,限定,原文写法,说明\r\n")).toBe(true);
  expect(csv).toContain("\r\n南岭镇,悬挂条幅,条,本期,,,原文缺失,条,原文留空\r\n");
  expect(csv).toContain("\r\n北坡镇,悬挂条幅,条,本期,150,180,区间,150至180条,\r\n");
  expect(csv).toContain("\r\n合计,悬挂条幅,条,本期,1069,,至少,本站推算,10 个单位相加；1 个留空未计入\r\n");
});

test("xlsx: one sheet per indicator group, numbers as number cells", async () => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await summaryXlsx(summary, "汇总")).buffer);
  expect(book.worksheets.map((s) => s.name)).toEqual(["意识形态与宣传"]);
  const sheet = book.worksheets[0];
  const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
  const dongguan = rows.find((r) => r[1] === "东关镇" && r[2] === "宣传标语")!;
  expect(dongguan.slice(5, 8)).toEqual([80, undefined, "至少"]);
  expect(typeof dongguan[5]).toBe("number");
});
