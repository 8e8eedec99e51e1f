/** FNV-1a, 32 bits: a short, stable ASCII id for a Chinese name (a summary group, a report-local indicator, a precedents file). */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
