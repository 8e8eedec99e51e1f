/**
 * What every drafting step shares: the text and its skeleton, quoting a span verbatim (with
 * `occurrence` when the quote repeats), where a position lies, and the warnings for the reviewer.
 * Also the marks the draft leaves on the text for /import, so the steps agree on their shape.
 */
import type { LeaveOut } from "../indicator-apart";
import type { PrecedentNote } from "../indicators";
import { Delim, type Layout, unitEnd, unitStart } from "../layout";
import { occurrenceFinder } from "../occurrence";
import type { Span } from "../hits";
import type { Region, Structure } from "../structure";

export type FigureMark = Span & {
  measureId: string;
  doubts: string[];
  /** the key of an indicator the figure may count, which the rule was not sure enough of to fill in */
  hint?: string;
  /** the other town's figure on the same notice that the suggestion, the hint or the advice to leave it without one follows */
  precedent?: PrecedentNote;
  /** why the draft advises leaving the figure without an indicator (a target, a figure per unit…), where it is sure */
  leaveOut?: LeaveOut;
};
export type GapMark = Span & { gapId: string };
export type CadenceMark = Span & { ownerId: string };
export type DraftMarks = {
  figureMarks: FigureMark[];
  gapMarks: GapMark[];
  cadenceMarks: CadenceMark[];
};

export type Sourced = { quote: string; occurrence?: number };

export type DraftContext = {
  layout: Layout;
  structure: Structure;
  /** filled by the steps in order; shown to the reviewer as they come */
  warnings: string[];
  sourced: (start: number, end: number) => Sourced;
  /** the clause around a span */
  clauseOf: (span: Span) => Span;
  /** inside the report proper, not the site navigation around it */
  inBody: (span: Span) => boolean;
  /** index of the section holding pos (0 before the first) */
  sectionIndexAt: (pos: number) => number;
  regionAt: (pos: number) => Region | undefined;
  /** the first MAX_ITEMS of items, with a warning when there were more */
  capped: <T>(items: T[], what: string) => T[];
};

const MAX_ITEMS = 20_000;

export function draftContext(layout: Layout, structure: Structure): DraftContext {
  const { text, bodyStart, bodyEnd } = layout;
  const warnings: string[] = [];
  const occurrence = occurrenceFinder(text);
  return {
    layout,
    structure,
    warnings,
    sourced: (start, end) => {
      const quote = text.slice(start, end);
      const n = occurrence(quote, start);
      return n === undefined ? { quote } : { quote, occurrence: n };
    },
    clauseOf: (span) => ({ start: unitStart(layout, span.start, Delim.Clause), end: unitEnd(layout, span.end, Delim.Clause) }),
    inBody: (span) => span.start >= bodyStart && span.end <= bodyEnd,
    sectionIndexAt: (pos) => Math.max(0, lastStartingBefore(structure.sections, pos)),
    regionAt: (pos) => structure.regions[lastStartingBefore(structure.regions, pos)],
    // A real report has hundreds of figures; tens of thousands means junk, and a draft nobody could check.
    capped: (items, what) => {
      if (items.length <= MAX_ITEMS) return items;
      warnings.push(
        `${what}超过 ${MAX_ITEMS.toLocaleString("zh-CN")} 处，只起草了前 ${MAX_ITEMS.toLocaleString("zh-CN")} 处：这段文本可能不是一份汇报`,
      );
      return items.slice(0, MAX_ITEMS);
    },
  };
}

/** Index of the last of `sorted` (by start) that starts at or before pos, or -1. */
export function lastStartingBefore(sorted: { start: number }[], pos: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
