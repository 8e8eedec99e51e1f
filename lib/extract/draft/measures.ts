/**
 * The measures: every figure, every cadence outside the plans, and every document issued, in
 * reading order, each with a short label and a guessed category; and the first headline choice.
 */
import type { Measure } from "../../model/schema";
import { Delim, inlineText, type Layout, unitStart } from "../layout";
import type { CadenceHit, ScanResult, Span } from "../hits";
import type { RegionKind } from "../structure";
import { guessCategory } from "./category";
import type { CadenceMark, DraftContext, FigureMark } from "./context";
import { findDocuments } from "./documents";
import type { DraftCampaigns } from "./sections";
import { UNITS } from "../vocabulary/units";

const REGION_NOTE: Record<RegionKind, string | undefined> = {
  body: undefined,
  weakness: "出现在“存在的问题”中",
  plan: "出现在下一步计划中：是计划数，不是已完成的数",
};

const LEADING =
  /^(?:同时|并且|并|还|另外|此外|其中|全年|今年以来|上半年|下半年|目前|截至目前|先后|已经|已|共计|共有|累计|总计|合计|总共|一共|共|与此同时)+/;
const TRAILING = /(?:达到|达|为|约为|约有|共有|共计|合计|总计|累计|共|计|有|了|的|近|约|逾|超过|不少于|不低于|不超过|不足|仅|突破)+$/;

/** A short label for a figure: what was done to what (悬挂条幅, 设置举报箱). */
function figureLabel(layout: Layout, clauseStart: number, start: number, end: number): string {
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
  // The next item of a list of figures (辖12个行政村、3个社区) is named by the word after it, not by the item before.
  if (before.endsWith("、")) before = "";
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
  return whole(label) || inlineText(text.slice(start, end));
}

/** A label cut short by UTF-16 units may split an emoji, whose lone half is no text at all: it goes. */
const whole = (label: string) => label.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");

/** A measure before it is numbered: where it starts, and the marks it will leave. */
export type PendingMeasure = { start: number; measure: Omit<Measure, "id">; figure?: FigureMark; cadence?: CadenceHit };

/** Where a measure is filed: its clause, section, campaign and category. */
function placeOf(draft: DraftContext, { campaignAt }: DraftCampaigns, span: Span) {
  const { layout, structure } = draft;
  const clause = draft.clauseOf(span);
  const campaign = campaignAt(span.start);
  const section = draft.sectionIndexAt(span.start);
  const heading = structure.sections[section]?.heading ?? "";
  const category = guessCategory(inlineText(layout.text.slice(clause.start, clause.end)), campaign?.title, heading);
  return {
    clause,
    common: {
      // With no 一、二、 the whole text is s1, which index 0 names too.
      section: `s${section + 1}`,
      ...(campaign ? { campaign: campaign.id } : {}),
      category,
    },
  };
}

/** Figures, cadences outside the plans, and documents, in reading order. */
export function pendingMeasures(
  draft: DraftContext,
  campaigns: DraftCampaigns,
  scan: ScanResult,
  planCadences: Set<CadenceHit>,
): PendingMeasure[] {
  const { layout, structure, sourced, inBody, capped, regionAt } = draft;
  const { text } = layout;
  const pending: PendingMeasure[] = [];
  for (const f of capped(scan.figureHits, "数字")) {
    if (!inBody(f)) continue;
    const { clause, common } = placeOf(draft, campaigns, f);
    const doubts = [...f.doubts];
    const regionNote = REGION_NOTE[regionAt(f.start)?.kind ?? "body"];
    if (regionNote) doubts.push(regionNote);
    if (structure.sections.length && f.start < structure.sections[0].start) doubts.push("位于第一部分之前");
    // A unit read as its usual name (136.2平方千米 as 平方公里, 120平米 as 平方米) says so, as the figure's own text must.
    const written = text.slice(f.start, f.end);
    const synonym = written.includes(f.unit) ? undefined : UNITS.find((u) => u.normal === f.unit && written.includes(u.unit));
    if (synonym) doubts.push(`原文单位「${synonym.unit}」按「${f.unit}」记`);
    const quantity = {
      value: f.value,
      ...(f.max !== undefined ? { max: f.max } : {}),
      unit: f.unit,
      qualifier: f.qualifier,
      cumulative: f.cumulative,
      text: written,
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
    });
  }

  // A cadence in a figure's clause belongs to that figure's measure (每月开展2次).
  const byClause = new Map(pending.map((p) => [`${p.measure.quote}@${unitStart(layout, p.start, Delim.Clause)}`, p]));
  for (const c of capped(scan.cadenceHits, "频次")) {
    if (planCadences.has(c) || !inBody(c)) continue;
    const { clause, common } = placeOf(draft, campaigns, c);
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
        label: whole((rest || c.cadence.text).slice(0, 24)),
        cadence: c.cadence,
        draft: true,
        ...sourced(clause.start, clause.end),
      },
      cadence: c,
    });
  }

  for (const d of capped(findDocuments(layout), "文件")) {
    if (!inBody(d.span)) continue;
    const { common } = placeOf(draft, campaigns, d.span);
    pending.push({
      start: d.span.start,
      measure: {
        ...common,
        category: "documents",
        label: whole(`${d.action}《${d.title}》`.slice(0, 40)),
        document: { action: d.action, title: d.title },
        draft: true,
        ...sourced(d.span.start, d.span.end),
      },
    });
  }
  return pending.sort((a, b) => a.start - b.start);
}

/** The measures numbered in reading order (m1, m2…), the headlines chosen, and the marks they leave. */
export function numberMeasures(draft: DraftContext, pending: PendingMeasure[]) {
  const measures: Measure[] = pending.map((p, i) => ({ id: `m${i + 1}`, ...p.measure }));
  const regions = pending.map((p) => draft.regionAt(p.start)?.kind ?? "body");
  for (const i of headlineChoice(measures, regions)) measures[i].headline = true;
  const figureMarks: FigureMark[] = [];
  const cadenceMarks: CadenceMark[] = [];
  pending.forEach((p, i) => {
    if (p.figure) figureMarks.push({ ...p.figure, measureId: measures[i].id });
    if (p.cadence) cadenceMarks.push({ start: p.cadence.start, end: p.cadence.end, ownerId: measures[i].id });
  });
  return { measures, figureMarks, cadenceMarks };
}

/**
 * A first choice of headline figures for the overview, for a person to change: what the report
 * did (not its problems or plans), running totals first, then blanks, then counts in reading order.
 */
function headlineChoice(measures: Measure[], regions: RegionKind[]): number[] {
  const done = measures.flatMap((m, i) => (m.quantity && regions[i] === "body" ? [i] : []));
  const picked = [
    ...done.filter((i) => measures[i].quantity!.cumulative),
    ...done.filter((i) => measures[i].quantity!.qualifier === "missing"),
    ...done.filter((i) => measures[i].quantity!.unit !== "方面" && measures[i].quantity!.unit !== "%"),
  ];
  return [...new Set(picked)].slice(0, 5);
}
