/** The gaps: each blank the source leaves, quoted with its clause and linked to the measure it empties. */
import type { Gap, Measure } from "../../model/schema";
import { Delim, inlineText, unitEnd } from "../layout";
import type { GapHit } from "../hits";
import type { DraftContext, GapMark } from "./context";
import type { PendingMeasure } from "./measures";

export function draftGaps(draft: DraftContext, gapHits: GapHit[], pending: PendingMeasure[], measures: Measure[]) {
  const { layout, sourced } = draft;
  const { text } = layout;
  const measureAt = new Map(pending.map((p, i) => [p.start, measures[i].id]));
  const gaps: Gap[] = [];
  const gapMarks: GapMark[] = [];
  for (const g of draft.capped(gapHits, "原文缺失")) {
    if (!draft.inBody(g)) continue;
    // The clause around the blank, and the next one when that is very short (月日,召开专门会议).
    const clause = draft.clauseOf(g);
    if (inlineText(text.slice(clause.start, clause.end)).length < 6) clause.end = unitEnd(layout, clause.end + 1, Delim.Clause);
    const id = `gap${gaps.length + 1}`;
    let measure: string | undefined;
    if (g.kind === "number") measure = measureAt.get(g.start);
    if (g.kind === "place") {
      // 在等地: the place left blank belongs to the next figure of its sentence.
      const sentenceEnd = unitEnd(layout, g.end, Delim.Sentence);
      const next = pending.findIndex((p) => p.figure && p.start > g.start && p.start < sentenceEnd);
      if (next >= 0) measure = measures[next].id;
    }
    gaps.push({
      id,
      kind: g.kind,
      what: g.what,
      blankBefore: g.blank,
      ...(measure ? { measure } : {}),
      draft: true,
      ...sourced(clause.start, clause.end),
    });
    gapMarks.push({ start: g.start, end: g.end, gapId: id });
  }
  return { gaps, gapMarks };
}
