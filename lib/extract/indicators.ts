/**
 * Suggests an indicator of the catalogue (data/indicators.json) for each drafted figure, from its
 * unit and the words of its clause: the catalogue entry with that unit whose identifying word
 * stands nearest the figure, preferring words before it (悬挂条幅186条). A suggestion is marked
 * `suggested: true`: it is not a fact until a person accepts it, and /compare and the summary leave
 * it out until then. One report states each indicator once, so each key goes to the figure it fits
 * best; a figure whose best key went elsewhere gets none (its next best was wrong four times in
 * ten on the writing set: 新纳入低保 37 户 58 人 gave 58 人 the total 低保对象人数).
 *
 * Some figures are not the indicator even beside its word, and get no suggestion: a breakdown
 * (其中…), a figure per unit (每个村配备1名, 各30名), a threshold (超过50万元的村, 全部达到10万元以上,
 * 亿元以上项目 46 个), a shortfall (不足 30 张), a share of a named whole (占…的 84.2%), a rate of
 * change of what is not a growth entry (接种…较上年增长 22.4%), the old value of a change (由上年的38%提高到52.3%),
 * what is left undone (仍有2件积案, 3000 辆电动车仍在楼道充电), a tier (乡级河长9名、村级河长32名),
 * a forecast or a potential (年产值可达, 可收集量), a stock where the entry counts what a period did (全县在用电梯1,524台),
 * what was honoured or removed (评选优秀志愿服务项目, 清理过期标语), a risk of any kind (风险隐患), a fault (通道不畅),
 * and targets in the plans (力争…).
 *
 * Hundreds of entries share a few units, so candidates are looked up by unit; where two entries
 * name the figure equally (化解率 of 矛盾纠纷 and of 信访积案), the one whose words the title and
 * the paragraph use more wins. A short word of a field-bound entry (总投资, 来访, 就业) names that
 * entry only in a report whose title names its field: elsewhere it is the report's own business.
 * A wrong suggestion costs a clerk more than a missing one, so where unsure the rule abstains, and a
 * suggestion it is less sure of is not filled in but returned as a hint: /import offers it beside the
 * figure for a person to take with one click.
 */
import catalogueJson from "../../data/indicators.json";
import { baseUnit, indicatorsForUnit } from "../model/catalogue";
import type { Indicator } from "../model/indicators";
import type { Measure, Metric } from "../model/schema";
import { type LeaveOut, leaveOutOf, standsApart } from "./indicator-apart";
import type { RegionKind } from "./structure";
import { phraseOf, sureEnough } from "./indicator-sure";
import {
  AFTER_PENALTY,
  AFTER_REACH,
  PHRASE_BREAK,
  FAULT_AFTER,
  NEGATION,
  OTHER_UNIT_PENALTY,
  BEFORE_REACH,
  CLAUSE_REACH,
  FIELD_BOUND,
  FIELD_WORD,
  SHORT_WORD,
  SHORT_WORD_OFF_FIELD,
  Neighbour,
  SUBJECT,
  BARE_WORD_LEAD,
  EARLIER_CLAUSE,
  BARE_RATE_LEAD,
  CLOSED,
  TIER,
  STOCK,
  HONOUR,
  HONOURED,
  HONOURING,
  REMOVED,
  REMOVING,
  LISTED,
  GROWTH_BEFORE,
  isGrowth,
  TO_VALUE,
  TITLE_FIELDS,
  titleFields,
} from "./indicator-patterns";

/** The catalogue as checked by `npm run check` and the build (which refuse a faulty one). */
export const INDICATORS = (catalogueJson as { indicators: Indicator[] }).indicators;

/** Where `word` stands in text, each index plus `offset`. */
function occurrences(text: string, word: string, offset = 0): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) found.push(i + offset);
  return found;
}

/** `at`: where the word stands in the quote (-1 in the clause before). */
type Candidate = { indicator: Indicator; score: number; length: number; topic: number; word: string; at: number };

/** Where a draft figure's indicator came from, for the reviewer: the other report and its sentence. */
export type PrecedentNote = { from: string; quote: string; /** the other towns whose closest figures stand under it too */ alike?: number };

/**
 * What reports already checked on the same notice say of a figure (lib/extract/precedents.ts): the
 * indicator another town's reviewer gave the same thing, or, without one, that they gave it none.
 */
export type PrecedentAdvice = { indicator?: Indicator; sure: boolean; note: PrecedentNote };

export type FigureContext = {
  indicators?: readonly Indicator[];
  /** the other figures of the clause */
  neighbours?: readonly Neighbour[];
  /** the sentence before the figure's clause, for a bare rate (…地区生产总值18.6亿元，同比增长6.8%) */
  earlier?: string;
  /** the report's title and the paragraph up to the figure, to choose between entries that name it equally */
  topic?: string;
};

/** Every catalogue entry that could name the figure, best first (lowest score; longer word on ties). */
export function indicatorCandidates(
  quote: string,
  figureText: string,
  unit: string,
  { indicators = INDICATORS, neighbours = [], earlier = "", topic = "" }: FigureContext = {},
): Candidate[] {
  const at = quote.indexOf(figureText);
  if (at < 0) return [];
  const end = at + figureText.length;
  if (standsApart(quote, figureText, unit, at)) return [];
  const before = quote.slice(Math.max(0, at - CLAUSE_REACH), at);
  // A word before the figure belongs to a figure standing between them (党委 2 个、党支部 48 个; 路段 168 处、总长 92.5 公里),
  // unless that one states the same thing in another unit right before it (低保对象 628 户 1,052 人) or is the old
  // value of a change (由 60 张增加到 110 张).
  const blockedBefore = (from: number) =>
    others.some(
      (n) =>
        n.start >= from &&
        n.end <= at &&
        (n.unit === unit || quote.slice(n.end, at).trim() !== "") &&
        !TO_VALUE.test(quote.slice(n.end, at)),
    );
  const blockedAfter = (to: number) =>
    PHRASE_BREAK.test(quote.slice(end, to)) || NEGATION.test(quote.slice(end, to)) || others.some((n) => n.start >= end && n.end <= to);

  // The topic is the title, a line break, then the paragraph up to the figure.
  const title = topic.slice(0, Math.max(0, topic.indexOf("\n")));
  const fields = titleFields(title);
  const inField = (indicator: Indicator, word: string) =>
    !fields || fields.has(indicator.group) || !FIELD_BOUND.has(indicator.group) || word.length >= FIELD_WORD;
  const fitting = indicatorsForUnit(indicators, unit).filter((i) => !(unit === "%" && GROWTH_BEFORE.test(before)) || isGrowth(i));
  // Only words that could still name the figure are looked for (a clause of a scraped page can run for pages).
  const longest = Math.max(0, ...fitting.flatMap((i) => i.words.map((w) => w.length)));
  const from = Math.max(0, at - BEFORE_REACH - 2 * longest);
  const until = Math.min(quote.length, end + AFTER_REACH + longest);
  const near = quote.slice(from, until);
  const others = neighbours.filter((n) => n.start !== at && n.end >= from && n.start <= until);
  const best = new Map<string, Candidate>();
  // A word inside or across a longer word of another entry is part of that one (低保 in 新纳入低保 is not 低保对象人数;
  // 培训班 in 安全管理人员培训班 is the safety training).
  const spans = fitting.flatMap((indicator) =>
    indicator.words.flatMap((word) => occurrences(near, word, from).map((i) => ({ key: indicator.key, start: i, end: i + word.length }))),
  );
  const inLonger = (key: string, start: number, end: number) =>
    spans.some((s) => s.key !== key && s.end - s.start > end - start && s.start < end && s.end > start);
  const tierOf = (i: number) => (TIER.test(quote.slice(Math.max(0, i - 2), i)) ? quote.slice(i - 2, i) : undefined);
  const otherTier = (word: string, i: number) =>
    occurrences(quote, word).some((j) => j !== i && tierOf(j) !== undefined && tierOf(j) !== tierOf(i));
  const clause = before.slice(Math.max(...[...PHRASE_BREAK.source.slice(1, -1)].map((c) => before.lastIndexOf(c))) + 1);
  const stock = STOCK.test(clause.trimStart());
  for (const indicator of fitting) {
    if (stock && indicator.period === "per_period") continue;
    const unitPenalty = baseUnit(unit) === baseUnit(indicator.unit) ? 0 : OTHER_UNIT_PENALTY;
    for (const word of indicator.words) {
      if (!inField(indicator, word)) continue;
      for (const i of occurrences(near, word, from)) {
        if (inLonger(indicator.key, i, i + word.length)) continue;
        if (tierOf(i) && otherTier(word, i)) continue;
        let score: number;
        if (i + word.length <= at) {
          if (at - (i + word.length) > BEFORE_REACH) continue;
          if (blockedBefore(i + word.length) || CLOSED.test(quote.slice(i + word.length, at))) continue;
          score = at - (i + word.length) + unitPenalty;
        } else if (i >= end && i - end <= AFTER_REACH) {
          if (blockedAfter(i) || FAULT_AFTER.test(quote.slice(i + word.length))) continue;
          score = (i - end) * AFTER_PENALTY + unitPenalty;
        } else continue;
        const seen = best.get(indicator.key);
        if (!seen || score < seen.score || (score === seen.score && word.length > seen.length)) {
          best.set(indicator.key, { indicator, score, length: word.length, topic: 0, word, at: i });
        }
      }
    }
  }
  // A rate in a clause of its own (同比增长6.8%, 整改率99.2%) is the rate of what the clause before it names.
  if (best.size === 0 && unit === "%" && at <= BARE_RATE_LEAD) {
    for (const indicator of fitting) {
      for (const word of indicator.words) {
        if (!inField(indicator, word)) continue;
        const i = earlier.lastIndexOf(word);
        const score = EARLIER_CLAUSE + earlier.length - (i + word.length);
        const seen = best.get(indicator.key);
        if (i >= 0 && (!seen || score < seen.score))
          best.set(indicator.key, { indicator, score, length: word.length, topic: 0, word, at: -1 });
      }
    }
  }
  const found = [...best.values()];
  const tied = (a: Candidate, b: Candidate) => a !== b && a.score === b.score && a.length === b.length;
  for (const c of found) if (found.some((o) => tied(c, o))) c.topic = c.indicator.words.filter((w) => topic.includes(w)).length;
  // Longer words win ties: 红白理事会 over 理事会, 新纳入低保 over 低保; then the paragraph's topic.
  found.sort((a, b) => a.score - b.score || b.length - a.length || b.topic - a.topic);
  // Unsure, so none: the nearest word is part of a longer word of another entry fitting the unit, and the
  // paragraph names that entry by another of its words (培训 4 期 in a paragraph on 安全培训: generic or the safety one?).
  const top = found[0];
  if (!top) return found;
  // A narrower entry's word qualifying the nearest word within its phrase names the figure (在县级以上媒体刊发稿件 86 篇
  // are the adopted ones, not every report): the narrower entry names the broader one as `incompatible`, one way
  // (siblings such as 条幅 and 标语 name each other).
  // What was honoured (评选…优秀志愿服务项目 8 个) or removed (清理过期标语) is not what the entry counts, unless it counts
  // honours or removals itself.
  // A two-character word of a field the title does not name is evidence only right by its figure (picked by leaving each
  // keyed round out in turn on its first scoring: scripts/indicator-features.ts).
  const gapToTop = top.at < 0 ? 0 : top.at < at ? at - (top.at + top.length) : top.at - end;
  if (top.length <= SHORT_WORD && fields && !fields.has(top.indicator.group) && gapToTop >= SHORT_WORD_OFF_FIELD) return [];
  const lead = top.at >= 0 ? quote.slice(0, top.at) : "";
  const what = top.indicator.name + top.indicator.counts;
  const honours = HONOURING.test(what) || top.indicator.words.some((w) => HONOUR.test(w));
  if (HONOURED.test(lead) && HONOURING.test(earlier + lead) && !honours) return [];
  if (REMOVED.test(lead) && !REMOVING.test(what)) return [];
  // 风险隐患 and 问题隐患 (排查化解涉稳风险隐患19个) are risks and problems of any kind, no count of safety hazards.
  if (top.indicator.group === "safety" && /(?<!安全)(?:风险|问题)$/.test(lead)) return [];
  const qualifier = found.find((o) => {
    const between = quote.slice(o.at + o.length, top.at);
    return (
      o.at >= 0 &&
      o.at + o.length <= top.at &&
      o.indicator.incompatible?.includes(top.indicator.key) &&
      !top.indicator.incompatible?.includes(o.indicator.key) &&
      !PHRASE_BREAK.test(between) &&
      !LISTED.test(between)
    );
  });
  if (qualifier) return [qualifier, ...found.filter((c) => c !== qualifier)];
  // …or told in the sentence's earlier clause, where the figure's clause opens on the word: 粮食播种面积…，总产量 is the
  // grain's (粮食产量); 组织应急演练 60 余次，参与群众 are the drill's (演练参演人员). Inside a clause a qualifier is mostly
  // an action of the word's own phrase (监测处置涉区舆情 is no 监测舆情), so there only a long subject counts (脱贫人口和监测
  // 对象基本医疗保险参保率 is 脱贫人口基本医疗保险参保率).
  const told = fitting.filter(
    (o) =>
      o.incompatible?.includes(top.indicator.key) &&
      !top.indicator.incompatible?.includes(o.key) &&
      (lead.length <= BARE_WORD_LEAD
        ? o.words.some((w) => w.length >= top.word.length + 2 && w.endsWith(top.word) && earlier.includes(w.slice(0, -top.word.length))) ||
          (top.indicator.group === "profile" && o.group !== "profile" && earlier.includes(o.name.slice(0, 2)))
        : o.words.some((w) => w.length >= top.word.length + SUBJECT && w.endsWith(top.word) && lead.includes(w.slice(0, SUBJECT)))),
  );
  if (told.length === 1) return [{ ...top, indicator: told[0] }, ...found.filter((c) => c !== top && c.indicator !== told[0])];
  // A general activity's word in a report on one field names that field's entry whose word ends in it (培训 45 场 in a
  // 安全生产 report is 安全培训; in a 平安建设 report, whose first field is 综治, it stays the general one), when there is one.
  const primary = TITLE_FIELDS.find(([re]) => re.test(title))?.[1][0];
  const own =
    top.indicator.group === "profile" && top.indicator.period === "per_period"
      ? fitting.filter((o) => o.group === primary && o.words.some((w) => w !== top.word && w.endsWith(top.word)))
      : [];
  if (own.length === 1) return [{ ...top, indicator: own[0] }, ...found.filter((c) => c !== top && c.indicator !== own[0])];
  const context = topic + quote;
  const narrower = (o: Indicator) =>
    o.key !== top.indicator.key &&
    o.words.some((w) => w !== top.word && w.includes(top.word)) &&
    o.words.some((w) => w !== top.word && context.includes(w) && !top.indicator.words.some((t) => t.includes(w)));
  if (fitting.some(narrower)) return [];
  return found;
}

export function suggestIndicator(quote: string, figureText: string, unit: string, context: FigureContext = {}): Indicator | undefined {
  return indicatorCandidates(quote, figureText, unit, context)[0]?.indicator;
}

/**
 * A suggested metric on the figures a catalogue entry fits, blanks included (the summary counts
 * who left an indicator blank), each key once per report, closest fits first. `region(i)` tells
 * which measures stand in the plans (targets, not results: they get none) or among the weaknesses; `earlier(i)` gives the
 * sentence before a measure's clause. Mutates `measures`, and returns the hints (for each measure
 * index, the entry it was left without because the rule was not sure enough of it), the precedents
 * followed, and the measures it advises leaving without any (LeaveOut).
 */
export function suggestIndicators(
  measures: Measure[],
  {
    region = () => "body",
    earlier = () => "",
    topic = () => "",
    pastPeriod = () => false,
    indicators = INDICATORS,
    precedent,
    filedByOthers = new Map(),
  }: {
    region?: (index: number) => RegionKind;
    earlier?: (index: number) => string;
    topic?: (index: number) => string;
    /** whether a measure's sentence states a period before the report's (2024年…, 去年…): it yields a key to one of this period, and is only hinted */
    pastPeriod?: (index: number) => boolean;
    indicators?: readonly Indicator[];
    /** what the reports already checked on the same notice say of a measure */
    precedent?: (index: number, context: FigureContext) => PrecedentAdvice | undefined;
    /** the indicators those reports' reviewers filed figures under, each with the first such figure */
    filedByOthers?: ReadonlyMap<string, PrecedentNote>;
  } = {},
): { hints: Map<number, Indicator>; notes: Map<number, PrecedentNote>; leaveOut: Map<number, LeaveOut> } {
  const inPlans = (index: number) => region(index) === "plan";
  const used = new Set(measures.flatMap((m) => (m.metric ? [m.metric.key] : [])));
  const taken = new Set(measures.flatMap((m) => (m.metric && m.quantity ? [`${m.metric.key}|${baseUnit(m.quantity.unit)}`] : [])));
  const hints = new Map<number, Indicator>();
  const notes = new Map<number, PrecedentNote>();
  const clauseOf = (m: Measure) => `${m.occurrence ?? 1}@${m.quote}`;
  const clauses = new Map<string, Neighbour[]>();
  for (const m of measures) {
    if (!m.quantity) continue;
    const start = m.quote.indexOf(m.quantity.text);
    if (start < 0) continue;
    const list = clauses.get(clauseOf(m)) ?? [];
    list.push({ start, end: start + m.quantity.text.length, unit: m.quantity.unit });
    clauses.set(clauseOf(m), list);
  }
  const contextOf = (m: Measure, index: number): FigureContext => ({
    indicators,
    neighbours: clauses.get(clauseOf(m)),
    earlier: earlier(index),
    topic: topic(index),
  });
  // Another town's reviewer's choice on the same notice outranks the catalogue's words; where they gave
  // the same thing no indicator, the catalogue's is not filled in either.
  const advice = new Map<number, PrecedentAdvice>();
  measures.forEach((m, index) => {
    const said = precedent && m.quantity && !m.metric && !inPlans(index) ? precedent(index, contextOf(m, index)) : undefined;
    if (said) advice.set(index, said);
  });
  const past = (index: number) => Number(pastPeriod(index));
  const ranked = [...advice].sort(([i, a], [j, b]) => Number(b.sure) - Number(a.sure) || past(i) - past(j) || i - j);
  for (const [index, { indicator, sure, note }] of ranked) {
    if (!indicator) continue;
    // Each key once per report, but once in each unit (秸秆还田 in 亩 beside 秸秆利用量 in 吨).
    const slot = `${indicator.key}|${baseUnit(measures[index].quantity!.unit)}`;
    if (taken.has(slot)) continue;
    taken.add(slot);
    used.add(indicator.key);
    // A figure of a past period is offered, not filled in: reviewers file last year's figures as often as not.
    if (sure && !pastPeriod(index))
      measures[index].metric = { key: indicator.key, counts: indicator.counts, suggested: true } satisfies Metric;
    else hints.set(index, indicator);
    notes.set(index, note);
  }
  const pairs = measures.flatMap((m, index) =>
    !m.quantity || m.metric || inPlans(index) || notes.has(index)
      ? []
      : indicatorCandidates(m.quote, m.quantity.text, m.quantity.unit, contextOf(m, index))
          .slice(0, 1)
          .map((c) => ({ ...c, index, phrase: phraseOf(m.quote, m.quantity!.text), title: topic(index).split("\n")[0] })),
  );
  pairs.sort((a, b) => a.score - b.score || past(a.index) - past(b.index) || b.length - a.length || b.topic - a.topic || a.index - b.index);
  // The same figure stated again (农家书屋 18 家 … 对 18 家农家书屋补充图书) is the first statement repeated: the first one takes the key.
  const sameFigure = (a: Measure, b: Measure) => a.quantity!.text === b.quantity!.text && a.quantity!.unit === b.quantity!.unit;
  for (const { indicator, index } of pairs) {
    if (measures[index].metric || used.has(indicator.key)) continue;
    // the earliest statement of that figure which this key fits
    const first = Math.min(
      ...pairs
        .filter((p) => p.indicator.key === indicator.key && !measures[p.index].metric && sameFigure(measures[p.index], measures[index]))
        .map((p) => p.index),
    );
    const pick = pairs.find((p) => p.index === first)!;
    used.add(indicator.key);
    // An entry the county's other reviewers already file figures under is theirs too, however short its word here.
    const filed = filedByOthers.get(indicator.key);
    if ((sureEnough(pick) || filed) && !advice.has(first) && !pastPeriod(first))
      measures[first].metric = { key: indicator.key, counts: indicator.counts, suggested: true } satisfies Metric;
    else hints.set(first, indicator);
    if (filed && !notes.has(first)) notes.set(first, filed);
  }
  const leaveOut = new Map<number, LeaveOut>();
  measures.forEach((m, index) => {
    const said = advice.get(index);
    // The towns that left figures like it without one outrank the catalogue's hint.
    if (said && !said.indicator && said.sure && !m.metric) {
      hints.delete(index);
      leaveOut.set(index, "others");
      notes.set(index, said.note);
      return;
    }
    if (!m.quantity || m.metric || hints.has(index)) return;
    const why = leaveOutOf(m.quote, m.quantity.text, m.quantity.unit, region(index));
    if (why) leaveOut.set(index, why);
  });
  return { hints, notes, leaveOut };
}
