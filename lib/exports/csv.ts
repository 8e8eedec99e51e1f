/**
 * The report's figures as CSV for Excel: UTF-8 with a BOM (without it Excel reads Chinese as
 * mojibake), CRLF line ends, one row per figure with its qualifier, unit, category, section and quote.
 * Each row names its report (title, unit, period), so rows of several reports pasted together
 * still say where they came from. A missing figure has an empty value cell, never 0.
 */
import { categoryLabel, figures, sectionOf } from "../report/derive";
import { figureText, inline, qualifierLabel, sectionPart } from "../report/format";
import type { Report } from "../model/schema";

export const BOM = "\uFEFF";

export const CSV_COLUMNS = [
  "汇报",
  "单位",
  "汇报期",
  "编号",
  "部分",
  "类别",
  "举措",
  "数值",
  "上限",
  "单位",
  "限定",
  "显示",
  "累计",
  "原文写法",
  "说明",
  "原文",
] as const;

/** Quotes a cell when needed; a leading = + - @ is defused so a spreadsheet never runs report text as a formula. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function figuresCsv(report: Report): string {
  const rows = figures(report).map((f) => {
    const q = f.quantity;
    const section = sectionOf(report, f.section);
    return [
      report.title,
      report.organization.name,
      report.period.label,
      f.id,
      section ? `${sectionPart(section)}「${section.heading}」` : f.section,
      categoryLabel(report, f.category),
      f.label,
      q.value,
      q.max,
      q.unit,
      qualifierLabel[q.qualifier],
      figureText(q),
      q.cumulative ? "是" : "否",
      q.text,
      q.note,
      inline(f.quote),
    ];
  });
  return BOM + [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
