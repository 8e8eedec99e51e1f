/**
 * The summary for a spreadsheet: one row per town and indicator column, then the column's honest
 * total. The number stays a number (a blank is an empty cell, never 0) and the qualifier is a column
 * of its own, so 80余 is 80 with 至少, not the text "80余". CSV (UTF-8 with BOM) and .xlsx with one
 * sheet per indicator group share these rows.
 */
import ExcelJS from "exceljs";
import { GROUP_LABELS } from "../model/indicators";
import { qualifierLabel } from "../report/format";
import type { Summary, SummaryColumn } from "../summary/summary";
import { BOM, csvCell } from "./csv";

export const SUMMARY_COLUMNS = ["单位", "指标", "计量单位", "口径", "数值", "上限", "限定", "原文写法", "说明"] as const;
type Row = [string, string, string, string, number | null, number | null, string, string, string];

function rowsOf(c: SummaryColumn, summary: Summary): Row[] {
  const period = c.cumulative ? "累计" : "本期";
  const rows: Row[] = summary.towns.map((t) => {
    const cell = c.cells[t.id];
    if (!cell) return [t.label, c.name, c.unit, period, null, null, "", "", c.absent.includes(t.id) ? "未报此项" : "口径不同，见另一列"];
    const q = cell.quantity;
    return [
      t.label,
      c.name,
      c.unit,
      period,
      q.value,
      q.max ?? null,
      qualifierLabel[q.qualifier],
      q.text,
      q.value === null ? "原文留空" : "",
    ];
  });
  const t = c.total;
  const note = [
    `${Object.keys(c.cells).length - c.blanks.length} 个单位相加`,
    ...(c.blanks.length ? [`${c.blanks.length} 个留空未计入`] : []),
    ...(c.absent.length ? [`${c.absent.length} 个未报`] : []),
    ...c.warnings,
  ].join("；");
  rows.push([
    "合计",
    c.name,
    c.unit,
    period,
    t.quantity.value,
    t.quantity.max ?? null,
    qualifierLabel[t.quantity.qualifier],
    "本站推算",
    note,
  ]);
  return rows;
}

export function summaryCsv(summary: Summary): string {
  const lines = [SUMMARY_COLUMNS.join(","), ...summary.columns.flatMap((c) => rowsOf(c, summary)).map((r) => r.map(csvCell).join(","))];
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

const groupName = (g: SummaryColumn["group"]) => (g === "local" ? "其他指标" : GROUP_LABELS[g]);

/** Excel text cells that start like a formula are defused as in the CSV. */
const safe = (v: string | number | null) => (typeof v === "string" && /^[=+\-@]/.test(v) ? `'${v}` : v);

export async function summaryXlsx(summary: Summary, title: string): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  book.creator = "汇报看板";
  book.title = title;
  const groups = [...new Set(summary.columns.map((c) => c.group))];
  for (const g of groups) {
    // Sheet names: at most 31 characters, none of []:*?/\ (Excel's rules).
    const sheet = book.addWorksheet(
      groupName(g)
        .replace(/[[\]:*?/\\]/g, "")
        .slice(0, 31),
    );
    sheet.columns = SUMMARY_COLUMNS.map((header, i) => ({ header, width: [14, 16, 10, 8, 12, 10, 10, 14, 48][i] }));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: "frozen", ySplit: 1 }];
    for (const c of summary.columns.filter((x) => x.group === g)) {
      for (const r of rowsOf(c, summary)) {
        const row = sheet.addRow(r.map(safe));
        if (r[0] === "合计") row.font = { bold: true };
      }
    }
  }
  if (groups.length === 0) book.addWorksheet("汇总").addRow(["这些汇报还没有经确认的指标"]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
