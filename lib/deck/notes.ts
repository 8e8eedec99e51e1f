/**
 * A slide's speaker notes as lines of text (the PowerPoint notes; the presenter view shows the same
 * parts): the presenter's talking points, what the site knows about the figures and blanks, where
 * the slide rests in the report, and the source sentences, verbatim.
 */
import { inline } from "../report/format";
import type { Slide } from "./deck";

export function notesLines(slide: Slide): string[] {
  return [
    ...(slide.talkingPoints ? [`讲稿要点：${slide.talkingPoints}`, ""] : []),
    ...slide.remarks.map((r) => `说明：${r}`),
    `依据：${slide.source}`,
    ...slide.notes.map((n) => `${n.label}：「${inline(n.quote)}」`),
  ];
}
