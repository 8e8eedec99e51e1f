/**
 * The weaknesses a report admits and the plans it makes: each plan's commitments (with their owner
 * and cadence), and which weakness each plan answers.
 */
import type { Commitment, Plan, Weakness } from "../../model/schema";
import { Delim, inlineText, type Layout } from "../layout";
import type { CadenceHit, Span } from "../hits";
import type { Item, RegionKind } from "../structure";
import type { CadenceMark, DraftContext } from "./context";

/** The items of every region of a kind: the first kind of item each region uses (（一）, or 一是…). */
function topItems({ structure }: DraftContext, kind: RegionKind): Item[] {
  const chosen: Item[] = [];
  for (const region of structure.regions.filter((r) => r.kind === kind)) {
    const inRegion = structure.items.filter((it) => it.region === kind && it.start >= region.start && it.section === region.section);
    const top = inRegion[0]?.kind;
    chosen.push(...inRegion.filter((it) => it.kind === top));
  }
  return [...new Set(chosen)];
}

export function draftWeaknesses(draft: DraftContext): Weakness[] {
  const { layout, structure, warnings, sourced } = draft;
  const { text } = layout;
  const weaknesses: Weakness[] = topItems(draft, "weakness").map((it, i) => {
    let title = inlineText(text.slice(it.title.start, it.title.end));
    let detail = inlineText(text.slice(it.title.end, it.end)).replace(/^[。；;，,：:\s]+/, "");
    // 理论学习的深度还不够，少数党员干部学用脱节: with no full stop, the first clause is the title.
    const comma = title.search(/[，,]/);
    if (!detail && comma > 3) {
      detail = title.slice(comma + 1);
      title = title.slice(0, comma);
    }
    return {
      id: `w${i + 1}`,
      section: `s${Math.max(it.section, 0) + 1}`,
      ordinal: it.ordinal,
      title,
      ...(detail ? { detail } : {}),
      draft: true,
      ...sourced(it.start, it.end),
    };
  });
  if (structure.regions.some((r) => r.kind === "weakness") && weaknesses.length === 0) {
    warnings.push("找到了“存在的问题”部分，但没有找到逐条列出的不足（一是、（一）、1.）：请手工补充");
  }
  return weaknesses;
}

export type DraftPlans = {
  plans: Plan[];
  /** the cadences a commitment took, so they do not become measures too */
  planCadences: Set<CadenceHit>;
  cadenceMarks: CadenceMark[];
};

/** Plans and their commitments; a cadence inside a plan goes to its commitment. */
export function draftPlans(draft: DraftContext, cadenceHits: CadenceHit[]): DraftPlans {
  const { layout, sourced } = draft;
  const { text } = layout;
  const planCadences = new Set<CadenceHit>();
  const cadenceMarks: CadenceMark[] = [];
  const plans: Plan[] = topItems(draft, "plan").map((it, i) => {
    const id = `p${i + 1}`;
    const commitments = splitCommitments(layout, it.title.end, it.end, cadenceHits).map((span, k): Commitment => {
      const cadence = cadenceHits.find((c) => c.start >= span.start && c.end <= span.end);
      if (cadence) {
        planCadences.add(cadence);
        cadenceMarks.push({ start: cadence.start, end: cadence.end, ownerId: `${id}-${k + 1}` });
      }
      const owner = ownerOf(inlineText(text.slice(span.start, span.end)));
      return {
        id: `${id}-${k + 1}`,
        text: inlineText(text.slice(span.start, span.end)),
        ...(owner ? { owner } : {}),
        ...(cadence ? { cadence: cadence.cadence } : {}),
        draft: true,
        ...sourced(span.start, span.end),
      };
    });
    return {
      id,
      section: `s${Math.max(it.section, 0) + 1}`,
      ordinal: it.ordinal,
      title: inlineText(text.slice(it.title.start, it.title.end)),
      answers: [],
      commitments,
      draft: true,
      ...sourced(it.start, it.title.end),
    };
  });
  return { plans, planCadences, cadenceMarks };
}

/** A plan's body in commitments: its sentences, and the clauses of a long sentence. */
function splitCommitments(layout: Layout, from: number, to: number, cadences: CadenceHit[]): Span[] {
  const hasCadence = (s: Span) => cadences.some((c) => c.start >= s.start && c.end <= s.end);
  const { text, delim } = layout;
  const spans: Span[] = [];
  const trim = (s: Span): Span => {
    let { start, end } = s;
    while (start < end && /[\s。；;！!？?，,：:、]/.test(text[start])) start++;
    while (end > start && /[\s。；;！!？?，,：:、]/.test(text[end - 1])) end--;
    return { start, end };
  };
  let sentenceStart = from;
  const flush = (end: number) => {
    const s = trim({ start: sentenceStart, end });
    sentenceStart = end + 1;
    if (s.end <= s.start) return;
    if (inlineText(text.slice(s.start, s.end)).length <= 60) {
      spans.push(s);
      return;
    }
    let clauseStart = s.start;
    for (let k = s.start; k <= s.end; k++) {
      if (k === s.end || delim[k] === Delim.Clause) {
        const c = trim({ start: clauseStart, end: k });
        if (c.end > c.start) {
          const prev = spans[spans.length - 1];
          // A short clause (保持立场坚定,) joins the next one, unless it states its own cadence (每月定期研判).
          const short = prev && prev.start >= s.start && inlineText(text.slice(prev.start, prev.end)).length < 10;
          if (short && !hasCadence(prev)) prev.end = c.end;
          else spans.push(c);
        }
        clauseStart = k + 1;
      }
    }
  };
  for (let k = from; k < to; k++) if (delim[k] >= Delim.Sentence) flush(k);
  flush(to);
  return spans;
}

const OWNER =
  /^(?:与此同时|同时|并|要|由)?[，,]?([^，,。；;：:、]{1,8}?(?:党委书记|书记|镇长|乡长|主任|纪委|党委|政府|办公室|宣传部|派出所|司法所|文化站|中心|支部|委员会))(?:要|对|做到|负责|牵头|定期|每月|带头|将)/;
function ownerOf(sentence: string): string | undefined {
  return OWNER.exec(sentence.slice(0, 30))?.[1];
}

const STOP_BIGRAMS = new Set([
  "工作",
  "加强",
  "进一步",
  "一步",
  "进一",
  "不够",
  "问题",
  "存在",
  "开展",
  "推进",
  "提高",
  "落实",
  "全面",
  "深入",
  "建设",
  "部分",
  "还不",
  "不断",
]);
function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  const chars = s.replace(/[^\u4e00-\u9fff]/g, "");
  for (let i = 0; i + 1 < chars.length; i++) {
    const b = chars.slice(i, i + 2);
    if (!STOP_BIGRAMS.has(b)) out.add(b);
  }
  return out;
}

/**
 * Each plan answers the weakness its wording shares most with (shared character pairs, rarer
 * pairs weighing more). A plan that shares too little answers none: a person links it.
 */
export function linkPlans(weaknesses: Weakness[], plans: Plan[]): boolean {
  if (!weaknesses.length) return true;
  // Hundreds of each means the text is not one report; leave the links to a person.
  if (weaknesses.length * plans.length > 40_000) return false;
  const wSets = weaknesses.map((w) => bigrams(`${w.title}${w.detail ?? ""}`));
  const pSets = plans.map((p) => bigrams(`${p.title}${p.commitments.map((c) => c.text).join("")}`));
  const df = new Map<string, number>();
  for (const set of [...wSets, ...pSets]) for (const b of set) df.set(b, (df.get(b) ?? 0) + 1);
  const total = wSets.length + pSets.length;
  const weight = (b: string) => Math.log(1 + total / (df.get(b) ?? 1));
  const norm = (set: Set<string>) => Math.sqrt([...set].reduce((sum, b) => sum + weight(b) ** 2, 0)) || 1;
  const wNorms = wSets.map(norm);
  plans.forEach((plan, i) => {
    const pNorm = norm(pSets[i]);
    let best = -1;
    let bestScore = 0;
    wSets.forEach((ws, j) => {
      let dot = 0;
      for (const b of pSets[i]) if (ws.has(b)) dot += weight(b) ** 2;
      // Plans usually follow the weaknesses' order: a small nudge settles near-ties.
      const score = dot / (pNorm * wNorms[j]) + (plans.length === weaknesses.length && i === j ? 0.02 : 0);
      if (score > bestScore) {
        best = j;
        bestScore = score;
      }
    });
    if (best >= 0 && bestScore >= 0.06) plan.answers = [weaknesses[best].id];
  });
  return true;
}
