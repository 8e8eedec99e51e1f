/**
 * What the presenter chose for a deck: slides hidden, their order, the figures on the summary, the
 * 汇报人's name and talking points per slide. A small plain object, so the browser can keep it per
 * report (localStorage) and a local-report library can store it beside the report; every renderer
 * (screen, presenter view, PDF, PowerPoint) reads `applyChoices(choices, buildDeck(report))`.
 */
import "../model/zod-config";
import { z } from "zod";
import type { Slide } from "./deck";
import { MAX_SUMMARY_FIGURES } from "./deck";

const id = z.string().max(200);
export const DeckChoices = z.strictObject({
  /** slide ids in the presenter's order; slides not listed keep their place after them */
  order: z.array(id).max(500).optional(),
  hidden: z.array(id).max(500).optional(),
  /** figure ids on the 主要成效 slide, in order */
  summary: z.array(id).max(MAX_SUMMARY_FIGURES).optional(),
  reporter: z.string().max(100).optional(),
  /** slide id → the presenter's own talking points */
  talkingPoints: z.record(id, z.string().max(5000)).optional(),
});
export type DeckChoices = z.infer<typeof DeckChoices>;

export const NO_CHOICES: DeckChoices = {};

/** Where a browser keeps the presenter's choices for one report's deck (localStorage). */
export const choicesKey = (reportId: string) => `huibao-deck-choices:${reportId}`;

/** Choices read back from storage: anything unreadable is no choice at all, never an error on stage. */
export function parseChoices(json: string | null): DeckChoices {
  if (!json) return NO_CHOICES;
  try {
    const parsed = DeckChoices.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : NO_CHOICES;
  } catch {
    return NO_CHOICES;
  }
}

/** Slides in the chosen order: listed ids first, in that order, then the others as built. */
export function orderSlides(slides: Slide[], order: string[] = []): Slide[] {
  const rank = new Map(order.map((slideId, i) => [slideId, i]));
  return slides
    .map((slide, i) => ({ slide, key: rank.get(slide.id) ?? order.length + i }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.slide);
}

/** The deck as the presenter chose it. Pure: the same choices give the same slides everywhere. */
export function applyChoices(choices: DeckChoices, slides: Slide[]): Slide[] {
  const hidden = new Set(choices.hidden ?? []);
  // Never an empty deck: hiding every slide leaves the title.
  const shown = slides.filter((s) => !hidden.has(s.id));
  const kept = shown.length > 0 ? shown : slides.slice(0, 1);
  return orderSlides(kept, choices.order).map((slide): Slide => {
    const talkingPoints = choices.talkingPoints?.[slide.id]?.trim() || undefined;
    const withPoints = { ...slide, talkingPoints };
    if (withPoints.kind === "title" && choices.reporter?.trim()) return { ...withPoints, reporter: choices.reporter.trim() };
    if (withPoints.kind === "summary" && choices.summary) {
      const picked = choices.summary.map((fid) => withPoints.candidates.find((f) => f.id === fid)).filter((f) => f !== undefined);
      return { ...withPoints, figures: picked };
    }
    return withPoints;
  });
}

/** The presenter's order of all slides (hidden ones included), for the editor. */
export const chosenOrder = (choices: DeckChoices, slides: Slide[]) => orderSlides(slides, choices.order);

/** Moves a slide one place up or down in the chosen order. */
export function moveSlide(choices: DeckChoices, slides: Slide[], slideId: string, by: -1 | 1): DeckChoices {
  const ids = chosenOrder(choices, slides).map((s) => s.id);
  const at = ids.indexOf(slideId);
  const to = at + by;
  if (at < 0 || to < 0 || to >= ids.length) return choices;
  [ids[at], ids[to]] = [ids[to], ids[at]];
  return { ...choices, order: ids };
}

export function toggleHidden(choices: DeckChoices, slideId: string): DeckChoices {
  const hidden = new Set(choices.hidden ?? []);
  if (hidden.has(slideId)) hidden.delete(slideId);
  else hidden.add(slideId);
  return { ...choices, hidden: [...hidden] };
}

/** Adds or removes a figure on the summary, keeping at most MAX_SUMMARY_FIGURES. */
export function toggleSummaryFigure(choices: DeckChoices, current: string[], figureId: string): DeckChoices {
  const summary = current.includes(figureId) ? current.filter((f) => f !== figureId) : [...current, figureId].slice(0, MAX_SUMMARY_FIGURES);
  return { ...choices, summary };
}
