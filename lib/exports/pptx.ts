/**
 * The deck as a PowerPoint file whose charts are native, editable charts carrying the report's
 * numbers (pptxgenjs writes a chart part and its embedded workbook), titles and notes as text.
 * Pure apart from pptxgenjs: the browser imports this module only when the user clicks (it is
 * heavy), and the unit test unzips what it writes.
 *
 * The same slides as the screen, in the same type sizes (TYPE_PT: titles 33 pt, body 18 pt, details
 * 16.5 pt): the report's own words on the slide, the readings, sources and talking points in the notes.
 */
import PptxGenJS from "pptxgenjs";
import type { AgendaSlide, ChartSlide, ClosingSlide, PlansSlide, Run, SectionSlide, Slide, SummarySlide, TitleSlide } from "../deck/deck";
import { notesLines } from "../deck/notes";
import { BLANK } from "../deck/voice";
import { PX_PER_INCH, STAGE, TYPE_PT } from "../deck/stage";
import { repairPptx, type PointLabels } from "./pptx-package";

/** Named on every run so PowerPoint and WPS pick a CJK face (the Office default, Calibri, has none). */
export const PPTX_FONT = "Microsoft YaHei";

/**
 * PowerPoint needs literal colours; these mirror the light theme's tokens in app/globals.css
 * (a handed-out file is read on white, whatever theme the presenter used).
 */
const C = {
  ink: "0F172A",
  muted: "475569",
  line: "E2E8F0",
  accent: "B91C1C",
  bar: "334155",
  surface: "F8FAFC",
} as const;

/** The slide's width in inches: the screen stage at 96 px per inch (PowerPoint's 16:9, 13⅓ × 7½ in). */
const W = STAGE.width / PX_PER_INCH;
const MARGIN = 0.6;
const INNER = W - 2 * MARGIN;
const { title: TITLE, body: BODY, detail: DETAIL } = TYPE_PT;

export type PptxMeta = { title: string; organization: string };

type PSlide = ReturnType<PptxGenJS["addSlide"]>;
type Text = Parameters<PSlide["addText"]>[1];

const text = (options: Text): Text => ({ fontFace: PPTX_FONT, color: C.ink, margin: 0, valign: "top", ...options });

function frame(slide: PSlide, s: Slide, index: number, count: number, meta: PptxMeta, kicker?: string) {
  slide.background = { color: "FFFFFF" };
  const top = kicker ? 0.95 : 0.45;
  slide.addShape("rect", { x: MARGIN, y: 0.42, w: 0.08, h: top + 0.7 - 0.42, fill: { color: C.accent }, line: { color: C.accent } });
  if (kicker)
    slide.addText(kicker, text({ x: MARGIN + 0.25, y: 0.42, w: INNER - 0.25, h: 0.45, fontSize: DETAIL, color: C.accent, bold: true }));
  slide.addText(s.title, text({ x: MARGIN + 0.25, y: top, w: INNER - 0.25, h: 0.7, fontSize: TITLE, bold: true }));
  pageNumber(slide, index, count, meta, true);
  notes(slide, s);
}

function pageNumber(slide: PSlide, index: number, count: number, meta: PptxMeta, rule: boolean) {
  if (rule) slide.addShape("line", { x: MARGIN, y: 6.85, w: INNER, h: 0, line: { color: C.line, width: 1 } });
  slide.addText(
    `${meta.organization}  ${index + 1} / ${count}`,
    text({ x: W - MARGIN - 4, y: 6.92, w: 4, h: 0.36, fontSize: DETAIL, color: C.muted, align: "right" }),
  );
}

const notes = (slide: PSlide, s: Slide) => slide.addNotes(notesLines(s).join("\n"));

/** Body runs: the source's figure in red, a blank in neutral grey. */
const runs = (list: Run[], size = BODY) =>
  list.map((r) => ({
    text: r.text,
    options: { fontSize: size, ...(r.mark === "figure" ? { color: C.accent, bold: true } : r.mark === "blank" ? { color: C.muted } : {}) },
  }));

function titleSlide(slide: PSlide, s: TitleSlide, index: number, count: number, meta: PptxMeta) {
  slide.background = { color: "FFFFFF" };
  slide.addShape("rect", { x: MARGIN, y: 1.5, w: 0.1, h: 2.0, fill: { color: C.accent }, line: { color: C.accent } });
  slide.addText(s.title, text({ x: MARGIN + 0.35, y: 1.5, w: INNER - 0.35, h: 2.0, fontSize: 40, bold: true, valign: "middle" }));
  const lines: [string, string, boolean][] = [
    ["汇报单位", s.organization, false],
    ["汇报人", s.reporter ?? BLANK, !s.reporter],
    ["汇报期间", s.period, false],
    ...(s.requestedBy ? [["汇报依据", s.requestedBy, false] as [string, string, boolean]] : []),
  ];
  slide.addText(
    lines.flatMap(([term, value, blank]) => [
      { text: `${term}　`, options: { color: C.muted } },
      { text: value, options: { color: blank ? C.muted : C.ink, breakLine: true } },
    ]),
    text({ x: MARGIN + 0.35, y: 4.0, w: INNER - 0.35, h: 2.4, fontSize: 20, paraSpaceAfter: 6 }),
  );
  pageNumber(slide, index, count, meta, false);
  notes(slide, s);
}

function agendaSlide(slide: PSlide, s: AgendaSlide) {
  slide.addText(
    s.items.map((item) => ({ text: item, options: { breakLine: true } })),
    text({ x: MARGIN + 0.4, y: 1.8, w: INNER - 0.4, h: 4.6, fontSize: 24, paraSpaceAfter: 14, valign: "middle" }),
  );
}

function sectionSlide(slide: PSlide, s: SectionSlide) {
  slide.addText(
    s.rows.flatMap((row) => [
      ...(row.lead ? [{ text: row.lead, options: { bold: true, breakLine: true, bullet: { indent: 18 } } }] : []),
      ...row.lines.flatMap((line, j) => [
        ...(j > 0 ? [{ text: "；", options: { fontSize: BODY } }] : []),
        ...runs(line.runs).map((r, k) =>
          !row.lead && j === 0 && k === 0 ? { ...r, options: { ...r.options, bullet: { indent: 18 } } } : r,
        ),
      ]),
      { text: "", options: { breakLine: true } },
    ]),
    text({ x: MARGIN, y: 1.85, w: INNER, h: 4.85, fontSize: BODY, paraSpaceAfter: 10, lineSpacingMultiple: 1.1 }),
  );
}

function summarySlide(slide: PSlide, s: SummarySlide) {
  const cols = s.figures.length > 4 ? 3 : s.figures.length > 1 ? 2 : 1;
  const gap = 0.3;
  const w = (INNER - gap * (cols - 1)) / cols;
  const h = 1.5;
  s.figures.forEach((f, i) => {
    const x = MARGIN + (i % cols) * (w + gap);
    const y = 1.9 + Math.floor(i / cols) * (h + gap);
    slide.addShape("rect", { x, y, w, h, fill: { color: C.surface }, line: { color: C.line, width: 1 } });
    slide.addText(f.label, text({ x: x + 0.2, y: y + 0.12, w: w - 0.4, h: 0.5, fontSize: DETAIL, color: C.muted }));
    slide.addText(
      f.text,
      text({ x: x + 0.2, y: y + 0.62, w: w - 0.4, h: 0.75, fontSize: 36, bold: true, color: f.value === null ? C.muted : C.accent }),
    );
  });
}

/** The value labels of each chart as the report writes them ("≥80"), in the order charts are added. */
const pointLabels = new WeakMap<PptxGenJS, PointLabels>();

function chartSlide(pptx: PptxGenJS, slide: PSlide, s: ChartSlide) {
  const rows = s.chart.rows.filter((r): r is typeof r & { value: number } => r.value !== null);
  // PowerPoint stacks horizontal bars bottom-up: reversed, the first row reads at the top as on screen.
  const rev = <T>(list: T[]) => [...list].reverse();
  pointLabels.get(pptx)?.push(rev(rows.map((r) => r.display)));
  slide.addText(`单位：${s.chart.unit}`, text({ x: MARGIN, y: 1.75, w: INNER, h: 0.4, fontSize: DETAIL, color: C.muted }));
  slide.addChart(
    pptx.ChartType.bar,
    [{ name: s.chart.title, labels: rev(rows.map((r) => r.label)), values: rev(rows.map((r) => r.value)) }],
    {
      x: MARGIN,
      y: 2.2,
      w: INNER,
      h: Math.min(4.5, 0.6 * rows.length + 0.6),
      barDir: "bar",
      chartColors: [C.bar],
      barGapWidthPct: 60,
      catAxisLabelFontFace: PPTX_FONT,
      catAxisLabelFontSize: DETAIL,
      catAxisLabelColor: C.ink,
      catAxisLineShow: false,
      valAxisHidden: true,
      valAxisLabelFontSize: DETAIL,
      valAxisMinVal: 0,
      valGridLine: { style: "none" },
      catGridLine: { style: "none" },
      showValue: true,
      dataLabelFontFace: PPTX_FONT,
      dataLabelFontSize: DETAIL,
      dataLabelColor: C.ink,
      dataLabelFormatCode: "#,##0",
      showLegend: false,
      showTitle: false,
      titleFontFace: PPTX_FONT,
      legendFontFace: PPTX_FONT,
    },
  );
}

function plansSlide(slide: PSlide, s: PlansSlide) {
  const head = (t: string) => ({ text: t, options: { bold: true, color: C.muted, fontSize: DETAIL, fill: { color: C.surface } } });
  const cell = (t: string | undefined, missing: string, options: object = {}) =>
    t ? { text: t, options } : { text: missing, options: { color: C.muted } };
  slide.addTable(
    [
      [head("存在问题"), head("下步打算"), head("责任"), head("频次")],
      ...s.rows.map((r) => [
        cell(r.problem, "（原文未对应具体问题）", { bold: true }),
        cell(r.measure, "（原文没有对应的打算）"),
        { text: r.owners || "—" },
        { text: r.cadences || "—" },
      ]),
    ],
    {
      x: MARGIN,
      y: 1.9,
      w: INNER,
      colW: [3.9, 4.6, 1.5, INNER - 10],
      fontFace: PPTX_FONT,
      fontSize: BODY,
      color: C.ink,
      border: { type: "solid", pt: 0.75, color: C.line },
      valign: "top",
      margin: 0.1,
      autoPage: false,
    },
  );
}

function closingSlide(slide: PSlide, s: ClosingSlide, index: number, count: number, meta: PptxMeta) {
  slide.background = { color: "FFFFFF" };
  slide.addText(s.title, text({ x: MARGIN, y: 2.4, w: INNER, h: 1.2, fontSize: 54, bold: true, align: "center", valign: "middle" }));
  slide.addShape("rect", { x: W / 2 - 0.8, y: 3.85, w: 1.6, h: 0.06, fill: { color: C.accent }, line: { color: C.accent } });
  slide.addText(s.organization, text({ x: MARGIN, y: 4.2, w: INNER, h: 0.6, fontSize: 24, color: C.muted, align: "center" }));
  pageNumber(slide, index, count, meta, false);
  notes(slide, s);
}

/** Builds the presentation; the caller writes it (a Blob in the browser, bytes in a test). */
export function deckPptx(slides: Slide[], meta: PptxMeta): PptxGenJS {
  const pptx = new PptxGenJS();
  pointLabels.set(pptx, []);
  pptx.layout = "LAYOUT_WIDE";
  pptx.theme = { headFontFace: PPTX_FONT, bodyFontFace: PPTX_FONT };
  pptx.title = meta.title;
  pptx.company = meta.organization;
  pptx.author = meta.organization;
  pptx.subject = "汇报看板导出";
  slides.forEach((s, i) => {
    const slide = pptx.addSlide();
    const n = slides.length;
    switch (s.kind) {
      case "title":
        return titleSlide(slide, s, i, n, meta);
      case "closing":
        return closingSlide(slide, s, i, n, meta);
      case "agenda":
        frame(slide, s, i, n, meta);
        return agendaSlide(slide, s);
      case "section":
        frame(slide, s, i, n, meta, s.part);
        return sectionSlide(slide, s);
      case "summary":
        frame(slide, s, i, n, meta);
        return summarySlide(slide, s);
      case "chart":
        frame(slide, s, i, n, meta);
        return chartSlide(pptx, slide, s);
      case "plans":
        frame(slide, s, i, n, meta, s.subtitle);
        return plansSlide(slide, s);
    }
  });
  return pptx;
}

/** The deck as a .pptx file, repaired so PowerPoint opens it without asking (lib/exports/pptx-package). */
export async function deckPptxFile(slides: Slide[], meta: PptxMeta): Promise<Uint8Array> {
  const pptx = deckPptx(slides, meta);
  const bytes = (await pptx.write({ outputType: "uint8array", compression: true })) as Uint8Array;
  return repairPptx(bytes, PPTX_FONT, pointLabels.get(pptx));
}
