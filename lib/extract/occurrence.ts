/**
 * Which occurrence of a quote a drafted item means. A quote that occurs once needs no number; one
 * that repeats gets `occurrence` (lib/model/quotes.ts). Counting with indexOf for every item would scan a
 * 1 MB text thousands of times, so positions are looked up in an index of character pairs, built
 * once: a quote is checked only where its rarest pair occurs.
 */
export function occurrenceFinder(text: string): (quote: string, start: number) => number | undefined {
  let index: Map<number, number[]> | undefined;
  const build = () => {
    const map = new Map<number, number[]>();
    for (let i = 0; i + 1 < text.length; i++) {
      const key = text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
      const list = map.get(key);
      if (list) list.push(i);
      else map.set(key, [i]);
    }
    return map;
  };
  const cache = new Map<string, number[]>();

  const startsOf = (quote: string): number[] => {
    const cached = cache.get(quote);
    if (cached) return cached;
    const starts: number[] = [];
    const scan = () => {
      for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
    };
    if (quote.length < 2) scan();
    else {
      index ??= build();
      let best: number[] = [];
      let offset = 0;
      let bestLength = Infinity;
      for (let k = 0; k + 1 < quote.length; k++) {
        const list = index.get(quote.charCodeAt(k) * 65536 + quote.charCodeAt(k + 1)) ?? [];
        if (list.length < bestLength) {
          best = list;
          bestLength = list.length;
          offset = k;
          if (bestLength <= 1) break;
        }
      }
      // When even the rarest pair is everywhere (junk like 月日月日…), one native scan is cheaper.
      if (bestLength > 256) scan();
      else {
        for (const p of best) {
          const s = p - offset;
          if (s >= 0 && text.startsWith(quote, s)) starts.push(s);
        }
      }
    }
    cache.set(quote, starts);
    return starts;
  };

  return (quote, start) => {
    if (quote === "") return undefined;
    const starts = startsOf(quote);
    if (starts.length <= 1) return undefined;
    // starts ascend: binary search, since junk text can repeat one quote tens of thousands of times.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] === start) return mid + 1;
      if (starts[mid] < start) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
}
