import type { Extraction } from "@/lib/extract";

/** Each drafted figure's filled-in indicator key, `hint:key` where the rule offers it only as a hint, null for none. */
export function keysOf(extraction: Extraction): Record<string, string | null> {
  const hints = new Map(extraction.figureMarks.flatMap((f) => (f.hint ? [[f.measureId, f.hint] as const] : [])));
  return Object.fromEntries(
    extraction.report.measures.flatMap((m) =>
      m.quantity ? [[m.quantity.text, m.metric?.key ?? (hints.has(m.id) ? `hint:${hints.get(m.id)}` : null)]] : [],
    ),
  );
}
