/**
 * Assembles the draft report.json from the layout, the scan and the structure. Every item quotes
 * the text verbatim (with `occurrence` when the quote repeats) and carries `draft: true`.
 * Each step takes the shared context and what the steps before it made, and adds its warnings
 * in turn: the order of the steps is the order the reviewer reads the warnings in.
 */
import type { Report } from "../../model/schema";
import { Delim, type Layout, unitStart } from "../layout";
import type { ScanResult } from "../hits";
import type { Structure } from "../structure";
import { categoriesFor } from "./category";
import { type DraftMarks, draftContext } from "./context";
import { draftGaps } from "./gaps";
import { describeHead } from "./head";
import { numberMeasures, pendingMeasures } from "./measures";
import { suggestIndicators } from "../indicators";
import { namesPastPeriod } from "../indicator-patterns";
import { adviseFromPrecedents, filedIndicators, offeredDeclarations, type Precedent, precedentsFor } from "../precedents";
import { draftPlans, draftWeaknesses, linkPlans } from "./plans";
import { draftCampaigns, draftSections } from "./sections";

export function assembleDraft(
  layout: Layout,
  scan: ScanResult,
  structure: Structure,
  id: string,
  precedents: readonly Precedent[] = [],
): { report: Report; marks: DraftMarks; warnings: string[] } {
  const draft = draftContext(layout, structure);
  const { warnings } = draft;

  const sections = draftSections(draft);
  const campaigns = draftCampaigns(draft);
  const weaknesses = draftWeaknesses(draft);
  const { plans, planCadences, cadenceMarks: commitmentCadences } = draftPlans(draft, scan.cadenceHits);
  if (!linkPlans(weaknesses, plans)) warnings.push("不足与计划的条数过多，未自动对应：请手工指定每项计划回应的不足");

  const pending = pendingMeasures(draft, campaigns, scan, planCadences);
  const { measures, figureMarks, cadenceMarks: measureCadences } = numberMeasures(draft, pending);
  // The title names the report's topic (…信访维稳工作汇报) where a paragraph does not.
  const title = layout.title === undefined ? "" : layout.lines[layout.title].text;
  const head = describeHead(draft, plans.length);
  // Only the reports answering the same notice ask for the same figures.
  const sameNotice = precedentsFor(head.fields, precedents);
  const { hints, notes, leaveOut } = suggestIndicators(measures, {
    region: (i) => draft.regionAt(pending[i].start)?.kind ?? "body",
    earlier: (i) =>
      layout.text.slice(unitStart(layout, pending[i].start, Delim.Sentence), unitStart(layout, pending[i].start, Delim.Clause)),
    topic: (i) => `${title}\n${layout.text.slice(unitStart(layout, pending[i].start, Delim.Paragraph), pending[i].start)}`,
    pastPeriod: (i) =>
      namesPastPeriod(layout.text.slice(unitStart(layout, pending[i].start, Delim.Sentence), pending[i].start), head.fields.period.year),
    precedent: sameNotice.length
      ? (i, context) => adviseFromPrecedents(measures[i].quote, measures[i].quantity!.text, measures[i].quantity!.unit, sameNotice, context)
      : undefined,
    filedByOthers: filedIndicators(sameNotice),
  });
  const markOf = new Map(figureMarks.map((f) => [f.measureId, f]));
  for (const [index, indicator] of hints) {
    const mark = markOf.get(measures[index].id);
    if (mark) mark.hint = indicator.key;
  }
  for (const [index, note] of notes) {
    const mark = markOf.get(measures[index].id);
    if (mark) mark.precedent = note;
  }
  for (const [index, why] of leaveOut) {
    const mark = markOf.get(measures[index].id);
    if (mark) mark.leaveOut = why;
  }
  // Another town's own indicator, suggested or offered here, is declared in this report too.
  const offered = new Set([...measures.flatMap((m) => (m.metric ? [m.metric.key] : [])), ...[...hints.values()].map((i) => i.key)]);
  const own = offeredDeclarations(sameNotice, offered);
  const { gaps, gapMarks } = draftGaps(draft, scan.gapHits, pending, measures);

  const report: Report = {
    id,
    draft: true,
    ...head.fields,
    sections,
    categories: categoriesFor(measures),
    campaigns: campaigns.campaigns,
    measures,
    weaknesses,
    ...(head.plansLead ? { plansLead: head.plansLead } : {}),
    ...(own.length ? { indicators: own } : {}),
    plans,
    gaps,
  };
  if (plans.length && weaknesses.length && plans.every((p) => p.answers.length === 0)) {
    warnings.push("没有一项计划能按措辞对应到不足：请手工指定每项计划回应的不足");
  }
  const marks = { figureMarks, gapMarks, cadenceMarks: [...commitmentCadences, ...measureCadences] };
  return { report, marks, warnings };
}
