/**
 * What /import's figure cards say of a draft's indicators that follow another town's checked report
 * on the same notice: which indicator the precedent gave, whether it was filled in or only offered,
 * and the line that says so. Pure, worked out once per draft.
 */
import type { Extraction } from "@/lib/extract";
import { knownIndicators } from "@/lib/extract/indicator-review";
import type { PrecedentNote } from "@/lib/extract/indicators";
import { sharedRun } from "@/lib/extract/precedents";
import type { Indicator } from "@/lib/model/indicators";

export type PrecedentOffer = { indicator: Indicator; note: PrecedentNote; kind: "filled" | "hint" };

/** The offers of a draft by figure (measure id); the draft declares another town's own indicator, so each resolves. */
export function precedentOffers(extraction: Extraction): Map<string, PrecedentOffer> {
  const { report } = extraction;
  const known = new Map(knownIndicators(report).map((i) => [i.key, i]));
  const drafted = new Map(report.measures.map((m) => [m.id, m.metric?.key]));
  const offers = new Map<string, PrecedentOffer>();
  for (const mark of extraction.figureMarks) {
    if (!mark.precedent) continue;
    const key = mark.hint ?? drafted.get(mark.measureId);
    const indicator = key === undefined ? undefined : known.get(key);
    if (indicator) offers.set(mark.measureId, { indicator, note: mark.precedent, kind: mark.hint ? "hint" : "filled" });
  }
  return offers;
}

/** A quote cut to about `max` characters around the words it shares with `own` (the figure's own sentence), with … where cut. */
export function shortQuote(quote: string, own: string, max = 32): string {
  const chars = [...quote];
  if (chars.length <= max) return quote;
  const run = sharedRun(own, quote);
  const at = run ? [...quote.slice(0, quote.indexOf(run))].length : 0;
  const start = Math.max(0, Math.min(at - Math.floor((max - [...run].length) / 2), chars.length - max));
  const end = Math.min(chars.length, start + max);
  return `${start > 0 ? "…" : ""}${chars.slice(start, end).join("")}${end < chars.length ? "…" : ""}`;
}

/**
 * 依据：柏林镇的汇报把「全年出动巡查人员2100余人次」记为此指标 (or 记为「X」 for an indicator only offered),
 * and how many other towns filed their like figure the same way (另有 3 个乡镇同样记法).
 */
export function precedentLine(offer: PrecedentOffer, own: string, chosen: boolean): string {
  return noteLine(offer.note, own, `记为${chosen ? "此指标" : `「${offer.indicator.name}」`}`, "同样记");
}

/** The line under advice to leave a figure without an indicator that the other towns' like figures all stand without. */
export const leftOutLine = (note: PrecedentNote, own: string) => noteLine(note, own, "留作不计入指标", "同样没有计入");

const noteLine = (note: PrecedentNote, own: string, did: string, same: string) =>
  `依据：${note.from}的汇报把「${shortQuote(note.quote, own)}」${did}${note.alike ? `；另有 ${note.alike} 个乡镇${same}` : ""}`;
