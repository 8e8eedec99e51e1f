/**
 * The deck as a PowerPoint file whose charts are native, editable charts carrying the report's
 * numbers (pptxgenjs writes a chart part and its embedded workbook), titles and notes as text.
 * Pure apart from pptxgenjs: the browser imports this module only when the user clicks (it is
 * heavy), and the unit test unzips what it writes.
 *
 * Honesty rules carried over from the screen: the chart holds the number and its value label
 * keeps the qualifier ("≥80", written by pptx-package); a figure the source leaves blank is not
 * plotted at all (pptxgenjs would write 0 into the embedded workbook) but named under the chart.
 */
import PptxGenJS from "pptxgenjs";
import type { ChartDef } from "../report/charts";
import type { PlansSlide, SectionSlide, Slide, SlideFigure, SummarySlide, TitleSlide } from "../deck/deck";
import { inline } from "../report/format";
import { PX_PER_INCH, STAGE } from "../deck/stage";
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
  gap: "B45309",
  bar: "334155",
  softBar: "94A3B8",
  surface: "F8FAFC",
} as const;

/** The slide's width in inches: the screen stage at 96 px per inch (PowerPoint's 16:9, 13⅓ × 7½ in). */
const W = STAGE.width / PX_PER_INCH;
const MARGIN = 0.6;
const INNER = W - 2 * MARGIN;

export type PptxMeta = { title: string; organization: string; presentedOn: string };

type PSlide = ReturnType<PptxGenJS["addSlide"]>;
type Text = Parameters<PSlide["addText"]>[1];

const text = (options: Text): Text => ({ fontFace: PPTX_FONT, color: C.ink, margin: 0, valign: "top", ...options });

/** The rows a chart plots: blanks are left out (listed separately), labels keep their qualifier. */
function plottedRows(chart: ChartDef) {
  const plotted = chart.rows.filter((r): r is typeof r & { value: number } => r.value !== null);
  return {
    labels: plotted.map((r) => r.label),
    displays: plotted.map((r) => r.display),
    values: plotted.map((r) => r.value),
    colors: plotted.map((r) => (r.qualifier === "exact" ? C.bar : C.softBar)),
    missing: chart.rows.filter((r) => r.value === null),
  };
}

function frame(slide: PSlide, s: Slide, index: number, count: number, meta: PptxMeta, kicker?: string) {
  slide.background = { color: "FFFFFF" };
  slide.addShape("rect", { x: MARGIN, y: 0.42, w: 0.08, h: kicker ? 1.0 : 0.62, fill: { color: C.accent }, line: { color: C.accent } });
  if (kicker)
    slide.addText(kicker, text({ x: MARGIN + 0.25, y: 0.4, w: INNER - 0.25, h: 0.36, fontSize: 14, color: C.accent, bold: true }));
  slide.addText(
    s.title,
    text({ x: MARGIN + 0.25, y: kicker ? 0.78 : 0.42, w: INNER - 0.25, h: 0.66, fontSize: 26, bold: true, fit: "shrink" }),
  );
  slide.addShape("line", { x: MARGIN, y: 6.88, w: INNER, h: 0, line: { color: C.line, width: 1 } });
  slide.addText(s.footer, text({ x: MARGIN, y: 6.98, w: INNER - 3, h: 0.3, fontSize: 11, color: C.muted }));
  slide.addText(
    `${meta.organization}  ${index + 1} / ${count}`,
    text({ x: W - MARGIN - 3, y: 6.98, w: 3, h: 0.3, fontSize: 11, color: C.muted, align: "right" }),
  );
  const notes = s.notes.map((n) => `${n.label}：「${inline(n.quote)}」`);
  slide.addNotes([`原文依据（${s.footer}）`, ...notes].join("\n"));
}

function figureBox(slide: PSlide, f: SlideFigure, x: number, y: number, w: number) {
  const missing = f.value === null;
  slide.addShape("rect", {
    x,
    y,
    w,
    h: 1.28,
    fill: { color: missing ? "FFFBEB" : C.surface },
    line: { color: missing ? C.gap : C.line, width: 1 },
  });
  slide.addText(f.label, text({ x: x + 0.18, y: y + 0.12, w: w - 0.36, h: 0.3, fontSize: 13, color: C.muted, fit: "shrink" }));
  slide.addText(
    missing
      ? [{ text: "原文缺失", options: { fontSize: 24, bold: true, color: C.gap } }]
      : [
          { text: f.display, options: { fontSize: 32, bold: true } },
          { text: ` ${f.unit}`, options: { fontSize: 16 } },
        ],
    text({ x: x + 0.18, y: y + 0.42, w: w - 0.36, h: 0.52, valign: "bottom" }),
  );
  slide.addText(f.caption, text({ x: x + 0.18, y: y + 0.98, w: w - 0.36, h: 0.24, fontSize: 11, color: missing ? C.gap : C.muted }));
}

/** The value labels of each chart as the report writes them, in the order the charts are added. */
const pointLabels = new WeakMap<PptxGenJS, PointLabels>();

function chartBlock(pptx: PptxGenJS, slide: PSlide, chart: ChartDef, x: number, y: number, w: number, h: number) {
  slide.addText(chart.title, text({ x, y, w, h: 0.34, fontSize: 15, bold: true }));
  slide.addText(chart.description, text({ x, y: y + 0.36, w, h: 0.3, fontSize: 10.5, color: C.muted, fit: "shrink" }));
  const { labels, displays, values, colors, missing } = plottedRows(chart);
  const note = missing.length > 0 ? 0.34 : 0;
  const top = y + 0.72;
  const height = Math.min(h - 0.72 - note, 0.5 * labels.length + 0.6);
  if (labels.length > 0) {
    // PowerPoint stacks horizontal bars bottom-up: reversed, the first row reads at the top as on screen.
    const rev = <T>(list: T[]) => [...list].reverse();
    pointLabels.get(pptx)?.push(rev(displays));
    slide.addChart(pptx.ChartType.bar, [{ name: chart.title, labels: rev(labels), values: rev(values) }], {
      x,
      y: top,
      w,
      h: height,
      barDir: "bar",
      chartColors: colors.length > 1 ? rev(colors) : [...colors, ...colors],
      barGapWidthPct: 60,
      catAxisLabelFontFace: PPTX_FONT,
      catAxisLabelFontSize: 13,
      catAxisLabelColor: C.ink,
      catAxisLineShow: false,
      valAxisLabelFontFace: PPTX_FONT,
      valAxisLabelFontSize: 10,
      valAxisLabelColor: C.muted,
      valAxisLabelFormatCode: "#,##0",
      valAxisMinVal: 0,
      valGridLine: { color: C.line, size: 0.75 },
      catGridLine: { style: "none" },
      showValue: true,
      dataLabelFontSize: 13,
      dataLabelColor: C.ink,
      showLegend: false,
      showTitle: false,
      dataLabelFontFace: PPTX_FONT,
      titleFontFace: PPTX_FONT,
      legendFontFace: PPTX_FONT,
    });
  }
  if (missing.length > 0) {
    slide.addText(
      `原文缺失，未画柱：${missing.map((r) => r.label).join("、")}`,
      text({ x, y: top + height + 0.06, w, h: 0.28, fontSize: 11, color: C.gap }),
    );
  }
}

function titleSlide(slide: PSlide, s: TitleSlide, meta: PptxMeta) {
  slide.background = { color: "FFFFFF" };
  slide.addShape("rect", { x: MARGIN, y: 1.9, w: 0.1, h: 1.6, fill: { color: C.accent }, line: { color: C.accent } });
  slide.addText(s.topic, text({ x: MARGIN + 0.35, y: 1.9, w: INNER - 0.35, h: 0.45, fontSize: 18, color: C.accent, bold: true }));
  slide.addText(s.title, text({ x: MARGIN + 0.35, y: 2.4, w: INNER - 0.35, h: 1.1, fontSize: 36, bold: true, fit: "shrink" }));
  const lines = [
    `汇报单位：${s.organization}`,
    `汇报期：${s.period}${s.plansFor ? `（计划时段：${s.plansFor}）` : ""}`,
    ...(s.requestedBy ? [`汇报依据：${s.requestedBy}`] : []),
    `汇报日期：${meta.presentedOn}`,
  ];
  slide.addText(
    lines.map((l) => ({ text: l, options: { breakLine: true } })),
    text({ x: MARGIN + 0.35, y: 4.0, w: INNER - 0.35, h: 1.8, fontSize: 16, color: C.muted, paraSpaceAfter: 6 }),
  );
  slide.addText(s.footer, text({ x: MARGIN, y: 6.98, w: INNER, h: 0.3, fontSize: 11, color: C.muted }));
  slide.addNotes(s.notes.map((n) => `${n.label}：「${inline(n.quote)}」`).join("\n"));
}

function sectionSlide(pptx: PptxGenJS, slide: PSlide, s: SectionSlide) {
  let y = 1.7;
  if (s.figures.length > 0) {
    const gap = 0.25;
    const w = (INNER - gap * 2) / 3;
    s.figures.forEach((f, i) => figureBox(slide, f, MARGIN + i * (w + gap), y, w));
    y += 1.5;
  } else {
    slide.addText(
      "本部分原文没有给出数字；下图为本站按类别统计的举措数。",
      text({ x: MARGIN, y, w: INNER, h: 0.4, fontSize: 14, color: C.muted }),
    );
    y += 0.6;
  }
  const chartW = 7.4;
  chartBlock(pptx, slide, s.chart, MARGIN, y, chartW, 6.75 - y);
  const px = MARGIN + chartW + 0.4;
  slide.addText(s.pointsTitle, text({ x: px, y, w: W - MARGIN - px, h: 0.34, fontSize: 15, bold: true }));
  slide.addText(
    s.points.map((p) => ({ text: p, options: { bullet: true, breakLine: true } })),
    text({ x: px, y: y + 0.42, w: W - MARGIN - px, h: 6.75 - y - 0.42, fontSize: 13, paraSpaceAfter: 4, fit: "shrink" }),
  );
}

function plansSlide(slide: PSlide, s: PlansSlide) {
  const head = (t: string) => ({ text: t, options: { bold: true, color: C.muted, fill: { color: C.surface } } });
  const rows = s.pairs.map((pair) => [
    {
      text: pair.weakness
        ? [
            { text: `${pair.weakness.ordinal} ${pair.weakness.title}`, options: { bold: true, breakLine: true } },
            ...(pair.weakness.detail ? [{ text: pair.weakness.detail, options: { color: C.muted, fontSize: 10.5 } }] : []),
          ]
        : [{ text: "未对应具体不足", options: { color: C.accent, bold: true } }],
    },
    {
      text:
        pair.plans.length === 0
          ? [{ text: "没有计划回应这项不足", options: { color: C.accent, bold: true } }]
          : pair.plans.flatMap((p) => [
              { text: `${p.ordinal}${p.title}`, options: { bold: true, breakLine: true } },
              {
                text: p.commitments
                  .map(
                    (c) =>
                      c.text +
                      [c.owner ? `责任：${c.owner}` : "", c.cadence ? `频次：${c.cadence}` : ""]
                        .filter(Boolean)
                        .map((t) => `（${t}）`)
                        .join(""),
                  )
                  .join("；"),
                options: { fontSize: 10.5, color: C.muted },
              },
            ]),
    },
  ]);
  slide.addTable([[head("存在的不足"), head(`下一步计划${s.plansFor ? `（${s.plansFor}）` : ""}`)], ...rows], {
    x: MARGIN,
    y: 1.55,
    w: INNER,
    colW: [4.6, INNER - 4.6],
    fontFace: PPTX_FONT,
    fontSize: 12,
    color: C.ink,
    border: { type: "solid", pt: 0.75, color: C.line },
    valign: "top",
    margin: 0.08,
    autoPage: false,
  });
}

function summarySlide(slide: PSlide, s: SummarySlide) {
  const gap = 0.25;
  const w = (INNER - gap * (s.stats.length - 1)) / s.stats.length;
  s.stats.forEach((stat, i) => {
    const x = MARGIN + i * (w + gap);
    slide.addShape("rect", { x, y: 1.6, w, h: 1.35, fill: { color: C.surface }, line: { color: C.line, width: 1 } });
    slide.addText(stat.label, text({ x: x + 0.18, y: 1.72, w: w - 0.36, h: 0.3, fontSize: 13, color: C.muted }));
    slide.addText(
      [
        { text: stat.value, options: { fontSize: 30, bold: true } },
        { text: ` ${stat.unit}`, options: { fontSize: 15 } },
      ],
      text({ x: x + 0.18, y: 2.02, w: w - 0.36, h: 0.5, valign: "bottom" }),
    );
    slide.addText(stat.note, text({ x: x + 0.18, y: 2.58, w: w - 0.36, h: 0.28, fontSize: 10.5, color: C.muted, fit: "shrink" }));
  });
  slide.addText("重点数字（照原文）", text({ x: MARGIN, y: 3.25, w: 7.4, h: 0.34, fontSize: 15, bold: true }));
  slide.addTable(
    s.figures.map((f) => [
      { text: f.label },
      {
        text: f.value === null ? "原文缺失" : `${f.display} ${f.unit}`,
        options: { bold: true, align: "right", color: f.value === null ? C.gap : C.ink },
      },
      { text: f.caption, options: { color: C.muted } },
    ]),
    {
      x: MARGIN,
      y: 3.65,
      w: 7.4,
      colW: [3.8, 1.8, 1.8],
      fontFace: PPTX_FONT,
      fontSize: 13,
      color: C.ink,
      border: { type: "solid", pt: 0.75, color: C.line },
      margin: 0.06,
      autoPage: false,
    },
  );
  const gx = MARGIN + 7.8;
  slide.addText(
    `原文留空 ${s.gaps.length} 处`,
    text({ x: gx, y: 3.25, w: W - MARGIN - gx, h: 0.34, fontSize: 15, bold: true, color: C.gap }),
  );
  slide.addText(
    s.gaps.map((g) => ({ text: g, options: { bullet: true, breakLine: true } })),
    text({ x: gx, y: 3.7, w: W - MARGIN - gx, h: 2.9, fontSize: 13, paraSpaceAfter: 4, fit: "shrink" }),
  );
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
    switch (s.kind) {
      case "title":
        return titleSlide(slide, s, meta);
      case "section":
        frame(slide, s, i, slides.length, meta, `${s.part} · ${s.chart.kind === "figures" ? "原文数字" : "工作举措"}`);
        return sectionSlide(pptx, slide, s);
      case "plans":
        frame(slide, s, i, slides.length, meta);
        return plansSlide(slide, s);
      case "summary":
        frame(slide, s, i, slides.length, meta);
        return summarySlide(slide, s);
    }
  });
  return pptx;
}

/** The deck as the bytes of a .pptx PowerPoint opens without repairing (see pptx-package). */
export async function deckPptxFile(slides: Slide[], meta: PptxMeta): Promise<Uint8Array> {
  const pptx = deckPptx(slides, meta);
  const bytes = (await pptx.write({ outputType: "uint8array", compression: true })) as Uint8Array;
  return repairPptx(bytes, PPTX_FONT, pointLabels.get(pptx));
}
