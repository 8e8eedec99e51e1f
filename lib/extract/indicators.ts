/**
 * Suggests an indicator of the catalogue (data/indicators.json) for each drafted figure, from its
 * unit and the words of its clause: the catalogue entry with that unit whose identifying word
 * stands nearest the figure, preferring words before it (悬挂条幅186条). A suggestion is marked
 * `suggested: true`: it is not a fact until a person accepts it, and /compare and the summary leave
 * it out until then. One report states each indicator once, so a key already suggested for an
 * earlier figure is not suggested again.
 */
import catalogueJson from "../../data/indicators.json";
import type { Indicator } from "../model/indicators";
import type { Measure, Metric } from "../model/schema";

/** The catalogue as checked by `npm run check` and the build (which refuse a faulty one). */
export const INDICATORS = (catalogueJson as { indicators: Indicator[] }).indicators;

/** Before the figure, a word's distance counts once; after it, twice (the object usually precedes the count). */
const AFTER_PENALTY = 2;

export function suggestIndicator(
  quote: string,
  figureText: string,
  unit: string,
  indicators: readonly Indicator[] = INDICATORS,
): Indicator | undefined {
  const at = quote.indexOf(figureText);
  if (at < 0) return undefined;
  let best: { indicator: Indicator; score: number; length: number } | undefined;
  for (const indicator of indicators) {
    if (indicator.unit !== unit && !indicator.units?.includes(unit)) continue;
    for (const word of indicator.words) {
      for (let i = quote.indexOf(word); i >= 0; i = quote.indexOf(word, i + 1)) {
        const score = i + word.length <= at ? at - (i + word.length) : (i - (at + figureText.length)) * AFTER_PENALTY;
        // Longer words win ties: 红白理事会 over 理事会.
        if (score >= 0 && (!best || score < best.score || (score === best.score && word.length > best.length))) {
          best = { indicator, score, length: word.length };
        }
      }
    }
  }
  return best?.indicator;
}

/**
 * A suggested metric on every figure a catalogue entry fits, blanks included (the summary counts
 * who left an indicator blank), each key once per report. Mutates `measures`.
 */
export function suggestIndicators(measures: Measure[], indicators: readonly Indicator[] = INDICATORS): void {
  const used = new Set(measures.flatMap((m) => (m.metric ? [m.metric.key] : [])));
  for (const m of measures) {
    if (!m.quantity || m.metric) continue;
    const found = suggestIndicator(m.quote, m.quantity.text, m.quantity.unit, indicators);
    if (!found || used.has(found.key)) continue;
    used.add(found.key);
    m.metric = { key: found.key, counts: found.counts, suggested: true } satisfies Metric;
  }
}
