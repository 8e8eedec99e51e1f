/**
 * The deck, built from a report: pure data the screen, the presenter view, the PDF and the PPTX all
 * render, so a slide is defined once. Every slide names the part of the report it rests on
 * (`footer`) and carries the source sentences behind its figures (`notes`).
 */
import { chartsFor, sectionChartsFor, type ChartDef } from "../report/charts";
import { completeness, figures, headlineFigures, qualifierCounts, type Figure, weaknessPlans } from "../report/derive";
import { figureSentence, figureText, formatNumber, qualifierLabel, requestedByText, sectionPart, typeset } from "../report/format";
import type { Plan, Qualifier, Report, Section } from "../model/schema";
import { maxSlideRows } from "./stage";

export type SlideFigure = {
  id: string;
  label: string;
  /** "186", "≥80", "≈5,000", "原文缺失" */
  display: string;
  /** null when the source leaves the number blank */
  value: number | null;
  unit: string;
  qualifier: Qualifier;
  /** read aloud: "至少 80 条（累计）" */
  sentence: string;
  /** the line under the figure: "约数 · 累计", or, for a blank, what the source wrote instead */
  caption: string;
};

/** A sentence of the source a slide rests on. `quote` is verbatim source.txt. */
export type SlideNote = { label: string; quote: string };

type SlideBase = {
  /** stable ASCII id: "title", "s1", "plans", "summary" */
  id: string;
  /** what the progress list and the presenter view call the slide */
  title: string;
  /** 数据来源：第三部分「突出重点、搞好主题宣传」 */
  footer: string;
  notes: SlideNote[];
};

export type TitleSlide = SlideBase & {
  kind: "title";
  topic: string;
  organization: string;
  period: string;
  requestedBy?: string;
  plansFor?: string;
};

export type SectionSlide = SlideBase & {
  kind: "section";
  part: string;
  chart: ChartDef;
  /** one to three figures, honest qualifiers; empty when the section states no number */
  figures: SlideFigure[];
  pointsTitle: string;
  points: string[];
};

export type PlansSlide = SlideBase & {
  kind: "plans";
  plansFor?: string;
  pairs: {
    id: string;
    /** absent for a plan that answers no weakness (shown as 未对应具体不足, never dropped) */
    weakness?: { ordinal: string; title: string; detail?: string };
    plans: { ordinal: string; title: string; commitments: { text: string; owner?: string; cadence?: string }[] }[];
  }[];
};

export type SummarySlide = SlideBase & {
  kind: "summary";
  stats: { label: string; value: string; unit: string; note: string }[];
  figures: SlideFigure[];
  gaps: string[];
};

export type Slide = TitleSlide | SectionSlide | PlansSlide | SummarySlide;

const MAX_FIGURES = 3;
/** Bullet points a section slide lists; the rest are counted in its points title. */
const MAX_POINTS = 8;

/**
 * A chart cut to what a slide can show: the rows with the largest values, in their order, and a
 * title that says how many more the overview has. A blank never outranks a number.
 */
export function fitSlideChart(chart: ChartDef, maxRows: number): ChartDef {
  const rest = chart.rows.length - maxRows;
  if (rest <= 0) return chart;
  const ranked = chart.rows.map((row, i) => ({ row, i })).sort((a, b) => (b.row.value ?? -1) - (a.row.value ?? -1) || a.i - b.i);
  const kept = new Set(ranked.slice(0, maxRows).map((r) => r.i));
  const word = chart.kind === "categories" ? "类" : "项";
  // Only a figures chart is on the overview as it is here; a section's categories are counted there across the report.
  const elsewhere = chart.kind === "figures" ? "见概览" : "未列出";
  return {
    ...chart,
    rows: chart.rows.filter((_, i) => kept.has(i)),
    title: `${chart.title}（最多的 ${maxRows} ${word}，另 ${rest} ${word}${elsewhere}）`,
  };
}

function slideFigure(f: Figure): SlideFigure {
  const q = f.quantity;
  return {
    id: f.id,
    label: f.label,
    display: figureText(q),
    value: q.value,
    unit: q.unit,
    qualifier: q.qualifier,
    sentence: figureSentence(q),
    caption:
      q.value === null
        ? (q.note ?? `原文写作“${q.text}”，未给出数字`)
        : [qualifierLabel[q.qualifier], ...(q.cumulative ? ["累计"] : [])].join(" · "),
  };
}

/** 数据来源：第三部分「…」, or the span of parts when a slide draws on several. */
function sourceFooter(report: Report, sectionIds: string[]): string {
  const sections = report.sections.filter((s) => sectionIds.includes(s.id));
  if (sections.length === 1) return `数据来源：${sectionPart(sections[0])}「${typeset(sections[0].heading)}」`;
  if (sections.length === report.sections.length && sections.length > 1) {
    return `数据来源：全文（${sectionPart(sections[0])}至${sectionPart(sections[sections.length - 1])}）`;
  }
  return `数据来源：${sections.map(sectionPart).join("、")}`;
}

/**
 * The chart a section is shown with: the figures chart (one unit, this section only) holding most
 * of its headline figures, else the section's measures by category, so no number is invented.
 */
export function keyChart(report: Report, section: Section): ChartDef | undefined {
  const headline = new Set(
    headlineFigures(report)
      .filter((f) => f.section === section.id)
      .map((f) => f.id),
  );
  const own = chartsFor(report).filter((c) => c.kind === "figures" && c.sectionIds.length === 1 && c.sectionIds[0] === section.id);
  let best: ChartDef | undefined;
  let bestScore = 0;
  for (const chart of own) {
    const score = chart.rows.filter((r) => headline.has(r.key)).length;
    if (score > bestScore) [best, bestScore] = [chart, score];
  }
  return best ?? sectionChartsFor(report).find((c) => c.sectionIds[0] === section.id);
}

/** Up to three figures for a section slide: headline ones the chart does not already show come first. */
function sectionFigures(report: Report, section: Section, chart: ChartDef): Figure[] {
  const plotted = new Set(chart.kind === "figures" ? chart.rows.map((r) => r.key) : []);
  const own = figures(report).filter((f) => f.section === section.id);
  const rank = (f: Figure) => (f.headline ? 0 : 2) + (plotted.has(f.id) ? 1 : 0);
  return [...own].sort((a, b) => rank(a) - rank(b)).slice(0, MAX_FIGURES);
}

function noteOf(m: { label: string; quote: string }): SlideNote {
  return { label: m.label, quote: m.quote };
}

function uniqueNotes(notes: SlideNote[]): SlideNote[] {
  const seen = new Set<string>();
  return notes.filter((n) => !seen.has(n.quote) && seen.add(n.quote));
}

function titleSlide(report: Report): TitleSlide {
  const requestedBy = report.requestedBy ? requestedByText(report.requestedBy) : undefined;
  return {
    kind: "title",
    id: "title",
    title: report.title,
    topic: report.topic,
    organization: report.organization.name,
    period: report.period.label,
    requestedBy,
    plansFor: report.period.plansFor?.label,
    footer: "数据来源：原文标题及开头段落",
    notes: [
      { label: "标题", quote: report.organization.quote },
      ...(report.requestedBy ? [{ label: "汇报依据", quote: report.requestedBy.quote }] : []),
    ],
  };
}

function sectionSlide(report: Report, section: Section, full: ChartDef): SectionSlide {
  const withFigures = figures(report).some((f) => f.section === section.id);
  const chart = fitSlideChart(full, maxSlideRows(withFigures));
  const chosen = sectionFigures(report, section, chart);
  const campaigns = report.campaigns.filter((c) => c.section === section.id);
  const measures = report.measures.filter((m) => m.section === section.id);
  const points = campaigns.length > 0 ? campaigns.map((c) => `${c.ordinal}${c.title}`) : measures.map((m) => m.label);
  const pointsTitle = campaigns.length > 0 ? `${campaigns.length} 个专题` : "主要举措";
  const more = points.length - MAX_POINTS;
  const behindChart = chart.rows.flatMap((r) => r.measures.map((m) => m.id));
  const noteIds = [...chosen.map((f) => f.id), ...behindChart];
  const notes = noteIds.map((id) => report.measures.find((m) => m.id === id)!).map(noteOf);
  return {
    kind: "section",
    id: section.id,
    title: `${section.ordinal}、${typeset(section.heading)}`,
    part: sectionPart(section),
    chart,
    figures: chosen.map(slideFigure),
    pointsTitle: more > 0 ? `${pointsTitle}（另 ${more} 项见概览）` : pointsTitle,
    points: points.slice(0, MAX_POINTS),
    footer: sourceFooter(report, [section.id]),
    notes: uniqueNotes(notes),
  };
}

function plansSlide(report: Report): PlansSlide {
  const { pairs, unanswering } = weaknessPlans(report);
  const plan = (p: Plan) => ({
    ordinal: typeset(p.ordinal),
    title: typeset(p.title),
    commitments: p.commitments.map((c) => ({ text: c.text, owner: c.owner, cadence: c.cadence?.text })),
  });
  const sectionIds = [...report.weaknesses, ...report.plans].map((x) => x.section);
  return {
    kind: "plans",
    id: "plans",
    title: "存在的不足与下一步计划",
    plansFor: report.period.plansFor?.label,
    pairs: [
      ...pairs.map(({ weakness, plans }) => ({
        id: weakness.id,
        weakness: { ordinal: weakness.ordinal, title: typeset(weakness.title), detail: weakness.detail && typeset(weakness.detail) },
        plans: plans.map(plan),
      })),
      ...unanswering.map((p) => ({ id: p.id, plans: [plan(p)] })),
    ],
    footer: sourceFooter(report, sectionIds),
    notes: uniqueNotes([
      ...report.weaknesses.map((w) => ({ label: `不足${w.ordinal}`, quote: w.quote })),
      ...report.plans.map((p) => ({ label: `计划${p.ordinal}`, quote: p.quote })),
    ]),
  };
}

function summarySlide(report: Report): SummarySlide {
  const done = completeness(report);
  const headline = headlineFigures(report);
  return {
    kind: "summary",
    id: "summary",
    title: "汇报小结",
    stats: [
      { label: "工作举措", value: formatNumber(report.measures.length), unit: "项", note: "本站按原文逐项整理" },
      {
        label: "原文数字",
        value: formatNumber(done.total),
        unit: "个",
        note: qualifierCounts(done)
          .filter(({ count }) => count > 0)
          .map(({ qualifier, count }) => `${qualifierLabel[qualifier]} ${count}`)
          .join("，"),
      },
      { label: "存在的不足", value: formatNumber(report.weaknesses.length), unit: "项", note: "原文自查" },
      {
        label: "下一步计划",
        value: formatNumber(report.plans.length),
        unit: "项",
        note: report.period.plansFor ? `${report.period.plansFor.label}落实` : "原文所列",
      },
    ],
    figures: headline.map(slideFigure),
    gaps: report.gaps.map((g) => g.what),
    footer: sourceFooter(
      report,
      report.sections.map((s) => s.id),
    ),
    notes: uniqueNotes([
      ...headline.map(noteOf),
      ...(report.plansLead ? [{ label: "计划", quote: report.plansLead.quote }] : []),
      ...report.gaps.map((g) => ({ label: `原文缺失：${g.what}`, quote: g.quote })),
    ]),
  };
}

/**
 * Title, one slide per section with measures (its key chart and up to three figures), the
 * weaknesses → plans slide (the section that lists them is presented there), a closing summary.
 */
export function buildDeck(report: Report): Slide[] {
  const slides: Slide[] = [titleSlide(report)];
  for (const section of report.sections) {
    const chart = keyChart(report, section);
    if (chart) slides.push(sectionSlide(report, section, chart));
  }
  if (report.weaknesses.length + report.plans.length > 0) slides.push(plansSlide(report));
  slides.push(summarySlide(report));
  return slides;
}

/** Slide number (1-based, as in the URL) → index, clamped; anything unreadable is the first slide. */
export function slideIndex(hash: string, count: number): number {
  const n = Number.parseInt(hash.replace(/^#/, ""), 10);
  if (!Number.isFinite(n)) return 0;
  return Math.min(Math.max(n, 1), count) - 1;
}

/** The date a deck is presented, written the way an official document dates itself. */
export function presentedOn(date: Date): string {
  return new Intl.DateTimeFormat("zh-CN", { year: "numeric", month: "long", day: "numeric", timeZone: "Asia/Shanghai" }).format(date);
}
