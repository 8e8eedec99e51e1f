/** The margin notes of the source view: for each figure its number, qualifier and every place that uses it; for each gap what is missing. */
import { figures } from "../report/derive";
import { figureText, gapKindLabel, qualifierTag } from "../report/format";
import { hrefTo } from "../report/links";
import type { Quantity, Report } from "../model/schema";
import { useText, type FigureUse } from "./back-links";

/** What the margin beside a paragraph says about a figure: its number, qualifier and every place using it. */
export type FigureNote = {
  id: string;
  label: string;
  /** "186", "≥80", "≈5,000", "原文缺失" */
  display: string;
  /** absent when the number is blank */
  unit?: string;
  qualifier: Quantity["qualifier"];
  /** "余·至少" */
  tag: string;
  cumulative: boolean;
  note?: string;
  uses: { text: string; href: string }[];
};

export type GapNote = { id: string; what: string; label: string };

export function sourceNotes(report: Report, uses: Record<string, FigureUse[]>) {
  const figureNotes: Record<string, FigureNote> = {};
  for (const f of figures(report)) {
    const q = f.quantity;
    figureNotes[f.id] = {
      id: f.id,
      label: f.label,
      display: figureText(q),
      ...(q.value === null ? {} : { unit: q.unit }),
      qualifier: q.qualifier,
      tag: qualifierTag(q),
      cumulative: q.cumulative,
      ...(q.note ? { note: q.note } : {}),
      uses: (uses[f.id] ?? []).map((use) => ({ text: useText(use), href: hrefTo("source", use.place) })),
    };
  }
  const gapNotes: Record<string, GapNote> = Object.fromEntries(
    report.gaps.map((g) => [g.id, { id: g.id, what: g.what, label: `原文缺少${gapKindLabel[g.kind]}` }]),
  );
  return { figureNotes, gapNotes };
}
