/** Where a quote sits in source.txt. Quotes are matched verbatim: no normalisation, no guessing. */
export type QuoteLocation =
  | { kind: "found"; start: number; end: number }
  | { kind: "missing" }
  | { kind: "ambiguous"; count: number }
  | { kind: "out_of_range"; count: number };

export function occurrences(source: string, quote: string): number[] {
  const starts: number[] = [];
  if (quote.length === 0) return starts;
  for (let at = source.indexOf(quote); at !== -1; at = source.indexOf(quote, at + 1)) starts.push(at);
  return starts;
}

/** A quote must occur once, or name which occurrence it means. */
export function locateQuote(source: string, quote: string, occurrence?: number): QuoteLocation {
  const starts = occurrences(source, quote);
  if (starts.length === 0) return { kind: "missing" };
  if (occurrence === undefined) {
    return starts.length === 1
      ? { kind: "found", start: starts[0], end: starts[0] + quote.length }
      : { kind: "ambiguous", count: starts.length };
  }
  const start = starts[occurrence - 1];
  return start === undefined ? { kind: "out_of_range", count: starts.length } : { kind: "found", start, end: start + quote.length };
}
