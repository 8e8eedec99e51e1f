// Which indicator suggestions would a person change, and could a general abstention rule tell them apart?
//   npx tsx --conditions=react-server scripts/indicator-features.ts [--list] [round.jsonl=catalogue.json …]
// lists every suggestion with its features (word distance and side, word length, name or alias, unit, field, clause
// position, competitors and margin, period against the clause's verb, support for the entry beyond its word, how far
// the phrase goes on after a word that follows the figure) and whether the person kept it; then, leaving each round of
// 4–10 out in turn, picks abstention rules on the other rounds only and measures them on the held-out one. Without files
// it reads the checkout's own fixtures and catalogue; with files (scripts/indicator-dump.ts run at the commit where a
// round was keyed and first scored, with that commit's data/indicators.json) it sees each round as the rule of then did.
// INDICATOR_SKIP leaves fixtures out, as in the bench.
import { readFileSync } from "node:fs";
import { checkoutFigures, type Figure } from "./indicator-dump";
import { ROUNDS as ALL_ROUNDS, roundOf as roundIn } from "../bench/rounds";
import { INDICATORS } from "../lib/extract/indicators";
import { FIELD_BOUND, NEW_VERB, PHRASE_BREAK, TOTAL_VERB, titleFields } from "../lib/extract/indicator-patterns";
import type { Indicator } from "../lib/model/indicators";

const args = process.argv.slice(2);
const skip = process.env.INDICATOR_SKIP ? new RegExp(process.env.INDICATOR_SKIP) : undefined;
// The rounds whose first scoring can be replayed (blind-*'s came before the catalogue took its present form).
export const ROUNDS: string[] = ALL_ROUNDS.filter((r) => r.prefix !== "blind").map((r) => r.prefix);
const roundOf = (fixture: string): string => roundIn(fixture)?.prefix ?? (fixture.startsWith("holdout-") ? "holdout" : "rest");

export type Row = {
  fixture: string;
  round: string;
  figure: string;
  key: string;
  word: string;
  side: "before" | "after" | "earlier";
  distance: number;
  wordLength: number;
  alias: "name" | "in-name" | "other";
  unitExact: boolean;
  fieldBound: boolean;
  titleMatch: boolean | undefined;
  clausePosition: number;
  competitors: number;
  margin: number;
  periodClash: boolean;
  support: number;
  /** after a word that follows the figure, how much of its phrase goes on (深入 16 个社区开展宣讲: the figure is a scope) */
  phraseAfter: number;
  /** the two characters before the word (禁毒 of 禁毒社工: the word is the head of a compound of another modifier) */
  lead: string;
  kept: boolean;
};

const bare = (unit: string) => unit.replace(/^[万亿](?=.)/, "");
const fits = (i: Indicator, unit: string) => [i.unit, ...(i.units ?? [])].some((u) => bare(u) === bare(unit));
const cjkPairs = (s: string) => {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) if (/^[\u4e00-\u9fff]{2}$/.test(s.slice(i, i + 2))) pairs.add(s.slice(i, i + 2));
  return pairs;
};

/** The entry's nearest word as the rule weighs it (before: distance; after, within 4: twice the distance; another unit: +1). */
function nearest(i: Indicator, f: Figure, at: number, end: number) {
  let best: { word: string; start: number; side: "before" | "after"; distance: number; score: number } | undefined;
  for (const word of i.words)
    for (let s = f.quote.indexOf(word); s >= 0; s = f.quote.indexOf(word, s + 1)) {
      const side = s + word.length <= at ? "before" : s >= end ? "after" : undefined;
      const distance = side === "before" ? at - (s + word.length) : s - end;
      if (!side || distance > (side === "before" ? 40 : 4)) continue;
      const score = (side === "after" ? 2 * distance : distance) + (bare(f.unit) === bare(i.unit) ? 0 : 1);
      if (!best || score < best.score || (score === best.score && word.length > best.word.length))
        best = { word, start: s, side, distance, score };
    }
  return best;
}

function features(f: Figure, catalogue: Map<string, Indicator>, byUnit: Indicator[]): Row | undefined {
  const entry = catalogue.get(f.got!);
  const at = f.quote.indexOf(f.figure);
  if (!entry || at < 0) return undefined;
  const end = at + f.figure.length;
  const top = nearest(entry, f, at, end);
  const others = byUnit.filter((i) => i !== entry && fits(i, f.unit)).flatMap((i) => nearest(i, f, at, end) ?? []);
  const before = f.quote.slice(Math.max(0, at - 200), at);
  const clause = before.slice(Math.max(...[...PHRASE_BREAK.source.slice(1, -1)].map((ch) => before.lastIndexOf(ch))) + 1);
  const tail = f.quote.slice(end).split(PHRASE_BREAK)[0];
  const word = top?.word ?? "";
  const own = cjkPairs(word);
  const around = (clause + tail).replace(word, "");
  const verbs = clause + tail;
  return {
    fixture: f.fixture,
    round: roundOf(f.fixture),
    figure: f.figure,
    key: entry.key,
    word,
    side: top?.side ?? "earlier",
    distance: top?.distance ?? -1,
    wordLength: word.length,
    alias: word === entry.name ? "name" : entry.name.includes(word) ? "in-name" : "other",
    unitExact: bare(f.unit) === bare(entry.unit),
    fieldBound: FIELD_BOUND.has(entry.group),
    titleMatch: titleFields(f.title)?.has(entry.group),
    clausePosition: clause.length,
    competitors: others.length,
    margin: top && others.length ? Math.min(...others.map((o) => o.score)) - top.score : 99,
    periodClash: (entry.period === "cumulative" && NEW_VERB.test(verbs)) || (entry.period === "per_period" && TOTAL_VERB.test(verbs)),
    support: [...cjkPairs(entry.name + entry.counts)].filter((p) => !own.has(p) && around.includes(p)).length,
    phraseAfter: top?.side === "after" ? f.quote.slice(top.start + word.length).split(/[、，,；;：:（(“”"。]/)[0].length : -1,
    lead: top && top.side !== undefined ? f.quote.slice(Math.max(0, top.start - 2), top.start) : "",
    kept: f.got === f.want,
  };
}

function rowsOf(figures: Figure[], indicators: readonly Indicator[]): Row[] {
  const catalogue = new Map(indicators.map((i) => [i.key, i]));
  return figures.flatMap((f) => (f.got && !skip?.test(f.fixture) ? (features(f, catalogue, [...indicators]) ?? []) : []));
}

const files = args.filter((a) => !a.startsWith("--") && a.includes("="));
const sources = files.length
  ? files.map((spec) => {
      const [dump, catalogueFile] = spec.split("=");
      const figures = readFileSync(dump, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as Figure);
      return { figures, indicators: (JSON.parse(readFileSync(catalogueFile, "utf8")) as { indicators: Indicator[] }).indicators };
    })
  : [{ figures: checkoutFigures(), indicators: INDICATORS }];
export const rows = sources.flatMap((s) => rowsOf(s.figures, s.indicators));
/** How many figures each round drafted (the denominator of coverage). */
export const figuresOf = (round: string) =>
  sources.flatMap((s) => s.figures).filter((f) => !skip?.test(f.fixture) && roundOf(f.fixture) === round).length;
export const fromHistory = files.length > 0;

if (process.argv[1]?.endsWith("indicator-features.ts")) abstentions();

function abstentions() {
  if (args.includes("--list")) {
    const columns = Object.keys(rows[0]) as (keyof Row)[];
    console.log(columns.join("\t"));
    for (const r of rows) console.log(columns.map((k) => String(r[k])).join("\t"));
  }

  /** An abstention rule: a family of predicates over one threshold. */
  type Rule = { name: string; thresholds: number[]; abstains: (r: Row, t: number) => boolean };
  const near = (r: Row) => r.side !== "earlier";
  const RULES: Rule[] = [
    {
      name: "word ≤ 2 characters, distance ≥ t",
      thresholds: [1, 2, 3, 4, 6, 8],
      abstains: (r, t) => near(r) && r.wordLength <= 2 && r.distance >= t,
    },
    {
      name: "word of 3 characters, distance ≥ t",
      thresholds: [2, 4, 6, 8, 12],
      abstains: (r, t) => near(r) && r.wordLength === 3 && r.distance >= t,
    },
    { name: "runner-up within t", thresholds: [0, 1, 2, 3], abstains: (r, t) => r.competitors > 0 && r.margin <= t },
    { name: "word after the figure, distance ≥ t", thresholds: [0, 1, 2], abstains: (r, t) => r.side === "after" && r.distance >= t },
    {
      name: "word after the figure, its phrase goes on ≥ t",
      thresholds: [1, 3, 6],
      abstains: (r, t) => r.side === "after" && r.phraseAfter >= t,
    },
    { name: "rate read from the earlier clause", thresholds: [0], abstains: (r) => r.side === "earlier" },
    {
      name: "another unit than the entry's own, word ≤ t",
      thresholds: [2, 3, 4, 99],
      abstains: (r, t) => !r.unitExact && r.wordLength <= t,
    },
    { name: "period against the clause's verb", thresholds: [0], abstains: (r) => r.periodClash },
    { name: "no support beyond the word, word ≤ t", thresholds: [2, 3, 4], abstains: (r, t) => r.support === 0 && r.wordLength <= t },
    { name: "title names other fields, word ≤ t", thresholds: [2, 3, 4], abstains: (r, t) => r.titleMatch === false && r.wordLength <= t },
    {
      name: "figure ≥ t characters into its clause, word ≤ 2",
      thresholds: [6, 8, 12, 16],
      abstains: (r, t) => r.wordLength <= 2 && r.clausePosition >= t,
    },
    { name: "word is no part of the entry's name", thresholds: [0], abstains: (r) => r.alias === "other" },
  ];
  type Pick = { rule: Rule; t: number };
  const TARGET = 0.05;
  /** A rule is worth its lost coverage only if this share of what it takes away was wrong (--min-share=…, default 1/2). */
  const MIN_SHARE = Number(args.find((a) => a.startsWith("--min-share="))?.slice("--min-share=".length) ?? 0.5);
  const abstained = (r: Row, picks: Pick[]) => picks.some((p) => p.rule.abstains(r, p.t));
  const score = (set: Row[], picks: Pick[]) => {
    const kept = set.filter((r) => !abstained(r, picks));
    return {
      suggested: kept.length,
      wrong: kept.filter((r) => !r.kept).length,
      lostRight: set.filter((r) => r.kept && abstained(r, picks)).length,
    };
  };
  /**
   * Greedy, on the training rounds only: while their change rate is above the target, add the rule whose newly abstained
   * suggestions are most often wrong (at least 2 wrong, at least MIN_SHARE of them, and more often than the suggestions kept).
   */
  function choose(train: Row[]): Pick[] {
    const picks: Pick[] = [];
    for (;;) {
      const base = score(train, picks);
      if (base.wrong <= TARGET * base.suggested) return picks;
      let best: { pick: Pick; share: number; gone: number } | undefined;
      for (const rule of RULES) {
        if (picks.some((p) => p.rule === rule)) continue;
        for (const t of rule.thresholds) {
          const s = score(train, [...picks, { rule, t }]);
          const wrongGone = base.wrong - s.wrong;
          const gone = base.suggested - s.suggested;
          const share = gone ? wrongGone / gone : 0;
          if (wrongGone < 2 || share < MIN_SHARE || share <= base.wrong / base.suggested) continue;
          if (!best || share > best.share || (share === best.share && gone > best.gone)) best = { pick: { rule, t }, share, gone };
        }
      }
      if (!best) return picks;
      picks.push(best.pick);
    }
  }

  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : "—");
  const inRound = (round: string) => rows.filter((r) => r.round === round);
  const rounds = ROUNDS.filter((r) => inRound(r).length);
  console.log(
    `\n留一轮估计（弃权规则只按其余各轮选，目标改动率 ≤ ${100 * TARGET}%，每条规则去掉的至少 ${Math.round(100 * MIN_SHARE)}% 是错的；${fromHistory ? "各轮首次计分时的规则与目录" : "当前规则与目录"}）`,
  );
  console.log("留出轮     建议  须改  改动率 | 弃权后建议  须改  改动率  失去的对建议 | 按其余各轮选出的规则");
  const sum = { before: 0, wrongBefore: 0, after: 0, wrongAfter: 0, lost: 0 };
  const line = (label: string, n: number, w: number, n2: number, w2: number, lost: number) =>
    `${label.padEnd(8)}  ${String(n).padStart(5)}  ${String(w).padStart(4)}  ${pct(w, n).padStart(6)} | ${String(n2).padStart(10)}  ${String(w2).padStart(4)}  ${pct(w2, n2).padStart(6)}  ${String(lost).padStart(12)}`;
  for (const round of rounds) {
    const held = inRound(round);
    const picks = choose(rounds.filter((r) => r !== round).flatMap(inRound));
    const s = score(held, picks);
    const wrongBefore = held.filter((r) => !r.kept).length;
    Object.assign(sum, {
      before: sum.before + held.length,
      wrongBefore: sum.wrongBefore + wrongBefore,
      after: sum.after + s.suggested,
      wrongAfter: sum.wrongAfter + s.wrong,
      lost: sum.lost + s.lostRight,
    });
    console.log(
      `${line(round, held.length, wrongBefore, s.suggested, s.wrong, s.lostRight)} | ${picks.map((p) => `${p.rule.name} [t=${p.t}]`).join("; ") || "—"}`,
    );
  }
  console.log(line("合计", sum.before, sum.wrongBefore, sum.after, sum.wrongAfter, sum.lost));
  const everything = rounds.flatMap(inRound);
  const none = score(everything, []);
  console.log("\n每条规则单独用在这几轮上：去掉的错建议 / 去掉的对建议");
  for (const rule of RULES) {
    const effects = rule.thresholds.map((t) => {
      const s = score(everything, [{ rule, t }]);
      return `t=${t} ${none.wrong - s.wrong}/${s.lostRight}`;
    });
    console.log(`  ${rule.name}: ${effects.join("  ")}`);
  }
}
