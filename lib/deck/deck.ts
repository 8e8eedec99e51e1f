/**
 * The deck, built from a report: pure data the screen, the presenter view, the PDF and the PPTX all
 * render, so a slide is defined once. A slide projects the report's own words (figures as the
 * source writes them, blanks left in place); what the site knows about them (the reading of 余/近,
 * the blanks, where it rests in the report, the source sentences) is the slide's notes.
 */
import { CATEGORY_CHART_ID, chartsFor, type ChartDef } from "../report/charts";
import { figures, headlineFigures, weaknessPlans } from "../report/derive";
import { figureSentence, requestedByText, sectionPart, typeset, wrapLabel } from "../report/format";
import type { Measure, Report, Section } from "../model/schema";
import { BLANK, lineLength, measureLine, measureRemarks, type Line } from "./voice";

export type { Line, Run } from "./voice";

export type SlideFigure = {
  id: string;
  label: string;
  /** as the source writes it: "186条", "80余条", "近5000册"; a blank: "〔 〕个村" */
  text: string;
  /** null when the source leaves the number blank */
  value: number | null;
  /** the honest reading, for the notes and screen readers: "至少 80 条（累计）" */
  sentence: string;
};

/** A sentence of the source a slide rests on. `quote` is verbatim source.txt. */
export type SlideNote = { label: string; quote: string };

type SlideBase = {
  /** stable ASCII id: "title", "s1", "s3-2", "plans", "closing" */
  id: string;
  /** the slide's heading; also what the progress list and the presenter view call it */
  title: string;
  /** where the slide rests in the report: 第三部分「突出重点、搞好主题宣传」 (notes only) */
  source: string;
  /** the site's explanations: readings of figures, blanks, how a chart was counted (notes only) */
  remarks: string[];
  notes: SlideNote[];
  /** the presenter's own talking points (deck choices) */
  talkingPoints?: string;
};

export type TitleSlide = SlideBase & {
  kind: "title";
  organization: string;
  /** the report's own period, named as such */
  period: string;
  requestedBy?: string;
  /** 汇报人: the presenter fills it in (deck choices); the source names no one */
  reporter?: string;
};

export type AgendaSlide = SlideBase & { kind: "agenda"; items: string[] };

export type SectionSlide = SlideBase & {
  kind: "section";
  part: string;
  /** a campaign (一是……) with its lines, or a measure's line alone */
  rows: { lead?: string; lines: Line[] }[];
};

export type SummarySlide = SlideBase & {
  kind: "summary";
  figures: SlideFigure[];
  /** every figure the presenter may put on it (deck choices pick from these) */
  candidates: SlideFigure[];
};

export type ChartSlide = SlideBase & { kind: "chart"; chart: ChartDef };

export type PlanRowView = { id: string; problem?: string; measure?: string; owners: string; cadences: string };

export type PlansSlide = SlideBase & { kind: "plans"; subtitle: string; rows: PlanRowView[] };

export type ClosingSlide = SlideBase & { kind: "closing"; organization: string };

export type Slide = TitleSlide | AgendaSlide | SectionSlide | SummarySlide | ChartSlide | PlansSlide | ClosingSlide;

/** About this much body text fits a slide read from the back of a room; the rest splits or goes to the notes. */
export const MAX_BODY_CHARS = 160;
/** A figure summary holds at most this many cards. */
export const MAX_SUMMARY_FIGURES = 6;
/** Rows (bullets) of a section slide: at body size, six fill the stage below the heading. */
const MAX_SECTION_ROWS = 6;
/** Rows of the problem → measure table on one slide. */
const MAX_PLAN_ROWS = 3;
/** Bars of the one chart on a slide. */
const MAX_CHART_ROWS = 9;

/**
 * A chart cut to what a slide can show: the rows with the largest values, in their order, and a
 * title that says how many more the overview has. A blank never outranks a number.
 */
export function fitSlideChart(chart: ChartDef, maxRows: number, shownIn = "概览"): ChartDef {
  const rest = chart.rows.length - maxRows;
  if (rest <= 0) return chart;
  const ranked = chart.rows.map((row, i) => ({ row, i })).sort((a, b) => (b.row.value ?? -1) - (a.row.value ?? -1) || a.i - b.i);
  const kept = new Set(ranked.slice(0, maxRows).map((r) => r.i));
  const word = chart.kind === "categories" ? "类" : "项";
  return { ...chart, rows: chart.rows.filter((_, i) => kept.has(i)), title: `${chart.title}（另 ${rest} ${word}见${shownIn}）` };
}

/**
 * Items cut into as few slides as keep each within `budget` characters and `maxPer` items, spread
 * evenly (3 + 2, not 4 + 1). One item longer than the budget has a slide of its own.
 */
export function splitEvenly<T>(items: T[], size: (item: T) => number, budget: number, maxPer = Infinity): T[][] {
  for (let count = Math.max(1, Math.ceil(items.length / maxPer)); count <= items.length; count++) {
    const per = Math.min(maxPer, Math.ceil(items.length / count));
    const chunks: T[][] = [[]];
    let used = 0;
    for (const item of items) {
      const last = chunks[chunks.length - 1];
      if (last.length > 0 && (used + size(item) > budget || last.length >= per)) {
        chunks.push([item]);
        used = size(item);
      } else {
        last.push(item);
        used += size(item);
      }
    }
    // Every chunk keeps to the budget (or is one item); the split holds if it needed no extra slide.
    if (chunks.length <= count) return chunks;
  }
  return items.map((item) => [item]);
}

/** A figure as the summary shows it: the source's writing; a blank as a blank before its unit. */
export function slideFigure(m: Measure & { quantity: NonNullable<Measure["quantity"]> }): SlideFigure {
  const q = m.quantity;
  return {
    id: m.id,
    label: m.label,
    text: q.value === null ? `${BLANK}${typeset(q.text)}` : typeset(q.text),
    value: q.value,
    sentence: q.value === null ? `${m.label}：原文未写明` : `${m.label}：${figureSentence(q)}`,
  };
}

const quoteOf = (m: { label: string; quote: string }): SlideNote => ({ label: m.label, quote: m.quote });

function uniqueNotes(notes: SlideNote[]): SlideNote[] {
  const seen = new Set<string>();
  return notes.filter((n) => !seen.has(n.quote) && seen.add(n.quote));
}

const sectionTitle = (s: Section) => `${s.ordinal}、${typeset(s.heading)}`;
const sourceOf = (s: Section) => `${sectionPart(s)}「${typeset(s.heading)}」`;

function titleSlide(report: Report): TitleSlide {
  return {
    kind: "title",
    id: "title",
    title: report.title,
    organization: report.organization.name,
    period: report.period.label,
    requestedBy: report.requestedBy ? requestedByText(report.requestedBy) : undefined,
    source: "原文标题及开头段落",
    remarks: [...(report.period.basis ? [`汇报期间：${report.period.basis}`] : []), "汇报人：原文未写明，请在“调整幻灯片”中填写"],
    notes: [
      { label: "标题", quote: report.organization.quote },
      ...(report.requestedBy ? [{ label: "汇报依据", quote: report.requestedBy.quote }] : []),
    ],
  };
}

/** The rows of a section: each campaign (一是……) with its measures' lines, then measures of no campaign. */
function sectionRows(report: Report, section: Section): { lead?: string; lines: Line[]; measures: Measure[] }[] {
  const measures = report.measures.filter((m) => m.section === section.id);
  const campaigns = report.campaigns.filter((c) => c.section === section.id);
  const line = (m: Measure) => measureLine(report, m);
  return [
    ...campaigns.map((c) => {
      const own = measures.filter((m) => m.campaign === c.id);
      return { lead: `${typeset(c.ordinal)}${typeset(c.title)}`, lines: own.map(line), measures: own };
    }),
    ...measures.filter((m) => !campaigns.some((c) => c.id === m.campaign)).map((m) => ({ lines: [line(m)], measures: [m] })),
  ];
}

const rowLength = (row: { lead?: string; lines: Line[] }) =>
  [...(row.lead ?? "")].length + row.lines.reduce((n, l) => n + lineLength(l.runs), 0);

function sectionSlides(report: Report, section: Section): SectionSlide[] {
  const rows = sectionRows(report, section);
  if (rows.length === 0) return [];
  const chunks = splitEvenly(rows, rowLength, MAX_BODY_CHARS, MAX_SECTION_ROWS);
  return chunks.map((chunk, i) => {
    const measures = chunk.flatMap((r) => r.measures);
    return {
      kind: "section",
      id: i === 0 ? section.id : `${section.id}-${i + 1}`,
      title: `${sectionTitle(section)}${i > 0 ? "（续）" : ""}`,
      part: sectionPart(section),
      rows: chunk.map(({ lead, lines }) => ({ lead, lines })),
      source: sourceOf(section),
      remarks: measures.flatMap((m) => measureRemarks(report, m)),
      notes: uniqueNotes(measures.map(quoteOf)),
    };
  });
}

/** 主要成效: the report's own figures, headline ones unless the presenter picks others. */
function summarySlide(report: Report): SummarySlide | undefined {
  const candidates = figures(report)
    .filter((f) => f.quantity.value === null || /\d/.test(f.quantity.text))
    .map(slideFigure);
  if (candidates.length === 0) return undefined;
  const headline = new Set(headlineFigures(report).map((f) => f.id));
  const chosen = candidates.filter((f) => headline.has(f.id));
  const shown = (chosen.length > 0 ? chosen : candidates).slice(0, MAX_SUMMARY_FIGURES);
  const behind = figures(report).filter((f) => shown.some((s) => s.id === f.id));
  return {
    kind: "summary",
    id: "summary",
    title: "主要成效",
    figures: shown,
    candidates,
    source: "全文",
    remarks: shown.map((f) => f.sentence),
    notes: uniqueNotes(behind.map(quoteOf)),
  };
}

/** Label lines a slide chart has room for (22 px type, 480 px of chart). */
const MAX_CHART_LINES = 16;
/** Bars of the slide chart: fewer when long labels wrap, so every label stays on the slide. */
function chartRowsThatFit(chart: ChartDef): number {
  const lines = Math.max(1, ...chart.rows.map((r) => wrapLabel(r.label, 12).length));
  return Math.max(1, Math.min(MAX_CHART_ROWS, Math.floor(MAX_CHART_LINES / lines)));
}

/** The dashboard's counts by category, once, as 工作举措分布. */
function chartSlide(report: Report): ChartSlide | undefined {
  const chart = chartsFor(report).find((c) => c.id === CATEGORY_CHART_ID);
  if (!chart || chart.rows.length < 2) return undefined;
  return {
    kind: "chart",
    id: "measures",
    title: "工作举措分布",
    chart: fitSlideChart({ ...chart, title: "工作举措分布" }, chartRowsThatFit(chart)),
    source: "全文",
    remarks: [`本图是${chart.description}`, ...chart.rows.map((r) => r.sentence)],
    // Counted by the site, not written in the report: no sentence of the source says these numbers.
    notes: [],
  };
}

function planRowViews(report: Report): { row: PlanRowView; quotes: SlideNote[]; remarks: string[] }[] {
  const { pairs, unanswering } = weaknessPlans(report);
  const planRow = (id: string, problem: string | undefined, plans: Report["plans"]) => {
    const commitments = plans.flatMap((p) => p.commitments);
    const unique = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => Boolean(x)))].join("、");
    return {
      row: {
        id,
        problem,
        measure: plans.length > 0 ? plans.map((p) => `${typeset(p.ordinal)}${typeset(p.title)}`).join("；") : undefined,
        owners: unique(commitments.map((c) => c.owner)),
        cadences: unique(commitments.map((c) => c.cadence?.text)),
      },
      quotes: plans.map((p) => ({ label: `下步打算${typeset(p.ordinal)}`, quote: p.quote })),
      remarks: plans.flatMap((p) => p.commitments.map((c) => `${typeset(p.ordinal)}${c.text}${c.owner ? `（责任：${c.owner}）` : ""}`)),
    };
  };
  return [
    ...pairs.map(({ weakness: w, plans }) => {
      const r = planRow(w.id, `${typeset(w.ordinal)}${typeset(w.title)}`, plans);
      return {
        ...r,
        quotes: [{ label: `存在问题${typeset(w.ordinal)}`, quote: w.quote }, ...r.quotes],
        remarks: [
          ...(w.detail ? [`${typeset(w.ordinal)}${typeset(w.detail)}`] : []),
          ...(plans.length === 0 ? ["这项问题原文没有对应的打算"] : []),
          ...r.remarks,
        ],
      };
    }),
    ...unanswering.map((p) => planRow(p.id, undefined, [p])),
  ];
}

const planRowLength = (r: PlanRowView) => [...`${r.problem ?? ""}${r.measure ?? ""}${r.owners}${r.cadences}`].length;

/** 四、存在问题 → 下步打算: each problem beside its measure, split across slides when they do not fit. */
function plansSlides(report: Report): PlansSlide[] {
  const views = planRowViews(report);
  if (views.length === 0) return [];
  const sections = report.sections.filter((s) => [...report.weaknesses, ...report.plans].some((x) => x.section === s.id));
  const title = sections.length === 1 ? sectionTitle(sections[0]) : "存在问题与下步打算";
  const plansFor = report.period.plansFor?.label;
  const chunks = splitEvenly(views, (v) => planRowLength(v.row), MAX_BODY_CHARS, MAX_PLAN_ROWS);
  return chunks.map((chunk, i) => ({
    kind: "plans",
    id: i === 0 ? "plans" : `plans-${i + 1}`,
    title: `${title}${i > 0 ? "（续）" : ""}`,
    subtitle: `存在问题与${plansFor ? `${plansFor}打算` : "下步打算"}`,
    rows: chunk.map((v) => v.row),
    source: sections.map(sourceOf).join("、") || "全文",
    remarks: chunk.flatMap((v) => v.remarks),
    notes: uniqueNotes([
      ...(i === 0 && report.plansLead ? [{ label: "下步打算", quote: report.plansLead.quote }] : []),
      ...chunk.flatMap((v) => v.quotes),
    ]),
  }));
}

function agendaSlide(report: Report, work: Section[], plans: PlansSlide[]): AgendaSlide | undefined {
  const items = work.map(sectionTitle);
  if (plans.length > 0 && !items.includes(plans[0].title)) items.push(plans[0].title);
  if (items.length < 3) return undefined;
  const notes = uniqueNotes(report.sections.map((s) => ({ label: sectionPart(s), quote: s.quote })));
  return { kind: "agenda", id: "agenda", title: "目录", items, source: "全文各部分标题", remarks: [], notes };
}

function closingSlide(report: Report): ClosingSlide {
  return {
    kind: "closing",
    id: "closing",
    title: "汇报完毕，谢谢！",
    organization: report.organization.name,
    source: "—",
    remarks: ["不妥之处，请批评指正。"],
    notes: [{ label: "汇报单位", quote: report.organization.quote }],
  };
}

/**
 * 封面 → 目录 → 一、二、三 (what each section says) → 主要成效 → 工作举措分布 → 四、存在问题与下步打算
 * → 汇报完毕. The presenter may hide, reorder and annotate (choices.ts).
 */
export function buildDeck(report: Report): Slide[] {
  const work = report.sections.filter((s) => report.measures.some((m) => m.section === s.id));
  const plans = plansSlides(report);
  const agenda = agendaSlide(report, work, plans);
  return [
    titleSlide(report),
    ...(agenda ? [agenda] : []),
    ...work.flatMap((s) => sectionSlides(report, s)),
    ...[summarySlide(report), chartSlide(report)].filter((s): s is SummarySlide | ChartSlide => s !== undefined),
    ...plans,
    closingSlide(report),
  ];
}

/** Slide number (1-based, as in the URL) → index, clamped; anything unreadable is the first slide. */
export function slideIndex(hash: string, count: number): number {
  const n = Number.parseInt(hash.replace(/^#/, ""), 10);
  if (!Number.isFinite(n)) return 0;
  return Math.min(Math.max(n, 1), count) - 1;
}

/** Every text a slide projects (not its notes): what an audience reads. */
export function projectedText(slide: Slide): string[] {
  switch (slide.kind) {
    case "title":
      return [slide.title, slide.organization, slide.period, slide.requestedBy ?? "", slide.reporter ?? BLANK];
    case "agenda":
      return [slide.title, ...slide.items];
    case "section":
      return [slide.title, ...slide.rows.flatMap((r) => [r.lead ?? "", ...r.lines.map((l) => l.runs.map((x) => x.text).join(""))])];
    case "summary":
      return [slide.title, ...slide.figures.flatMap((f) => [f.label, f.text])];
    case "chart":
      return [slide.title, ...slide.chart.rows.map((r) => `${r.label} ${r.display}`)];
    case "plans":
      return [slide.title, slide.subtitle, ...slide.rows.flatMap((r) => [r.problem ?? "", r.measure ?? "", r.owners, r.cadences])];
    case "closing":
      return [slide.title, slide.organization];
  }
}
