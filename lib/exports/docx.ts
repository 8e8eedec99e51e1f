/**
 * The report as a Word 简报 (.docx, built with `docx`): title, unit and period, the headline
 * figures with their qualifiers and the source's own wording, the charts as pictures, the
 * weaknesses → plans table with owners and cadences, and the blanks the source leaves. Chinese
 * set in 宋体 (body) and 黑体 (headings) named as East Asian fonts and tagged zh-CN, so Word, WPS
 * and LibreOffice pick Chinese faces. Pure apart from `docx`: charts come in as PNG bytes.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { figures, headlineFigures, weaknessPlans } from "../report/derive";
import { figureText, inline, qualifierLabel } from "../report/format";
import type { Report } from "../model/schema";

export const DOCX_BODY_FONT = "宋体";
export const DOCX_HEADING_FONT = "黑体";

/** A drawn chart: its title, its PNG and the size it is set at (px at 96 per inch). */
export type DocxChart = { title: string; png: Uint8Array; width: number; height: number };

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
/** A4 less 2.5 cm margins: 16 cm of text width, in px at 96 per inch (for pictures). */
const TEXT_WIDTH_PX = Math.round((16 / 2.54) * 96);

const heading = (text: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [new TextRun(text)] });
const para = (text: string, options: { muted?: boolean; bold?: boolean } = {}) =>
  new Paragraph({
    spacing: { after: 80 },
    children: [new TextRun({ text, bold: options.bold, color: options.muted ? "475569" : undefined })],
  });

const border = { style: BorderStyle.SINGLE, size: 4, color: "94A3B8" };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
const cell = (lines: string[], options: { bold?: boolean; width?: number; fill?: string; rowSpan?: number } = {}) =>
  new TableCell({
    rowSpan: options.rowSpan,
    width: options.width ? { size: options.width, type: WidthType.PERCENTAGE } : undefined,
    shading: options.fill ? { fill: options.fill } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: (lines.length ? lines : [""]).map((text) => new Paragraph({ children: [new TextRun({ text, bold: options.bold })] })),
  });
const table = (head: string[], rows: string[][][] | TableRow[], widths: number[]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders,
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h, i) => cell([h], { bold: true, width: widths[i], fill: "F1F5F9" })) }),
      ...rows.map((row) =>
        row instanceof TableRow
          ? row
          : new TableRow({ cantSplit: true, children: row.map((lines, i) => cell(lines, { width: widths[i] })) }),
      ),
    ],
  });

function figureRows(report: Report): string[][][] {
  const headline = headlineFigures(report);
  return (headline.length > 0 ? headline : figures(report)).map((f) => {
    const q = f.quantity;
    return [
      [f.label],
      [q.value === null ? "原文未写明" : `${figureText(q)} ${q.unit}`],
      [`${qualifierLabel[q.qualifier]}${q.cumulative ? "·累计" : ""}`],
      [`“${q.text}”`],
    ];
  });
}

/**
 * One row per commitment, so its owner and cadence sit beside it; the weakness spans the rows of
 * the plans that answer it, and each plan's title heads its first commitment.
 */
function planTableRows(report: Report): TableRow[] {
  const { pairs, unanswering } = weaknessPlans(report);
  const rows = (weakness: string[], plans: Report["plans"]) => {
    const lines = plans.flatMap((p) =>
      (p.commitments.length ? p.commitments : [undefined]).map((c, i) => ({
        plan: [...(i === 0 ? [`${p.ordinal}${p.title}`] : []), ...(c ? [`· ${c.text}`] : [])],
        owner: c?.owner ?? "—",
        cadence: c?.cadence?.text ?? "—",
      })),
    );
    if (lines.length === 0) lines.push({ plan: ["没有计划回应这项不足"], owner: "", cadence: "" });
    return lines.map(
      (line, i) =>
        new TableRow({
          cantSplit: true,
          children: [
            ...(i === 0 ? [cell(weakness, { width: 28, rowSpan: lines.length })] : []),
            cell(line.plan, { width: 44 }),
            cell([line.owner], { width: 14 }),
            cell([line.cadence], { width: 14 }),
          ],
        }),
    );
  };
  return [
    ...pairs.flatMap(({ weakness, plans }) =>
      rows([`${weakness.ordinal} ${weakness.title}`, ...(weakness.detail ? [weakness.detail] : [])], plans),
    ),
    ...unanswering.flatMap((plan) => rows(["（未对应具体不足）"], [plan])),
  ];
}

function chartBlock(chart: DocxChart): Paragraph[] {
  const scale = Math.min(1, TEXT_WIDTH_PX / chart.width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: "png",
          data: chart.png,
          transformation: { width: Math.round(chart.width * scale), height: Math.round(chart.height * scale) },
          altText: { name: chart.title, description: chart.title, title: chart.title },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 200 },
      children: [new TextRun({ text: `图：${chart.title}`, size: 20, color: "475569" })],
    }),
  ];
}

export function reportDocx(report: Report, charts: DocxChart[] = []): Document {
  const plans = planTableRows(report);
  return new Document({
    title: report.title,
    creator: report.organization.name,
    description: "汇报看板导出的简报",
    styles: {
      default: {
        document: { run: { font: font(DOCX_BODY_FONT), size: 24, language: { value: "zh-CN", eastAsia: "zh-CN" } } },
        heading1: { run: { font: font(DOCX_HEADING_FONT), size: 30, bold: true, color: "0F172A" } },
        title: { run: { font: font(DOCX_HEADING_FONT), size: 40, bold: true } },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: "2.5cm", bottom: "2.5cm", left: "2.5cm", right: "2.5cm" } } },
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            spacing: { after: 200 },
            children: [new TextRun(report.title)],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 300 },
            children: [
              new TextRun({
                text: `汇报单位：${report.organization.name}　　汇报期：${report.period.label}${report.period.plansFor ? `（下步计划：${report.period.plansFor.label}）` : ""}`,
                color: "475569",
              }),
            ],
          }),
          heading("一、主要数字"),
          para("数字照原文；“限定”说明它是确数、下限（原文“余”“多”）还是约数（原文“近”“约”）。", { muted: true }),
          table(["项目", "数字", "限定", "原文写法"], figureRows(report), [40, 18, 17, 25]),
          ...(charts.length > 0 ? [heading("二、图表"), ...charts.flatMap(chartBlock)] : []),
          heading(charts.length > 0 ? "三、存在的不足与下步计划" : "二、存在的不足与下步计划"),
          ...(plans.length > 0
            ? [table(["存在的不足", "下步计划", "责任", "频次"], plans, [28, 44, 14, 14])]
            : [para("原文没有写存在的不足或下步计划。")]),
          heading(charts.length > 0 ? "四、原文留空之处" : "三、原文留空之处"),
          ...(report.gaps.length > 0
            ? report.gaps.map((g) => para(`· ${g.what}：原文“${inline(g.quote)}”`))
            : [para("原文没有留空之处。")]),
          new Paragraph({
            spacing: { before: 400 },
            children: [
              new TextRun({
                text: `来源：${report.title}（${report.organization.name}，${report.period.label}）`,
                size: 20,
                color: "475569",
              }),
            ],
          }),
        ],
      },
    ],
  });
}

/** The brief's bytes (a Blob in the browser is made from them). */
export async function reportDocxFile(report: Report, charts: DocxChart[] = []): Promise<Uint8Array> {
  return Packer.pack(reportDocx(report, charts), "uint8array");
}
