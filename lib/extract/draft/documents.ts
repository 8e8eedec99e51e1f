/** Documents a report says were issued: 制定了《…》和《…》. */
import { inlineText, type Layout } from "../layout";
import type { Span } from "../hits";

const DOC_ACTIONS = ["制定印发", "制定下发", "印发", "下发", "制定", "出台", "修订", "制发", "起草", "编制", "完善"];

export type DocumentHit = { span: Span; action: string; title: string };

/** 制定了《…》和《…》: documents the report says were issued, each with its action. */
export function findDocuments(layout: Layout): DocumentHit[] {
  const { text } = layout;
  const docs: DocumentHit[] = [];
  let prev: { end: number; action: string } | undefined;
  let close = -1;
  for (let open = text.indexOf("《"); open !== -1; open = text.indexOf("《", open + 1)) {
    // The next 》 is found once for all the 《 before it, so a text of only 《 stays linear.
    if (close <= open) close = text.indexOf("》", open + 1);
    if (close === -1) break;
    if (close - open > 80) continue;
    const title = text.slice(open + 1, close);
    if (title.includes("《") || !title.trim()) continue;
    let lead = text.slice(Math.max(0, open - 6), open);
    let start = open;
    if (lead.endsWith("了")) {
      lead = lead.slice(0, -1);
      start--;
    }
    const action = DOC_ACTIONS.find((a) => lead.endsWith(a));
    if (action) {
      start -= action.length;
      docs.push({ span: { start, end: close + 1 }, action, title: inlineText(title) });
      prev = { end: close + 1, action };
      continue;
    }
    const between = prev ? text.slice(prev.end, open) : "";
    if (prev && /^(?:和|及|以及|、|与)?$/.test(between)) {
      docs.push({ span: { start: prev.end, end: close + 1 }, action: prev.action, title: inlineText(title) });
      prev = { end: close + 1, action: prev.action };
      continue;
    }
    prev = undefined;
  }
  return docs.filter((d) => d.span.end > d.span.start);
}
