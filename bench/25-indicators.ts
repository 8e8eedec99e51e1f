// Indicator suggestions (lib/extract/indicators.ts) against a person's choice for every drafted
// figure (fixtures/indicators/<name>.json): coverage (drafted figures that get a suggestion filled in; target
// ≥ 60%) and change rate (filled-in suggestions a person would change or clear; target ≤ 5%), then the hints
// (entries not filled in, offered beside the figure) and how many are right, each group apart:
// round11-* (written and keyed by people who never saw the rules or the catalogue: the honest
// estimate, scored once), then the writing set: round10-*, round9-*, round8-*, later-*, novel-*, unseen-*, fresh-* and blind-*
// (scored once each in earlier rounds, since read to fix the rules and catalogue), holdout-* and
// the fixtures the rules were first written against.
import { readdirSync, readFileSync } from "node:fs";
import { extractReport } from "../lib/extract";
import { figureLabels } from "../lib/extract/evaluate";
import { LATEST, NEWEST_FIRST, roundOf } from "./rounds";
import type { Measure } from "../lib/model/schema";

/** fixtures/indicators/<name>.json: a figure's text (its n-th drafted figure of that text: "3个#2") → key, or null for none. */
type ExpectedKeys = { figures: Record<string, string | null> };

/** What the person chose for each drafted figure; a figure the file does not name is reported (the extractor changed). */
function expectedKeyOf(drafted: Measure[], expected: ExpectedKeys["figures"], name: string) {
  const keys = new Map<Measure, string | null>();
  for (const [m, label] of figureLabels(drafted)) {
    if (!(label in expected)) console.log(`    ? ${name}：「${label}」未标注（抽取结果变了？），按“无指标”计`);
    keys.set(m, expected[label] ?? null);
  }
  return (m: Measure) => keys.get(m) ?? null;
}

// INDICATOR_SKIP (a regex of fixture names) leaves fixtures out, e.g. the unseen ones while the catalogue is written.
const skip = process.env.INDICATOR_SKIP ? new RegExp(process.env.INDICATOR_SKIP) : undefined;
const all = readdirSync("fixtures/indicators")
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.slice(0, -5))
  .sort();
const names = all.filter((name) => !skip?.test(name));
if (names.length < all.length) console.log(`INDICATOR_SKIP=${skip}：略去 ${all.length - names.length} 份样本，不计入下表`);
const pct = (n: number, d: number) => (d === 0 ? "—" : `${((100 * n) / d).toFixed(1)}%`);
type Tally = {
  fixtures: number;
  figures: number;
  suggested: number;
  changed: number;
  wanted: number;
  found: number;
  hinted: number;
  hintRight: number;
  leftOut: number;
  leftOutWrong: number;
};
const tally = (): Tally => ({
  fixtures: 0,
  figures: 0,
  suggested: 0,
  changed: 0,
  wanted: 0,
  found: 0,
  hinted: 0,
  hintRight: 0,
  leftOut: 0,
  leftOutWrong: 0,
});
// Each round apart, the newest first; then holdout-* and the fixtures the rules were first written against.
const GROUPS = [
  ...NEWEST_FIRST.map((r) => ({
    key: r.prefix as string,
    label:
      r === LATEST
        ? `${r.prefix}（${r.name}：写的人没读过规则与目录；目录定稿后才标注，只计一次）`
        : `${r.prefix}（${r.name}，已计分一次，此后用于修改规则与目录）`,
  })),
  { key: "holdout", label: "holdout（写目录与规则时已用，是上限）" },
  { key: "rest", label: "写规则用的样本" },
];
const totals = new Map(GROUPS.map((g) => [g.key, tally()]));
const groupOf = (name: string) => roundOf(name)?.prefix ?? (name.startsWith("holdout-") ? "holdout" : "rest");

console.log(`${"fixture".padEnd(32)}  数字  有建议  覆盖率  须改  改动率  应有指标  建议对`);
for (const name of names) {
  const expected = (JSON.parse(readFileSync(`fixtures/indicators/${name}.json`, "utf8")) as ExpectedKeys).figures;
  const out = extractReport(readFileSync(`fixtures/extract/${name}.txt`, "utf8"), { id: "bench" });
  if (!out.ok) throw new Error(`${name}: ${out.error}`);
  const drafted = out.extraction.report.measures.filter((m) => m.quantity);
  const wantedKey = expectedKeyOf(drafted, expected, name);
  const withKey = drafted.filter((m) => m.metric?.suggested);
  const wrong = withKey.filter((m) => wantedKey(m) !== m.metric!.key);
  const should = drafted.filter((m) => wantedKey(m));
  const right = should.filter((m) => m.metric?.key === wantedKey(m));
  // Hints: entries the rule was not sure enough of to fill in, which /import offers beside the figure.
  const hintOf = new Map(out.extraction.figureMarks.flatMap((f) => (f.hint ? [[f.measureId, f.hint] as const] : [])));
  const hinted = drafted.filter((m) => hintOf.has(m.id));
  const hintRight = hinted.filter((m) => wantedKey(m) === hintOf.get(m.id));
  // Advice to leave a figure without any (a target, a figure per unit…): wrong where the person gave it one.
  const leftOut = new Set(out.extraction.figureMarks.flatMap((f) => (f.leaveOut ? [f.measureId] : [])));
  const leftOutWrong = drafted.filter((m) => leftOut.has(m.id) && wantedKey(m));
  console.log(
    `${name.padEnd(32)}  ${String(drafted.length).padStart(4)}  ${String(withKey.length).padStart(6)}  ${pct(withKey.length, drafted.length).padStart(6)}  ${String(wrong.length).padStart(4)}  ${pct(wrong.length, withKey.length).padStart(6)}  ${String(should.length).padStart(8)}  ${String(right.length).padStart(6)}`,
  );
  for (const m of wrong) console.log(`    ✗ 「${m.quantity!.text}」 建议 ${m.metric!.key} · 应为 ${wantedKey(m) ?? "（无）"}`);
  const t = totals.get(groupOf(name))!;
  t.fixtures++;
  t.figures += drafted.length;
  t.suggested += withKey.length;
  t.changed += wrong.length;
  t.wanted += should.length;
  t.found += right.length;
  t.hinted += hinted.length;
  t.hintRight += hintRight.length;
  t.leftOut += leftOut.size;
  t.leftOutWrong += leftOutWrong.length;
}
for (const { key, label } of GROUPS) {
  const t = totals.get(key)!;
  if (t.fixtures === 0) continue;
  console.log(
    `\n${label} ${t.fixtures} 份：数字 ${t.figures}，有建议 ${t.suggested}（覆盖率 ${pct(t.suggested, t.figures)}，目标 ≥ 60%）；` +
      `须改 ${t.changed}（改动率 ${pct(t.changed, t.suggested)}，目标 ≤ 5%）；人工认为应有指标的 ${t.wanted} 个中建议对 ${t.found} 个` +
      `（召回 ${pct(t.found, t.wanted)}）；目录中有合适指标的数字只占 ${pct(t.wanted, t.figures)}，即不出错时覆盖率的上限` +
      (t.hinted
        ? `；另有未填入的提示 ${t.hinted} 个，其中对 ${t.hintRight} 个（${pct(t.hintRight, t.hinted)}）；` +
          `建议与提示合计 ${t.suggested + t.hinted} 个（占数字 ${pct(t.suggested + t.hinted, t.figures)}），` +
          `不对的 ${t.changed + t.hinted - t.hintRight} 个（${pct(t.changed + t.hinted - t.hintRight, t.suggested + t.hinted)}）`
        : "") +
      `；建议不计入指标的 ${t.leftOut} 个（计划目标、按单位分摊的数等），其中人给了指标的 ${t.leftOutWrong} 个；` +
      `连同它们，有建议的数字占 ${pct(t.suggested + t.leftOut, t.figures)}，须改 ${pct(t.changed + t.leftOutWrong, t.suggested + t.leftOut)}`,
  );
}
