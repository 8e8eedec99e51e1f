/**
 * The draft shown over its source on /import: the text cut into plain runs and marked runs
 * (figures, blanks, cadences, traps, navigation), each mark saying what the draft made of it.
 */
import type { Report } from "../model/schema";
import type { DraftMarks } from "./draft/context";
import { type Span, trapLabel, type TrapHit } from "./hits";

export type DraftMarkKind = "figure" | "missing" | "gap" | "cadence" | "trap" | "navigation";
export type DraftSegment = { text: string; start: number; mark?: { kind: DraftMarkKind; id?: string; title: string } };

/**
 * The text cut into plain runs and marks, for showing the draft over the source. Marks never
 * overlap: where two would, the one that starts first (or the figure, at the same start) wins.
 */
export function markDraftText(text: string, marks: DraftMarks, traps: TrapHit[], navigation: Span[], report: Report): DraftSegment[] {
  const measures = new Map(report.measures.map((m) => [m.id, m]));
  const gapKinds = new Map(report.gaps.map((g) => [g.id, g]));
  type Mark = Span & { kind: DraftMarkKind; id?: string; title: string; rank: number };
  const all: Mark[] = [];
  for (const f of marks.figureMarks) {
    const m = measures.get(f.measureId);
    if (!m?.quantity) continue;
    const missing = m.quantity.qualifier === "missing";
    all.push({ ...f, kind: missing ? "missing" : "figure", id: f.measureId, title: missing ? "原文缺失的数字" : "数字", rank: 0 });
  }
  for (const g of marks.gapMarks) {
    const gap = gapKinds.get(g.gapId);
    if (gap) all.push({ start: g.start, end: g.end, kind: "gap", id: g.gapId, title: `原文缺失：${gap.what}`, rank: 1 });
  }
  for (const c of marks.cadenceMarks) all.push({ start: c.start, end: c.end, kind: "cadence", id: c.ownerId, title: "频次", rank: 2 });
  for (const t of traps) all.push({ ...t, kind: "trap", title: `不计为数字：${trapLabel[t.kind]}`, rank: 3 });
  for (const n of navigation) all.push({ ...n, kind: "navigation", title: "网页导航，不计入正文", rank: 4 });
  all.sort((a, b) => a.start - b.start || a.rank - b.rank);

  const segments: DraftSegment[] = [];
  let at = 0;
  for (const m of all) {
    if (m.start < at || m.end <= m.start) continue;
    if (m.start > at) segments.push({ text: text.slice(at, m.start), start: at });
    segments.push({ text: text.slice(m.start, m.end), start: m.start, mark: { kind: m.kind, id: m.id, title: m.title } });
    at = m.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), start: at });
  return segments;
}
