/**
 * Assembles the draft report.json from the layout, the scan and the structure. Every item quotes
 * the text verbatim (with `occurrence` when the quote repeats) and carries `draft: true`.
 */
import type { Campaign, Category, Commitment, Gap, Measure, Plan, Report, Section, Weakness } from "../model/schema";
import { Delim, inlineText, type Layout, unitEnd, unitStart } from "./layout";
import { parseChineseNumeral } from "./numerals";
import { occurrenceFinder } from "./occurrence";
import type { CadenceHit, ScanResult, Span } from "./scan";
import type { Item, Region, RegionKind, Structure } from "./structure";
import { CATEGORY_VOCABULARY } from "./vocabulary";

export type DraftFigure = Span & { measureId: string; doubts: string[] };
export type DraftMarks = {
  figures: DraftFigure[];
  gaps: (Span & { gapId: string })[];
  cadences: (Span & { ownerId: string })[];
};

const MAX_ITEMS = 20_000;

const REGION_NOTE: Record<RegionKind, string | undefined> = {
  body: undefined,
  weakness: "出现在“存在的问题”中",
  plan: "出现在下一步计划中：是计划数，不是已完成的数",
};

const categoryById = new Map(CATEGORY_VOCABULARY.map((c) => [c.id, c]));

const keywordScores = (s: string, weight: number) =>
  CATEGORY_VOCABULARY.map((c) => c.keywords.reduce((sum, k) => (s.includes(k) ? sum + weight : sum), 0));
// Titles and headings repeat for every figure under them (and junk repeats clauses): score each once.
const titleScores = new Map<string, number[]>();
const cachedScores = (s: string, weight: number) => {
  const key = `${weight}${s}`;
  let scores = titleScores.get(key);
  if (!scores) {
    if (titleScores.size > 5000) titleScores.clear();
    scores = keywordScores(s, weight);
    titleScores.set(key, scores);
  }
  return scores;
};

/** Category by keywords: the figure's own clause counts most, then its item's title, then the heading. */
export function guessCategory(clause: string, itemTitle = "", heading = ""): string {
  const own = cachedScores(clause.slice(0, 120), 3);
  const item = cachedScores(itemTitle, 2);
  const head = cachedScores(heading, 1);
  let best = "other";
  let bestScore = 0;
  CATEGORY_VOCABULARY.forEach((c, i) => {
    const score = own[i] + item[i] + head[i];
    if (score > bestScore) {
      best = c.id;
      bestScore = score;
    }
  });
  return best;
}

/** The categories a report lists: those its measures use, in vocabulary order. */
export function categoriesFor(measures: Pick<Measure, "category">[]): Category[] {
  const used = new Set(measures.map((m) => m.category));
  const list = CATEGORY_VOCABULARY.filter((c) => used.has(c.id));
  return (list.length ? list : [categoryById.get("other")!]).map(({ id, label, description }) => ({
    id,
    label,
    ...(description ? { description } : {}),
  }));
}

const LEADING =
  /^(?:同时|并且|并|还|另外|此外|其中|全年|今年以来|上半年|下半年|目前|截至目前|先后|已经|已|共计|共有|累计|总计|合计|总共|一共|共|与此同时)+/;
const TRAILING = /(?:达到|达|为|约为|约有|共有|共计|合计|总计|累计|共|计|有|了|的|近|约|逾|超过|不少于|不低于|不超过|不足|仅|突破)+$/;

/** A short label for a figure: what was done to what (悬挂条幅, 设置举报箱). */
export function figureLabel(layout: Layout, clauseStart: number, start: number, end: number): string {
  const { text } = layout;
  let before = inlineText(text.slice(clauseStart, start));
  const marker = Math.max(
    ...["累计", "共计", "总计", "合计"].map((m) => before.lastIndexOf(m) + (before.lastIndexOf(m) >= 0 ? m.length : 0)),
  );
  if (marker > 0) before = before.slice(marker);
  before = before
    .replace(LEADING, "")
    .replace(TRAILING, "")
    .replace(/^[在对于从由向为]/, "");
  let after = "";
  for (let k = end; k < text.length && k - end < 10 && /[\u4e00-\u9fff]/.test(text[k]); k++) after += text[k];
  let label: string;
  if (before.length >= 3) {
    label = before;
    if (label.length > 18) {
      // 购买政治理论、中外名著等不同种类优秀书籍 → 购买不同种类优秀书籍; 从安排部署、…五大方面 → 安排部署等五大方面
      const etc = label.lastIndexOf("等");
      const list = label.indexOf("、");
      if (etc > 0 && label.length - etc > 2) label = label.slice(0, 2) + label.slice(etc + 1);
      else if (list > 0) label = `${label.slice(0, list).slice(-8)}等${inlineText(text.slice(start, end))}`;
      else label = `${label.slice(0, 2)}…${label.slice(-12)}`;
    }
  } else {
    label = (before + after).slice(0, 16);
  }
  return label || inlineText(text.slice(start, end));
}

export function assembleDraft(
  layout: Layout,
  scan: ScanResult,
  structure: Structure,
  id: string,
): { report: Report; marks: DraftMarks; warnings: string[] } {
  const { text, bodyStart, bodyEnd } = layout;
  const warnings: string[] = [];
  const occurrence = occurrenceFinder(text);
  const sourced = (start: number, end: number) => {
    const quote = text.slice(start, end);
    const n = occurrence(quote, start);
    return n === undefined ? { quote } : { quote, occurrence: n };
  };
  const clauseOf = (span: Span) => ({ start: unitStart(layout, span.start, Delim.Clause), end: unitEnd(layout, span.end, Delim.Clause) });
  const inBody = (span: Span) => span.start >= bodyStart && span.end <= bodyEnd;

  // Sections (or the whole text as one, when it has no 一、二、).
  const sections: Section[] = structure.sections.map((s, i) => ({
    id: `s${i + 1}`,
    ordinal: s.ordinal,
    heading: s.heading,
    draft: true,
    ...sourced(s.quote.start, s.quote.end),
  }));
  if (sections.length === 0) {
    const titleLine = layout.title !== undefined ? layout.lines[layout.title] : undefined;
    const span = titleLine ?? { start: bodyStart, end: Math.min(bodyEnd, bodyStart + 30) };
    sections.push({
      id: "s1",
      ordinal: "全文",
      heading: inlineText(text.slice(span.start, span.end)) || "全文",
      draft: true,
      ...sourced(span.start, span.end),
    });
    warnings.push("未找到“一、二、三、”式的部分标题：全文作为一个部分起草");
  }
  const sectionIndexAt = (pos: number) => Math.max(0, lastStartingBefore(structure.sections, pos));
  const regionAt = (pos: number): Region | undefined => structure.regions[lastStartingBefore(structure.regions, pos)];

  // Items: campaigns in the body, weaknesses and plans in their regions (the first kind of item each region uses).
  const topItems = (kind: RegionKind) => {
    const chosen: Item[] = [];
    for (const region of structure.regions.filter((r) => r.kind === kind)) {
      const inRegion = structure.items.filter((it) => it.region === kind && it.start >= region.start && it.section === region.section);
      const top = inRegion[0]?.kind;
      chosen.push(...inRegion.filter((it) => it.kind === top));
    }
    return [...new Set(chosen)];
  };
  const campaignItems = structure.items.filter((it) => it.region === "body" && it.section >= 0);
  const campaigns: Campaign[] = campaignItems.map((it, i) => ({
    id: `c${i + 1}`,
    section: `s${it.section + 1}`,
    ordinal: it.ordinal,
    title: inlineText(text.slice(it.title.start, it.title.end)),
    draft: true,
    ...sourced(it.start, it.title.end),
  }));
  // The innermost item holding pos: the latest-starting one that has not ended (items nest).
  const campaignAt = (pos: number) => {
    for (let i = lastStartingBefore(campaignItems, pos), steps = 0; i >= 0 && steps < 32; i--, steps++) {
      if (pos < campaignItems[i].end) return campaigns[i];
    }
    return undefined;
  };

  const weaknessItems = topItems("weakness");
  const weaknesses: Weakness[] = weaknessItems.map((it, i) => {
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

  // Plans and their commitments; cadences inside a plan go to its commitments.
  const planItems = topItems("plan");
  const planCadences = new Set<CadenceHit>();
  const cadenceMarks: DraftMarks["cadences"] = [];
  const plans: Plan[] = planItems.map((it, i) => {
    const id = `p${i + 1}`;
    const commitments = splitCommitments(layout, it.title.end, it.end, scan.cadences).map((span, k): Commitment => {
      const cadence = scan.cadences.find((c) => c.start >= span.start && c.end <= span.end);
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
  if (!linkPlans(weaknesses, plans)) warnings.push("不足与计划的条数过多，未自动对应：请手工指定每项计划回应的不足");

  // Measures: figures, cadences outside the plans, and documents, in reading order.
  type Pending = { start: number; measure: Omit<Measure, "id">; figure?: DraftFigure; cadence?: CadenceHit; blank?: Span };
  const pending: Pending[] = [];
  const headingFor = (pos: number) => structure.sections[sectionIndexAt(pos)]?.heading ?? "";
  const base = (span: Span) => {
    const clause = clauseOf(span);
    const campaign = campaignAt(span.start);
    const category = guessCategory(inlineText(text.slice(clause.start, clause.end)), campaign?.title, headingFor(span.start));
    return {
      clause,
      common: {
        section: sections[structure.sections.length ? sectionIndexAt(span.start) : 0].id,
        ...(campaign ? { campaign: campaign.id } : {}),
        category,
      },
    };
  };

  // A real report has hundreds of figures; tens of thousands means junk, and a draft nobody could check.
  const capped = <T>(items: T[], what: string) => {
    if (items.length <= MAX_ITEMS) return items;
    warnings.push(
      `${what}超过 ${MAX_ITEMS.toLocaleString("zh-CN")} 处，只起草了前 ${MAX_ITEMS.toLocaleString("zh-CN")} 处：这段文本可能不是一份汇报`,
    );
    return items.slice(0, MAX_ITEMS);
  };
  for (const f of capped(scan.figures, "数字")) {
    if (!inBody(f)) continue;
    const { clause, common } = base(f);
    const doubts = [...f.doubts];
    const regionNote = REGION_NOTE[regionAt(f.start)?.kind ?? "body"];
    if (regionNote) doubts.push(regionNote);
    if (structure.sections.length && f.start < structure.sections[0].start) doubts.push("位于第一部分之前");
    const quantity = {
      value: f.value,
      ...(f.max !== undefined ? { max: f.max } : {}),
      unit: f.unit,
      qualifier: f.qualifier,
      cumulative: f.cumulative,
      text: text.slice(f.start, f.end),
      ...(doubts.length ? { note: doubts.join("；") } : {}),
    };
    pending.push({
      start: f.start,
      measure: {
        ...common,
        label: figureLabel(layout, clause.start, f.start, f.end),
        quantity,
        draft: true,
        ...sourced(clause.start, clause.end),
      },
      figure: { start: f.start, end: f.end, measureId: "", doubts },
      ...(f.value === null ? { blank: { start: f.start, end: f.end } } : {}),
    });
  }

  const byClause = new Map(pending.map((p) => [`${p.measure.quote}@${unitStart(layout, p.start, Delim.Clause)}`, p]));
  for (const c of capped(scan.cadences, "频次")) {
    if (planCadences.has(c) || !inBody(c)) continue;
    const { clause, common } = base(c);
    const same = byClause.get(`${text.slice(clause.start, clause.end)}@${clause.start}`);
    if (same) {
      same.measure.cadence = c.cadence;
      same.cadence = c;
      continue;
    }
    const rest = inlineText(text.slice(clause.start, c.start) + text.slice(c.end, clause.end)).replace(/^[，,、的]+/, "");
    pending.push({
      start: c.start,
      measure: {
        ...common,
        label: (rest || c.cadence.text).slice(0, 24),
        cadence: c.cadence,
        draft: true,
        ...sourced(clause.start, clause.end),
      },
      cadence: c,
    });
  }

  for (const d of capped(findDocuments(layout), "文件")) {
    if (!inBody(d.span)) continue;
    const { common } = base(d.span);
    pending.push({
      start: d.span.start,
      measure: {
        ...common,
        category: "documents",
        label: `${d.action}《${d.title}》`.slice(0, 40),
        document: { action: d.action, title: d.title },
        draft: true,
        ...sourced(d.span.start, d.span.end),
      },
    });
  }

  pending.sort((a, b) => a.start - b.start);
  const measures: Measure[] = pending.map((p, i) => ({ id: `m${i + 1}`, ...p.measure }));
  for (const m of headlineChoice(measures, (m) => regionAt(pending[measures.indexOf(m)].start)?.kind ?? "body")) m.headline = true;
  const figureMarks: DraftFigure[] = [];
  pending.forEach((p, i) => {
    if (p.figure) figureMarks.push({ ...p.figure, measureId: measures[i].id });
    if (p.cadence) cadenceMarks.push({ start: p.cadence.start, end: p.cadence.end, ownerId: measures[i].id });
  });

  // Gaps: each blank with the clause around it (and the next clause when that one is very short: 月日,召开专门会议).
  const measureAt = new Map(pending.map((p, i) => [p.start, measures[i].id]));
  const gaps: Gap[] = [];
  const gapMarks: DraftMarks["gaps"] = [];
  for (const g of capped(scan.gaps, "原文缺失")) {
    if (!inBody(g)) continue;
    const clause = clauseOf(g);
    if (inlineText(text.slice(clause.start, clause.end)).length < 6) clause.end = unitEnd(layout, clause.end + 1, Delim.Clause);
    const id = `gap${gaps.length + 1}`;
    let measure: string | undefined;
    if (g.kind === "number") measure = measureAt.get(g.start);
    if (g.kind === "place") {
      const sentenceEnd = unitEnd(layout, g.end, Delim.Sentence);
      const next = pending.findIndex((p) => p.figure && p.start > g.start && p.start < sentenceEnd);
      if (next >= 0) measure = measures[next].id;
    }
    gaps.push({
      id,
      kind: g.kind,
      what: g.what,
      blankBefore: g.blank,
      ...(measure ? { measure } : {}),
      draft: true,
      ...sourced(clause.start, clause.end),
    });
    gapMarks.push({ start: g.start, end: g.end, gapId: id });
  }

  const head = describeHead(layout, structure, plans.length, warnings, sourced);
  const report: Report = {
    id,
    draft: true,
    ...head.fields,
    sections,
    categories: categoriesFor(measures),
    campaigns,
    measures,
    weaknesses,
    ...(head.plansLead ? { plansLead: head.plansLead } : {}),
    plans,
    gaps,
  };
  if (plans.length && weaknesses.length && plans.every((p) => p.answers.length === 0)) {
    warnings.push("没有一项计划能按措辞对应到不足：请手工指定每项计划回应的不足");
  }
  return { report, marks: { figures: figureMarks, gaps: gapMarks, cadences: cadenceMarks }, warnings };
}

/**
 * A first choice of headline figures for the overview, for a person to change: what the report
 * did (not its problems or plans), running totals first, then blanks, then counts in reading order.
 */
function headlineChoice(measures: Measure[], regionOf: (m: Measure) => RegionKind): Measure[] {
  const done = measures.filter((m) => m.quantity && regionOf(m) === "body");
  const picked = [
    ...done.filter((m) => m.quantity!.cumulative),
    ...done.filter((m) => m.quantity!.qualifier === "missing"),
    ...done.filter((m) => m.quantity!.unit !== "方面" && m.quantity!.unit !== "%"),
  ];
  return [...new Set(picked)].slice(0, 5);
}

/** Index of the last of `sorted` (by start) that starts at or before pos, or -1. */
function lastStartingBefore(sorted: { start: number }[], pos: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
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

const DOC_ACTIONS = ["制定印发", "制定下发", "印发", "下发", "制定", "出台", "修订", "制发", "起草", "编制", "完善"];

/** 制定了《…》和《…》: documents the report says were issued, each with its action. */
function findDocuments(layout: Layout): { span: Span; action: string; title: string }[] {
  const { text } = layout;
  const docs: { span: Span; action: string; title: string }[] = [];
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

const ADMIN_UNITS = ["街道办事处", "街道", "社区", "镇", "乡", "村", "县", "区", "市"];
const YEAR_IN = /(20\d\d|19\d\d|[〇零一二三四五六七八九]{4})\s*年(?:度)?(?:上半年|下半年|全年|第[一二三四]季度|以来)?/;

function yearValue(s: string): number | undefined {
  const digits = /^\d{4}$/.test(s) ? Number(s) : (parseChineseNumeral(s) ?? undefined);
  return digits !== undefined && digits >= 1949 && digits <= 2100 ? digits : undefined;
}

/** Title, unit, topic, period, who asked for the report, and the sentence announcing the plans. */
type Sourced = (start: number, end: number) => { quote: string; occurrence?: number };

function describeHead(layout: Layout, structure: Structure, planCount: number, warnings: string[], sourced: Sourced) {
  const { text, lines, bodyStart } = layout;
  const titleLine = layout.title !== undefined ? lines[layout.title] : undefined;
  const rawTitle = titleLine ? titleLine.text.trim() : "";
  const titleStart = titleLine ? titleLine.start + titleLine.text.indexOf(rawTitle) : bodyStart;
  const firstLine = lines.find((l) => !l.blank && !l.nav);
  const title = inlineText(rawTitle) || (firstLine ? `${inlineText(firstLine.text).slice(0, 24)}…` : "未命名汇报");
  if (!rawTitle) warnings.push("未识别出标题行：标题与汇报单位请手工填写");

  // 某某镇关于…: the unit is what precedes 关于 or the year; else up to the first 镇/乡/街道….
  let orgName = "";
  const cut = rawTitle.search(/关于|20\d\d|19\d\d|[〇零一二三四五六七八九]{4}年|上半年|下半年|全年/);
  if (cut > 0) orgName = rawTitle.slice(0, cut);
  else {
    let best = -1;
    let unit = "";
    for (const u of ADMIN_UNITS) {
      const at = rawTitle.indexOf(u);
      if (at > 0 && (best === -1 || at < best)) {
        best = at;
        unit = u;
      }
    }
    if (best > 0) orgName = rawTitle.slice(0, best + unit.length);
  }
  // The unit's quote: its name in the title, else the title, else the opening of the first line.
  const orgQuote = titleLine
    ? { start: titleStart, end: titleStart + (orgName ? orgName.length : rawTitle.length) }
    : { start: firstLine?.start ?? 0, end: Math.min(firstLine?.end ?? 0, (firstLine?.start ?? 0) + 30) };
  const level = ADMIN_UNITS.find((u) => orgName.endsWith(u));
  if (!orgName) warnings.push("未能从标题识别汇报单位：请手工填写 organization.name");

  let topic = rawTitle.slice(orgName.length).replace(/^关于/, "").replace(YEAR_IN, "");
  for (let k = 0; k < 6; k++) topic = topic.replace(/(?:汇报|报告|总结|情况|的|开展|自查)$/, "");
  topic = inlineText(topic);
  // 某某镇综合文化站2022年上半年工作总结 leaves only 工作: the unit's own work is the topic.
  if (topic.length < 3) topic = `${orgName}${topic}` || title;

  // The period: the title's year, else the page title's, else the signature's, else the opening's.
  const firstSection = structure.sections[0]?.start ?? Math.min(text.length, bodyStart + 600);
  const sources: [string | undefined, (m: string) => string][] = [
    [rawTitle, () => "年份取自标题"],
    [layout.navLines.map((l) => l.text.trim()).find((t) => YEAR_IN.test(t) && !/^时间|^发布/.test(t)), () => ""],
    [layout.signatureDate?.text.trim(), () => `正文未写年份；年份取自文末落款日期「${layout.signatureDate?.text.trim()}」`],
    [text.slice(bodyStart, firstSection), (m) => `年份取自开头「${m}」，请核对汇报期`],
  ];
  let period: Report["period"] = { label: "未写明", basis: "原文未写年份，请人工补充汇报期" };
  for (const [source, basis] of sources) {
    const m = source ? YEAR_IN.exec(source) : null;
    const year = m ? yearValue(m[1]) : undefined;
    if (!m || year === undefined || !source) continue;
    const why = source === rawTitle ? basis(m[0]) : basis(m[0]) || `正文未写年份；年份取自原网页标题「${source}」`;
    period = { year, label: m[0].replace(/\s/g, ""), basis: why };
    break;
  }
  // Only a stated period (下半年, 明年, 2023年) is a plan period; 工作打算 alone says none.
  const planRegion = structure.regions.find((r) => r.kind === "plan" && r.trigger && r.label && !/打算|思路|计划|安排|方向/.test(r.label));
  if (planRegion?.trigger && planRegion.label) {
    period.plansFor = { label: planRegion.label, ...sourced(planRegion.trigger.start, planRegion.trigger.end) };
  }

  // 根据某某县委宣传部《关于开展调研督导的通知》要求
  let requestedBy: Report["requestedBy"];
  const opening = text.slice(bodyStart, Math.min(firstSection, bodyStart + 800));
  const ask = /(?:根据|按照|依据)([^《》，,。；;\n]{2,30}?)《([^《》\n]{2,80})》(?:的)?(?:要求|精神|部署|安排)?/.exec(opening);
  if (ask) {
    const issuer = ask[1].replace(/的$/, "").trim();
    const at = bodyStart + ask.index;
    if (issuer) requestedBy = { issuer, document: inlineText(ask[2]), ...sourced(at, at + ask[0].length) };
  }

  // 我镇将从以下四个方面…: the plans' declared count, kept only when it matches what was found.
  let plansLead: Report["plansLead"];
  const firstPlanRegion = structure.regions.find((r) => r.kind === "plan");
  if (firstPlanRegion && planCount > 0) {
    const window = text.slice(firstPlanRegion.start, Math.min(text.length, firstPlanRegion.start + 160));
    const lead = /(?:以下|如下|从)([一二三四五六七八九十两\d]{1,3}(?:个)?(?:方面|点|项|条))/.exec(window);
    if (lead) {
      const at = firstPlanRegion.start + lead.index + lead[0].length - lead[1].length;
      const declared = parseChineseNumeral(lead[1].replace(/[个方面点项条]/g, "")) ?? Number(lead[1].replace(/\D/g, ""));
      const clause = { start: unitStart(layout, at, Delim.Clause), end: unitEnd(layout, at, Delim.Clause) };
      plansLead = { countText: lead[1], ...sourced(clause.start, clause.end) };
      if (declared === planCount) plansLead.declaredCount = declared;
      else warnings.push(`原文说有${lead[1]}计划，草稿找到 ${planCount} 项：请核对`);
    }
  }

  return {
    fields: {
      title,
      topic,
      organization: { name: orgName || title, ...(level ? { level } : {}), ...sourced(orgQuote.start, orgQuote.end) },
      period,
      ...(requestedBy ? { requestedBy } : {}),
      origin: `由抽取程序按规则起草（lib/extract）${layout.navLines.length ? `；开头与结尾 ${layout.navLines.length} 行网页导航未计入正文` : ""}；标有 draft 的条目尚未经人工确认`,
    },
    plansLead,
  };
}
