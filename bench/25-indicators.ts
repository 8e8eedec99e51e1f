// Indicator suggestions (lib/extract/indicators.ts) against a person's choice for every drafted
// figure (fixtures/indicators/<name>.json): coverage (drafted figures that get a suggestion; target
// ≥ 60%) and change rate (suggestions a person would change or clear; target ≤ 5%), for the holdout
// fixtures (holdout-*: unseen until the catalogue grew to some 580 entries, since then part of the
// writing set), the blind ones (blind-*, annotated once the rules were final) and the fixtures the
// catalogue and the rule were first written against, each apart.
import { readdirSync, readFileSync } from "node:fs";
import { extractReport } from "../lib/extract";
import type { Measure } from "../lib/model/schema";

/** fixtures/indicators/<name>.json: a figure's text (its n-th drafted figure of that text: "3个#2") → key, or null for none. */
type ExpectedKeys = { figures: Record<string, string | null> };

/** What the person chose for each drafted figure; a figure the file does not name is reported (the extractor changed). */
function expectedKeyOf(drafted: Measure[], expected: ExpectedKeys["figures"], name: string) {
  const seen = new Map<string, number>();
  const keys = new Map<Measure, string | null>();
  for (const m of drafted) {
    const n = (seen.get(m.quantity!.text) ?? 0) + 1;
    seen.set(m.quantity!.text, n);
    const label = n === 1 ? m.quantity!.text : `${m.quantity!.text}#${n}`;
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
type Tally = { fixtures: number; figures: number; suggested: number; changed: number; wanted: number; found: number };
const tally = (): Tally => ({ fixtures: 0, figures: 0, suggested: 0, changed: 0, wanted: 0, found: 0 });
const totals = { holdout: tally(), blind: tally(), rest: tally() };
const groupOf = (name: string) => (name.startsWith("holdout-") ? "holdout" : name.startsWith("blind-") ? "blind" : "rest");

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
  for (const m of wrong) console.log(`    ✗ 「${m.quantity!.text}」 建议 ${m.metric!.key} · 应为 ${wantedKey(m) ?? "（无）"}`);
  console.log(
    `${name.padEnd(32)}  ${String(drafted.length).padStart(4)}  ${String(withKey.length).padStart(6)}  ${pct(withKey.length, drafted.length).padStart(6)}  ${String(wrong.length).padStart(4)}  ${pct(wrong.length, withKey.length).padStart(6)}  ${String(should.length).padStart(8)}  ${String(right.length).padStart(6)}`,
  );
  const t = totals[groupOf(name)];
  t.fixtures++;
  t.figures += drafted.length;
  t.suggested += withKey.length;
  t.changed += wrong.length;
  t.wanted += should.length;
  t.found += right.length;
}
for (const [label, t] of [
  ["holdout（扩充目录时已用于写目录与规则）", totals.holdout],
  ["blind（规则定稿后才标注、第一次运行）", totals.blind],
  ["写规则用的样本", totals.rest],
] as const) {
  console.log(
    `\n${label} ${t.fixtures} 份：数字 ${t.figures}，有建议 ${t.suggested}（覆盖率 ${pct(t.suggested, t.figures)}，目标 ≥ 60%）；` +
      `须改 ${t.changed}（改动率 ${pct(t.changed, t.suggested)}，目标 ≤ 5%）；人工认为应有指标的 ${t.wanted} 个中建议对 ${t.found} 个` +
      `（召回 ${pct(t.found, t.wanted)}）；目录中有合适指标的数字只占 ${pct(t.wanted, t.figures)}，即不出错时覆盖率的上限`,
  );
}
