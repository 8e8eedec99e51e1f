/**
 * When a suggestion of the catalogue rule (lib/extract/indicators.ts) is sure enough to fill in: the
 * gate, and the figure's phrase it reads.
 */
import type { Indicator } from "../model/indicators";
import { CLAUSE_REACH, NEW_VERB, PHRASE_BREAK, SURE_WORD, TOTAL_VERB, titleFields } from "./indicator-patterns";

/** The figure's phrase: its clause up to the figure, and on after it to the next break. */
export function phraseAround(quote: string, figureText: string): { before: string; after: string } {
  const at = quote.indexOf(figureText);
  let start = at;
  while (start > Math.max(0, at - CLAUSE_REACH) && !PHRASE_BREAK.test(quote[start - 1])) start--;
  return { before: quote.slice(start, at), after: quote.slice(at + figureText.length).split(PHRASE_BREAK)[0] };
}

export const phraseOf = (quote: string, figureText: string) => {
  const { before, after } = phraseAround(quote, figureText);
  return before + after;
};

/** The two-character runs of Chinese in a text. */
const pairsOf = (text: string) => {
  const chars = [...text];
  return new Set(
    chars
      .slice(1)
      .map((c, i) => chars[i] + c)
      .filter((p) => /^\p{Script=Han}{2}$/u.test(p)),
  );
};

/**
 * Whether a suggestion is sure enough to fill in (SURE_WORD); one that is not is offered as a hint the person may take.
 * Most wrong suggestions on new reports were a figure the person gave no indicator at all, named by one short word.
 */
export function sureEnough(candidate: { indicator: Indicator; word: string; at: number; phrase: string; title: string }): boolean {
  const { indicator, word, phrase } = candidate;
  if (candidate.at < 0 || word.length < SURE_WORD || titleFields(candidate.title)?.has(indicator.group) === false) return false;
  if ((indicator.period === "cumulative" ? NEW_VERB : TOTAL_VERB).test(phrase)) return false;
  const own = pairsOf(word);
  const rest = phrase.replace(word, "");
  return [...pairsOf(indicator.name + indicator.counts)].some((p) => !own.has(p) && rest.includes(p));
}
