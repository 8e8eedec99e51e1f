/**
 * Scores a draft against a hand annotation (fixtures/extract/*.expected.json): precision and
 * recall of figures (value, unit and qualifier all right), traps kept out, gaps, cadences, sections,
 * weaknesses and plan links. Used by the unit tests and by bench/20-extract.ts.
 */
import type { Cadence, Measure, Qualifier } from "../model/schema";
import type { Extraction } from "./index";
import type { Span } from "./hits";
import { STRAY_SPACE } from "./read/pdf-text";
import type { SourceKind } from "./read/types";

type Located = { text: string; at?: string; occurrence?: number };
export type ExpectedFigure = Located & { value: number | null; max?: number; unit: string; qualifier: Qualifier; cumulative: boolean };
export type Expected = {
  title: string;
  organization: string;
  year: number | null;
  requestedBy?: { issuer: string; document: string };
  sections: string[];
  figures: ExpectedFigure[];
  gaps: (Located & { kind: "number" | "date" | "place" })[];
  cadences: (Located & { kind: Cadence["kind"]; days?: number[] })[];
  traps: (Located & { kind: string })[];
  weaknesses: number;
  plansDeclared?: number;
  plans: { ordinal: string; answers: number[] }[];
  /** the topic of the newer fixtures (安全生产, 信访…); the first ones, without it, are ideology work */
  topic?: string;
};

/**
 * An annotation of a .txt made to fit the same report read from another kind of file: a PDF's text
 * loses the spaces the .txt had between a number and its unit (the reader removes them all), so
 * the annotation's strings lose them too, and each item's occurrence is counted again in the
 * squeezed text ("18 个" and "18个" are two places in the .txt but both read "18个" in the PDF).
 * A .docx keeps its paragraphs' text as the .txt has it.
 */
export function expectedFor(expected: Expected, kind: SourceKind, txt: string): Expected {
  if (kind !== "pdf") return expected;
  // Where each .txt offset lands once the stray spaces are gone.
  const removedBefore: number[] = [];
  let removed = 0;
  let from = 0;
  for (const m of txt.matchAll(STRAY_SPACE)) {
    for (let k = from; k < m.index; k++) removedBefore[k] = removed;
    for (let k = m.index; k < m.index + m[0].length; k++) removedBefore[k] = removed;
    removed += m[0].length;
    from = m.index + m[0].length;
  }
  for (let k = from; k <= txt.length; k++) removedBefore[k] = removed;
  const squeezed = txt.replace(STRAY_SPACE, "");
  const squeeze = <T extends Located>(item: T): T => {
    const context = (item.at ?? item.text).replace(STRAY_SPACE, "");
    const inTxt = locate(txt, item).start - (item.at ?? item.text).indexOf(item.text);
    const target = inTxt - removedBefore[inTxt];
    let occurrence = 0;
    for (let at = squeezed.indexOf(context); at !== -1 && at <= target; at = squeezed.indexOf(context, at + 1)) occurrence++;
    return {
      ...item,
      text: item.text.replace(STRAY_SPACE, ""),
      ...(item.at !== undefined ? { at: context } : {}),
      ...(occurrence > 1 || item.occurrence !== undefined ? { occurrence } : {}),
    };
  };
  return {
    ...expected,
    figures: expected.figures.map(squeeze),
    gaps: expected.gaps.map(squeeze),
    cadences: expected.cadences.map(squeeze),
    traps: expected.traps.map(squeeze),
  };
}

/** Where an annotation points: the nth occurrence of `at` (or of `text`), then `text` inside it. */
export function locate(source: string, item: Located): Span {
  const context = item.at ?? item.text;
  let at = -1;
  for (let k = 0; k < (item.occurrence ?? 1); k++) {
    at = source.indexOf(context, at + 1);
    if (at === -1) throw new Error(`标注「${context}」在原文中找不到（第 ${item.occurrence ?? 1} 次）`);
  }
  const inner = context.indexOf(item.text);
  if (inner === -1) throw new Error(`标注的 text「${item.text}」不在 at「${context}」中`);
  return { start: at + inner, end: at + inner + item.text.length };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export type FigureMiss = { text: string; expected?: string; found?: string };
export type Score = {
  figures: {
    expected: number;
    extracted: number;
    correct: number;
    precision: number;
    recall: number;
    cumulativeRight: number;
    misses: FigureMiss[];
  };
  traps: { expected: number; avoided: number; sameKind: number; leaked: string[] };
  gaps: { expected: number; found: number; extracted: number };
  cadences: { expected: number; found: number; extracted: number };
  sections: boolean;
  weaknesses: { expected: number; found: number };
  plans: { expected: number; found: number; linksRight: number };
};

const describe = (q: { value: number | null; max?: number; unit: string; qualifier: string }) =>
  `${q.value ?? "∅"}${q.max !== undefined ? `–${q.max}` : ""}${q.unit} ${q.qualifier}`;

export function scoreExtraction(source: string, extraction: Extraction, expected: Expected): Score {
  const { report } = extraction;
  const measures = new Map(report.measures.map((m) => [m.id, m]));
  const found = extraction.figureMarks.map((f) => ({ span: f as Span, quantity: measures.get(f.measureId)!.quantity! }));

  const used = new Set<number>();
  const misses: FigureMiss[] = [];
  let correct = 0;
  let cumulativeRight = 0;
  for (const e of expected.figures) {
    const span = locate(source, e);
    const k = found.findIndex((f, i) => !used.has(i) && overlaps(f.span, span));
    if (k === -1) {
      misses.push({ text: e.text, expected: describe(e) });
      continue;
    }
    used.add(k);
    const q = found[k].quantity;
    const right = q.value === e.value && (q.max ?? undefined) === (e.max ?? undefined) && q.unit === e.unit && q.qualifier === e.qualifier;
    if (right) {
      correct++;
      if (q.cumulative === e.cumulative) cumulativeRight++;
      else misses.push({ text: e.text, expected: `累计=${e.cumulative}`, found: `累计=${q.cumulative}` });
    } else {
      misses.push({ text: e.text, expected: describe(e), found: describe(q) });
    }
  }
  found.forEach((f, i) => {
    if (!used.has(i)) misses.push({ text: source.slice(f.span.start, f.span.end), found: describe(f.quantity) });
  });

  const trapSpans = expected.traps.map((t) => ({ ...t, span: locate(source, t) }));
  const leaked = trapSpans.filter((t) => found.some((f) => overlaps(f.span, t.span))).map((t) => t.text);
  const sameKind = trapSpans.filter((t) =>
    t.kind === "cadence"
      ? extraction.traps.some((x) => x.kind === "cadence" && overlaps(x, t.span)) ||
        extraction.cadenceMarks.some((c) => overlaps(c, t.span))
      : extraction.traps.some((x) => x.kind === t.kind && overlaps(x, t.span)),
  ).length;

  const gapKinds = new Map(report.gaps.map((g) => [g.id, g.kind]));
  const gapsFound = expected.gaps.filter((g) => {
    const span = locate(source, g);
    return extraction.gapMarks.some((x) => gapKinds.get(x.gapId) === g.kind && overlaps(x, span));
  }).length;

  const cadenceOf = new Map<string, Cadence>();
  for (const m of report.measures) if (m.cadence) cadenceOf.set(m.id, m.cadence);
  for (const p of report.plans) for (const c of p.commitments) if (c.cadence) cadenceOf.set(c.id, c.cadence);
  const cadencesFound = expected.cadences.filter((c) => {
    const span = locate(source, c);
    return extraction.cadenceMarks.some((x) => {
      const cadence = cadenceOf.get(x.ownerId);
      if (!cadence || cadence.kind !== c.kind || !overlaps(x, span)) return false;
      return cadence.kind !== "monthly_days" || JSON.stringify(cadence.days) === JSON.stringify(c.days);
    });
  }).length;

  const weaknessIndex = new Map(report.weaknesses.map((w, i) => [w.id, i + 1]));
  const linksRight = expected.plans.filter((p, i) => {
    const plan = report.plans[i];
    if (!plan || plan.ordinal !== p.ordinal) return false;
    return JSON.stringify(plan.answers.map((a) => weaknessIndex.get(a))) === JSON.stringify(p.answers);
  }).length;

  const extracted = found.length;
  return {
    figures: {
      expected: expected.figures.length,
      extracted,
      correct,
      precision: extracted ? correct / extracted : 1,
      recall: expected.figures.length ? correct / expected.figures.length : 1,
      cumulativeRight,
      misses,
    },
    traps: { expected: trapSpans.length, avoided: trapSpans.length - leaked.length, sameKind, leaked },
    gaps: { expected: expected.gaps.length, found: gapsFound, extracted: extraction.gapMarks.length },
    cadences: { expected: expected.cadences.length, found: cadencesFound, extracted: extraction.cadenceMarks.length },
    sections: JSON.stringify(report.sections.map((s) => s.ordinal)) === JSON.stringify(expected.sections),
    weaknesses: { expected: expected.weaknesses, found: report.weaknesses.length },
    plans: { expected: expected.plans.length, found: report.plans.length, linksRight },
  };
}

/** The counts of several fixtures added up, with precision and recall over the totals. */
export function sumScores(scores: Score[]) {
  const sum = (pick: (s: Score) => number) => scores.reduce((total, s) => total + pick(s), 0);
  const expected = sum((s) => s.figures.expected);
  const extracted = sum((s) => s.figures.extracted);
  const correct = sum((s) => s.figures.correct);
  return {
    figures: {
      expected,
      extracted,
      correct,
      precision: correct / extracted,
      recall: correct / expected,
      cumulativeRight: sum((s) => s.figures.cumulativeRight),
    },
    traps: { expected: sum((s) => s.traps.expected), avoided: sum((s) => s.traps.avoided) },
    gaps: { expected: sum((s) => s.gaps.expected), found: sum((s) => s.gaps.found) },
    cadences: { expected: sum((s) => s.cadences.expected), found: sum((s) => s.cadences.found) },
    plans: { expected: sum((s) => s.plans.expected), linksRight: sum((s) => s.plans.linksRight) },
  };
}

/**
 * The names fixtures/indicators/<name>.json gives a draft's figures: each figure's text, with "#2", "#3"… for a
 * later figure of the same text (3个, 3个#2). Used by bench/25-indicators.ts and scripts/indicator-sheet.ts.
 */
export function figureLabels(measures: readonly Measure[]): Map<Measure, string> {
  const seen = new Map<string, number>();
  const labels = new Map<Measure, string>();
  for (const m of measures) {
    if (!m.quantity) continue;
    const n = (seen.get(m.quantity.text) ?? 0) + 1;
    seen.set(m.quantity.text, n);
    labels.set(m, n === 1 ? m.quantity.text : `${m.quantity.text}#${n}`);
  }
  return labels;
}
