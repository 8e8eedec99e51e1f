/**
 * Precedents: the figures of reports a person has already checked that answer the same notice
 * (requestedBy.document), or, where one of the two names no notice, that share the topic. Towns
 * answering one notice report the same asked items, so a figure of a new draft whose words match a
 * figure another town's reviewer filed under an indicator is offered that indicator, a report-local
 * one included, so the county's columns fill as its reports come in. A figure the other reviewer
 * left without an indicator is a precedent too: it keeps a looser match from being offered.
 */
import { baseUnit, indicatorFitsUnit } from "../model/catalogue";
import { fnv1a } from "../model/hash";
import type { Indicator } from "../model/indicators";
import { alikeTopics, answersSame, noticeKey, questionOf, topicKey } from "../model/notice";
import type { Report } from "../model/schema";
import { type ApartReason, standsApart } from "./indicator-apart";
import { type FigureContext, INDICATORS, indicatorCandidates, type PrecedentAdvice, type PrecedentNote } from "./indicators";
import { phraseAround } from "./indicator-sure";

export type Precedent = {
  /** the notice the other report answers (requestedBy.document, as noticeKey writes it), if it names one */
  notice?: string;
  /** …and its topic (秸秆综合利用和禁烧工作) */
  topic: string;
  /** who filed it (the other report's organization), for the reviewer */
  from: string;
  /** the indicator the person chose, undefined where they left the figure without one */
  indicator?: Indicator;
  quote: string;
  /** the figure as written (2,100余人次) and its unit */
  text: string;
  unit: string;
};

const catalogued = new Set(INDICATORS.map((i) => i.key));

/**
 * The precedents a checked report gives: every figure, with the indicator a person accepted (a
 * suggestion not yet accepted is no precedent) or, where a person checked the figure, none; the plans' targets aside.
 */
export function precedentsOf(report: Report): Precedent[] {
  const question = questionOf(report);
  const known = [...INDICATORS, ...(report.indicators ?? [])];
  // A target in the plans (新建收储点3个) is no one's result: the rule gives it none, and its words would outmatch the result's.
  const plans = new Set(report.plans.map((p) => p.section));
  return report.measures.flatMap((m) => {
    if (!m.quantity || plans.has(m.section)) return [];
    // A suggestion not yet accepted says nothing, nor does a figure no one has checked that has no indicator.
    if (m.metric?.suggested || (!m.metric && m.draft)) return [];
    const accepted = m.metric && known.find((i) => i.key === m.metric!.key);
    const precedent: Precedent = {
      ...question,
      from: report.organization.name,
      indicator: accepted,
      quote: m.quote,
      text: m.quantity.text,
      unit: m.quantity.unit,
    };
    return [precedent];
  });
}

const fileId = (text: string) => fnv1a(text).toString(36);
/** The file of the published archive's precedents on a topic (topicKey: 工作 or 和 aside, two wordings share it). */
export const topicFile = (topic: string) => `topic-${fileId(topicKey(topic))}`;

/** A topic file of the published archive and one wording of its topic (/precedents/topics.json). */
export type TopicFile = { file: string; topic: string };

/**
 * The files the published archive's precedents are split into (/precedents/<file>/figures.json): one for each notice a
 * report answers, one for each topic; a draft reads those of its notice and of the topics (`topics`, the archive's
 * index) worded alike its own.
 */
export function precedentFiles(report: Pick<Report, "requestedBy" | "topic">, topics: readonly TopicFile[] = []): string[] {
  const own = [...(report.requestedBy ? [`notice-${fileId(noticeKey(report.requestedBy.document))}`] : []), topicFile(report.topic)];
  const alike = topics.filter((t) => alikeTopics(t.topic, report.topic)).map((t) => t.file);
  return [...new Set([...own, ...alike])];
}

/** The precedents that speak to a draft (answersSame: the same notice, or where either names none, a topic worded alike). */
export function precedentsFor(draft: Pick<Report, "requestedBy" | "topic">, precedents: readonly Precedent[]): Precedent[] {
  const question = questionOf(draft);
  return precedents.filter((p) => answersSame(question, p));
}

/**
 * The other towns' own indicators (not in the catalogue) that a draft was given or offered (`keys`):
 * the draft declares them, each once, so that its metric keys stand.
 */
export function offeredDeclarations(precedents: readonly Precedent[], keys: ReadonlySet<string>): Indicator[] {
  const own = new Map<string, Indicator>();
  for (const { indicator } of precedents) {
    if (indicator && !catalogued.has(indicator.key) && keys.has(indicator.key)) own.set(indicator.key, indicator);
  }
  return [...own.values()];
}

/**
 * The indicators the other towns' reviewers filed figures under, each with the first such figure and how many
 * other towns filed one too: the catalogue rule fills these in however short the word it read.
 */
export function filedIndicators(precedents: readonly Precedent[]): Map<string, PrecedentNote> {
  const towns = new Map<string, Set<string>>();
  const first = new Map<string, Precedent>();
  for (const p of precedents) {
    if (!p.indicator) continue;
    const key = p.indicator.key;
    if (!first.has(key)) first.set(key, p);
    towns.set(key, (towns.get(key) ?? new Set()).add(p.from));
  }
  return new Map(
    [...first].map(([key, p]) => {
      const alike = towns.get(key)!.size - 1;
      return [key, { from: p.from, quote: p.quote, ...(alike > 0 ? { alike } : {}) }];
    }),
  );
}

/** Every run of at least `shortest` Chinese characters two texts share, each once. */
export function sharedRuns(a: string, b: string, shortest: number): string[] {
  const x = [...a];
  const y = [...b];
  const han = (c: string) => /\p{Script=Han}/u.test(c);
  const runs = new Set<string>();
  let row = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const next = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] !== y[j - 1] || !han(x[i - 1])) continue;
      next[j] = row[j - 1] + 1;
      for (let k = shortest; k <= next[j]; k++) runs.add(x.slice(i - k, i).join(""));
    }
    row = next;
  }
  return [...runs];
}

/** The longest run of Chinese characters two texts share (the first, of runs as long). */
export const sharedRun = (a: string, b: string): string =>
  sharedRuns(a, b, 1).reduce((best, run) => (run.length > best.length ? run : best), "");

/** A run of this many characters shared with another town's figure names the same thing; a shorter one (巡查) is any clause's. */
const SHORTEST = 3;
/** …and one this long is sure enough to fill in wherever it stands (安排秸秆禁烧和综合利用…工作经费 / …专项经费). */
const SURE = 4;
const NEAR = 2;
/** …and one standing this near both (at most one character between), however short. */
const ADJACENT = 1;
/** A run the other towns write by figures of this many indicators (or none) names none of them. */
const COMMON_RUN = 3;
/** …or, shorter, where this many other towns' closest figures are all filed under the one indicator and none elsewhere. */
const VOUCHING = 2;

// Classifiers of one kind: a town counts 收储点 in 个 where another counts them in 处 (the summary keeps each unit apart).
const KINDS = ["个处家座所站间", "人名位"];
/** The kind of a one-character classifier (个 and 处 are one kind), if it has one. */
const kindOf = (unit: string) => (baseUnit(unit).length === 1 ? KINDS.find((k) => k.includes(baseUnit(unit))) : undefined);
const sameKind = (a: string, b: string) => baseUnit(a) === baseUnit(b) || (kindOf(a) !== undefined && kindOf(a) === kindOf(b));
/** Whether a figure in `unit` can be the precedent's: the catalogue's units, or for a town's own indicator, the same kind. */
const fits = (p: Precedent, unit: string) =>
  p.indicator
    ? indicatorFitsUnit(p.indicator, unit) || (!catalogued.has(p.indicator.key) && sameKind(p.indicator.unit, unit))
    : sameKind(p.unit, unit);

// Head nouns, places and words any clause has: two of them shared (务工人员 / 特困人员) name nothing, and
// standing before a shared run (全镇… / 全乡…) they do not make it narrower.
const GENERIC_TAILS = new Set(
  "人员 人口 老人 群众 农户 村民 干部 工作 活动 资金 项目 累计 共计 达到 完成 现有 共有 建有 全年 今年 年内 全镇 全乡 全县 全区 全市 全村 本镇 本乡 街道 辖区 镇级 乡级 村级".split(
    " ",
  ),
);
const hanTail = (text: string) => {
  const tail = [...text].slice(-2).join("");
  return /^\p{Script=Han}{2}$/u.test(tail) && !GENERIC_TAILS.has(tail) ? tail : "";
};

/** A run of function words and bounds only (以上的, 其中的) names nothing: 能独立游25米以上的291人 / 护河员中60岁以上的有31人. */
const CONTENTLESS = /^[以上下内外的有和及与或等共其中余多近约了是为在对向把将被从由到至每各该之]+$/u;

type Parts = { before: string; after: string };

/** A precedent's own phrase and structure, read once however many figures of however many drafts it is weighed against. */
const shapes = new WeakMap<Precedent, { phrase: Parts; apart: ApartReason | undefined }>();
function shapeOf(p: Precedent) {
  let shape = shapes.get(p);
  if (!shape) shapes.set(p, (shape = { phrase: phraseAround(p.quote, p.text), apart: standsApart(p.quote, p.text, p.unit) }));
  return shape;
}
/** How many characters stand between a run and the figure in its phrase (the nearest place it stands). */
function gapOf({ before, after }: Parts, run: string): number {
  const b = before.lastIndexOf(run);
  const a = after.indexOf(run);
  return Math.min(b < 0 ? Infinity : before.length - (b + run.length), a < 0 ? Infinity : a);
}

/** The level a phrase's words name last (镇级收储中心, 村级河长, 乡村两级), if any. */
const tierOf = ({ before }: Parts) => [...before.matchAll(/(?:[省市县区乡镇村组]|[两三四五]|乡村|镇村)级/g)].at(-1)?.[0];
/** Two figures of one thing at two levels (镇级垃圾中转站2座 / 村级垃圾中转房9座) are no precedent to be sure of. */
const otherTier = (mine: Parts, theirs: Parts) => {
  const [a, b] = [tierOf(mine), tierOf(theirs)];
  return a !== undefined && b !== undefined && a !== b;
};

type Match = { p: Precedent; run: string; mine: number; theirs: number; rank: number; sameUnit: boolean };
/** A total run on over years (两年累计, 2024年以来累计, 累计至今), which a year's own figure never matches. */
const RUNNING_TOTAL = /(?:年来|以来|历年|多年|[两三四五六七八九十\d]年)累计|累计至今/;
/** A run must outweigh how far it stands from the two figures: 周岁以上老年 six characters before 免费健康体检6,018人 names the old, not the check-ups. */
const MIN_RANK = 2;
/** Whether one match beats another: a figure in the same unit first (186户598人: 598人 is the 人's, not the 户's), then the rank. */
const outranks = (a: Match, b: Match | undefined) => !b || (a.sameUnit !== b.sameUnit ? a.sameUnit : a.rank > b.rank);

/**
 * The run of words the two figures share that stands nearest both for its length (结案率 right by both figures, not
 * 追回工资 a clause away), or two characters both stand right before (划分网格 / 划定网格).
 */
function matchOf(mine: Parts, unit: string, p: Precedent): Match | undefined {
  const theirs = shapeOf(p).phrase;
  // A running total (两年累计复耕215.7公顷) is no match for a year's own (今年复耕88.5公顷), nor the other way.
  if (RUNNING_TOTAL.test(mine.before) !== RUNNING_TOTAL.test(theirs.before)) return undefined;
  const runs = sharedRuns(`${mine.before}|${mine.after}`, `${theirs.before}|${theirs.after}`, SHORTEST);
  const tail = hanTail(mine.before);
  if (!runs.length && tail && tail === hanTail(theirs.before)) runs.push(tail);
  let best: Match | undefined;
  for (const run of runs) {
    if (CONTENTLESS.test(run)) continue;
    const gaps = { mine: gapOf(mine, run), theirs: gapOf(theirs, run) };
    const rank = run.length - gaps.mine - gaps.theirs;
    if (rank >= MIN_RANK && (!best || rank > best.rank || (rank === best.rank && run.length > best.run.length)))
      best = { p, run, ...gaps, rank, sameUnit: baseUnit(p.unit) === baseUnit(unit) };
  }
  return best;
}

/**
 * What the precedents say of one figure of a new draft: the indicator of the other town's figure
 * whose words it shares the longest run with, standing nearest both figures, if that run names it
 * by the catalogue rule's own tests (no breakdown, per-unit figure, threshold…, the word within
 * reach) — or if the other figure failed the same tests and its reviewer keyed it all the same
 * (其中集中供养58人, 60周岁以上老年人口) for the same reason; a figure in the same unit first. It is sure
 * where the run stands right by both figures (or is long), the other town's words are no narrower and the
 * other towns do not write the run by figures of three indicators or more (unless another town's closest figure
 * stands under that indicator too), or where two or more towns' closest figures all stand under it — never where the two name different levels
 * (镇级 / 村级). A running total over years and a year's own figure are no match at all. Where a figure
 * the other reviewer left without an indicator matches better, the advice is that it has none: sure
 * where every town's closest figure stands without one and the run of three or more is near both.
 */
export function adviseFromPrecedents(
  quote: string,
  text: string,
  unit: string,
  precedents: readonly Precedent[],
  context: FigureContext,
): PrecedentAdvice | undefined {
  if (!precedents.length || quote.indexOf(text) < 0) return undefined;
  const mine = phraseAround(quote, text);
  const apart = standsApart(quote, text, unit);
  let kept: Match | undefined;
  let left: Match | undefined;
  // Each other town's closest figure: towns that all file it under one indicator vouch for it together.
  const closest = new Map<string, Match>();
  for (const p of precedents) {
    const m = fits(p, unit) ? matchOf(mine, unit, p) : undefined;
    if (!m) continue;
    if (outranks(m, closest.get(p.from))) closest.set(p.from, m);
    if (p.indicator) {
      if (outranks(m, kept)) kept = m;
      // A figure left without one because of its structure (其中…, 每名…) says nothing of a figure built otherwise.
    } else if (shapeOf(p).apart === apart && outranks(m, left)) left = m;
  }
  const towns = [...closest.values()];
  if (left && outranks(left, kept)) {
    // Every town with a figure like it left that one without an indicator, their words right by both figures: it has none either.
    const none =
      towns.every((m) => !m.p.indicator) &&
      left.run.length >= SHORTEST &&
      left.mine <= NEAR &&
      left.theirs <= NEAR &&
      !otherTier(mine, shapeOf(left.p).phrase);
    return {
      sure: none,
      note: { from: left.p.from, quote: left.p.quote, ...(none && towns.length > 1 ? { alike: towns.length - 1 } : {}) },
    };
  }
  if (!kept) return undefined;
  const { run, p } = kept;
  const as = (u: string) => [{ ...p.indicator!, unit: u, words: [run] }];
  if (!indicatorCandidates(quote, text, unit, { ...context, indicators: as(unit) }).length) {
    // …unless the other figure failed them for the same reason (其中… as 其中…, not 每村… as 其中…).
    if (indicatorCandidates(p.quote, p.text, p.unit, { indicators: as(p.unit) }).length) return undefined;
    if (apart !== shapeOf(p).apart) return undefined;
  }
  // The other figure's words go on before the run where this one's do not (分散供养特困人员 / 全乡特困人员): it may be narrower.
  const lead = (parts: Parts) => {
    const at = parts.before.lastIndexOf(run);
    return at < 0 ? "" : hanTail(parts.before.slice(0, at));
  };
  const theirsLead = lead(shapeOf(p).phrase);
  const narrower = theirsLead !== "" && theirsLead !== lead(mine) && !quote.includes(theirsLead);
  const alike = towns.filter((m) => m.p.indicator?.key === p.indicator!.key).length - 1;
  const vouched = towns.length >= VOUCHING && alike === towns.length - 1 && run.length >= SHORTEST;
  // A run right by both figures names the same thing however short it is…
  const adjacent = kept.mine <= ADJACENT && kept.theirs <= ADJACENT;
  // …unless the other towns write it by figures of many indicators: 监测户 in a notice on monitored households is any figure's.
  const common = () =>
    new Set(precedents.filter((q) => gapOf(shapeOf(q).phrase, run) <= NEAR).map((q) => q.indicator?.key ?? "")).size >= COMMON_RUN;
  const sure =
    !otherTier(mine, shapeOf(p).phrase) && ((!narrower && (adjacent || run.length >= SURE) && (!common() || alike > 0)) || vouched);
  return { indicator: p.indicator, sure, note: { from: p.from, quote: p.quote, ...(alike > 0 ? { alike } : {}) } };
}
