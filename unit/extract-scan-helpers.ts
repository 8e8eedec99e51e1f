/** What the scan finds in one sentence, set in a one-section report so the rules see a real document. */
import { analyzeLayout } from "@/lib/extract/layout";
import { scanText } from "@/lib/extract/scan";

export const wrap = (body: string) => `某某镇关于测试工作的情况汇报\n\n一、主要工作\n\n${body}\n`;

export function scan(body: string) {
  const text = wrap(body);
  return { text, hits: scanText(analyzeLayout(text)) };
}

export function figures(body: string) {
  const { text, hits } = scan(body);
  return hits.figureHits.map((f) => ({
    text: text.slice(f.start, f.end),
    value: f.value,
    ...(f.max !== undefined ? { max: f.max } : {}),
    unit: f.unit,
    qualifier: f.qualifier,
    cumulative: f.cumulative,
  }));
}

export function traps(body: string) {
  const { text, hits } = scan(body);
  return hits.traps.map((t) => [text.slice(t.start, t.end), t.kind]);
}

/** The number blanks found, as written. */
export function blanks(body: string) {
  const { text, hits } = scan(body);
  return hits.gapHits.filter((g) => g.kind === "number").map((g) => text.slice(g.start, g.end));
}
