/**
 * The source view's text model: source.txt cut into paragraphs, each an ordered tree of segments in
 * which every quoted item of the dataset is a mark and every blank the source leaves is a marker.
 *
 * Quotes can coincide (a gap's quote is often its measure's quote), nest (a figure's number inside
 * its measure) or cross (rare, but legal). The rules, so the result is the same on every build:
 * - marks are ordered by start, then longer first, then by kind (structure ⊃ measure ⊃ gap ⊃ number),
 *   then by their order in report.json; an equal or shorter mark nests inside the one before it;
 * - a mark that crosses the end of the mark it starts in is cut there and continues as a second piece;
 * - paragraphs are split on blank lines (the scraped source keeps page-breaks mid-sentence), and a
 *   quote spanning a break becomes one piece per paragraph;
 * - only a mark's first piece carries its anchor (`first`), only its last the label (`last`);
 * - a blank marker sits right before its gap's `blankBefore`, inside the gap's mark and outside any
 *   mark that merely starts at the same character (the figure's number, for instance).
 * Pure: the same report and source give the same segments.
 */
import { gapKindLabel } from "../report/format";
import { locateQuote } from "../model/quotes";
import type { Report } from "../model/schema";

export type SourceMarkKind = "weakness" | "plan" | "commitment" | "followUp" | "figure" | "measure" | "gap" | "number";

/** Outer first when two marks cover the same text. */
const rank: Record<SourceMarkKind, number> = {
  weakness: 0,
  plan: 0,
  followUp: 0,
  commitment: 1,
  figure: 2,
  measure: 2,
  gap: 3,
  number: 4,
};

export type SourceSegment =
  | { type: "text"; text: string }
  | { type: "blank"; gap: string; label: string }
  | { type: "mark"; kind: SourceMarkKind; id: string; first: boolean; last: boolean; children: SourceSegment[] };

export type Paragraph = {
  index: number;
  start: number;
  end: number;
  role: "title" | "heading" | "body";
  /** for a heading: the section it opens */
  section?: string;
  /** the paragraph stops mid-sentence: a page-break kept from the scraped source */
  breaksMidSentence: boolean;
  segments: SourceSegment[];
  /** figures (measures with a quantity) whose quote starts here, in reading order */
  figureIds: string[];
  /** gaps whose blank lies here, in reading order */
  gapIds: string[];
};

type Piece = { kind: SourceMarkKind; id: string; start: number; end: number; order: number; first: boolean; last: boolean };
type Blank = { gap: string; at: number; label: string };
type Node = { piece: Piece; children: Node[] };

/** Paragraph ranges: text between blank lines, trimmed, empty ones dropped. */
export function paragraphRanges(source: string): [number, number][] {
  const ranges: [number, number][] = [];
  const push = (start: number, end: number) => {
    const text = source.slice(start, end);
    const lead = text.length - text.trimStart().length;
    const trail = text.length - text.trimEnd().length;
    if (start + lead < end - trail) ranges.push([start + lead, end - trail]);
  };
  let from = 0;
  for (const m of source.matchAll(/\n[^\S\n]*\n\s*/g)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, source.length);
  return ranges;
}

function collect(report: Report, source: string): { spans: Omit<Piece, "first" | "last">[]; blanks: Blank[] } {
  const spans: Omit<Piece, "first" | "last">[] = [];
  const blanks: Blank[] = [];
  const locate = (item: { quote: string; occurrence?: number }, id: string) => {
    const found = locateQuote(source, item.quote, item.occurrence);
    // The loader has already checked every quote; reaching this means the source and data disagree.
    if (found.kind !== "found") throw new Error(`「${id}」的引文不在 source.txt 中`);
    return found;
  };
  const add = (kind: SourceMarkKind, id: string, start: number, end: number) => spans.push({ kind, id, start, end, order: spans.length });

  report.weaknesses.forEach((w) => {
    const at = locate(w, w.id);
    add("weakness", w.id, at.start, at.end);
  });
  report.plans.forEach((p) => {
    const at = locate(p, p.id);
    add("plan", p.id, at.start, at.end);
    p.commitments.forEach((c) => {
      const cat = locate(c, c.id);
      add("commitment", c.id, cat.start, cat.end);
    });
  });
  report.followUps?.forEach((f) => {
    const at = locate(f, f.id);
    add("followUp", f.id, at.start, at.end);
  });
  report.measures.forEach((m) => {
    const at = locate(m, m.id);
    add(m.quantity ? "figure" : "measure", m.id, at.start, at.end);
    if (m.quantity) {
      const offset = m.quote.indexOf(m.quantity.text);
      if (offset >= 0) add("number", m.id, at.start + offset, at.start + offset + m.quantity.text.length);
    }
  });
  report.gaps.forEach((g) => {
    const at = locate(g, g.id);
    add("gap", g.id, at.start, at.end);
    const offset = g.quote.indexOf(g.blankBefore);
    blanks.push({ gap: g.id, at: at.start + Math.max(0, offset), label: `原文此处缺少${gapKindLabel[g.kind]}` });
  });
  return { spans, blanks };
}

const byPosition = (a: Piece, b: Piece) => a.start - b.start || b.end - a.end || rank[a.kind] - rank[b.kind] || a.order - b.order;

/** Nest one paragraph's pieces into a forest; a piece crossing its parent's end is cut there. */
function nest(pieces: Piece[]): Node[] {
  const queue = [...pieces].sort(byPosition);
  const roots: Node[] = [];
  const stack: Node[] = [];
  while (queue.length > 0) {
    let piece = queue.shift()!;
    while (stack.length > 0 && stack[stack.length - 1].piece.end <= piece.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && piece.end > parent.piece.end) {
      queue.push({ ...piece, start: parent.piece.end, first: false });
      queue.sort(byPosition);
      piece = { ...piece, end: parent.piece.end, last: false };
    }
    const node: Node = { piece, children: [] };
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

/** Does this subtree hold the piece of `gap` in which the blank at `at` lies? */
function holds(node: Node, gap: string, at: number): boolean {
  const p = node.piece;
  if (p.kind === "gap" && p.id === gap && p.start <= at && at < p.end) return true;
  return node.children.some((child) => holds(child, gap, at));
}

function emit(source: string, start: number, end: number, children: Node[], blanks: Blank[]): SourceSegment[] {
  const out: SourceSegment[] = [];
  let pos = start;
  const text = (to: number) => {
    if (to > pos) out.push({ type: "text", text: source.slice(pos, to) });
    pos = Math.max(pos, to);
  };
  const inside = (child: Node, b: Blank) =>
    (child.piece.start < b.at && b.at < child.piece.end) || (child.piece.start === b.at && holds(child, b.gap, b.at));
  const own = blanks.filter((b) => !children.some((c) => inside(c, b)));
  let next = 0;
  const blanksUpTo = (at: number) => {
    // Blanks at `at` come before a child starting there (they were not claimed by it).
    while (next < own.length && own[next].at <= at) {
      text(own[next].at);
      out.push({ type: "blank", gap: own[next].gap, label: own[next].label });
      next++;
    }
  };
  for (const child of children) {
    blanksUpTo(child.piece.start);
    text(child.piece.start);
    const { kind, id, first, last } = child.piece;
    const mine = blanks.filter((b) => inside(child, b));
    out.push({ type: "mark", kind, id, first, last, children: emit(source, child.piece.start, child.piece.end, child.children, mine) });
    pos = child.piece.end;
  }
  blanksUpTo(end - 1);
  text(end);
  return out;
}

const sentenceEnd = /[。！？!?:：;；」”）)…]$/;

/** Source text → paragraphs of segments, with every quoted item marked and every blank shown. */
export function highlightSource(report: Report, source: string): Paragraph[] {
  const { spans, blanks } = collect(report, source);
  const ranges = paragraphRanges(source);
  const pieces: Piece[][] = ranges.map(() => []);
  for (const span of spans) {
    const parts = ranges
      .map(([ps, pe], i) => ({ i, start: Math.max(span.start, ps), end: Math.min(span.end, pe) }))
      .filter((part) => part.start < part.end);
    parts.forEach((part, j) => {
      pieces[part.i].push({ ...span, start: part.start, end: part.end, first: j === 0, last: j === parts.length - 1 });
    });
  }
  const headings = new Map(
    report.sections.map((s) => {
      const found = locateQuote(source, s.quote, s.occurrence);
      return [found.kind === "found" ? found.start : -1, s.id] as const;
    }),
  );
  return ranges.map(([start, end], index) => {
    const text = source.slice(start, end);
    const section = headings.get(start);
    const role = text === report.title ? "title" : section ? "heading" : "body";
    const mine = blanks.filter((b) => start <= b.at && b.at < end).sort((a, b) => a.at - b.at);
    return {
      index,
      start,
      end,
      role,
      ...(role === "heading" ? { section } : {}),
      breaksMidSentence: role === "body" && index < ranges.length - 1 && !sentenceEnd.test(text),
      segments: emit(source, start, end, nest(pieces[index]), mine),
      figureIds: pieces[index]
        .filter((p) => p.kind === "figure" && p.first)
        .sort(byPosition)
        .map((p) => p.id),
      gapIds: mine.map((b) => b.gap),
    };
  });
}

/** The text a segment list reads as, blanks left out: what a highlight covers. */
export function textOfSegments(segments: SourceSegment[]): string {
  return segments.map((s) => (s.type === "text" ? s.text : s.type === "mark" ? textOfSegments(s.children) : "")).join("");
}
