// Indicator suggestions (lib/extract/indicators.ts) on fixtures the catalogue was not written
// against: coverage (drafted figures that get a suggestion; target ≥ 60%) and change rate
// (suggestions a person would change or clear, against fixtures/indicators/<name>.json; target ≤ 5%).
import { readdirSync, readFileSync } from "node:fs";
import { extractReport } from "../lib/extract";

const names = readdirSync("fixtures/indicators")
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.slice(0, -5))
  .sort();
const pct = (n: number, d: number) => (d === 0 ? "—" : `${((100 * n) / d).toFixed(1)}%`);
let figures = 0;
let suggested = 0;
let changed = 0;
let wanted = 0;
let found = 0;
console.log(`${"fixture".padEnd(28)}  数字  有建议  覆盖率  须改  改动率  应有指标  建议对`);
for (const name of names) {
  const expected = (JSON.parse(readFileSync(`fixtures/indicators/${name}.json`, "utf8")) as { figures: Record<string, string | null> })
    .figures;
  const out = extractReport(readFileSync(`fixtures/extract/${name}.txt`, "utf8"), { id: "bench" });
  if (!out.ok) throw new Error(`${name}: ${out.error}`);
  const drafted = out.extraction.report.measures.filter((m) => m.quantity);
  const withKey = drafted.filter((m) => m.metric?.suggested);
  const wrong = withKey.filter((m) => expected[m.quantity!.text] !== m.metric!.key);
  const should = drafted.filter((m) => expected[m.quantity!.text]);
  const right = should.filter((m) => m.metric?.key === expected[m.quantity!.text]);
  for (const m of wrong)
    console.log(`    ✗ 「${m.quantity!.text}」 建议 ${m.metric!.key} · 应为 ${expected[m.quantity!.text] ?? "（无）"}`);
  console.log(
    `${name.padEnd(28)}  ${String(drafted.length).padStart(4)}  ${String(withKey.length).padStart(6)}  ${pct(withKey.length, drafted.length).padStart(6)}  ${String(wrong.length).padStart(4)}  ${pct(wrong.length, withKey.length).padStart(6)}  ${String(should.length).padStart(8)}  ${String(right.length).padStart(6)}`,
  );
  figures += drafted.length;
  suggested += withKey.length;
  changed += wrong.length;
  wanted += should.length;
  found += right.length;
}
console.log(
  `\n合计 ${names.length} 份：数字 ${figures}，有建议 ${suggested}（覆盖率 ${pct(suggested, figures)}，目标 ≥ 60%）；` +
    `须改 ${changed}（改动率 ${pct(changed, suggested)}，目标 ≤ 5%）；人工认为应有指标的 ${wanted} 个中建议对 ${found} 个`,
);
