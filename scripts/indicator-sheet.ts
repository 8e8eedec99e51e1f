/**
 * An annotation sheet for the indicator bench: every figure the extractor drafts from a fixture, as
 * the bench names it ("3个", "3个#2" for the second), with its sentence and the catalogue entries its
 * unit fits, and a skeleton fixtures/indicators/<name>.json with every key null for a person to fill.
 * It never shows the suggestion rule's choice, so an annotator can choose before seeing it.
 *
 *   npx tsx scripts/indicator-sheet.ts <fixture name>      (fixtures/extract/<name>.txt)
 *
 * Prints the sheet; writes the skeleton only if fixtures/indicators/<name>.json does not exist yet.
 */
import fs from "node:fs";
import { extractReport } from "../lib/extract";
import { figureLabels } from "../lib/extract/evaluate";
import { INDICATORS } from "../lib/extract/indicators";
import { indicatorsForUnit } from "../lib/model/catalogue";

const name = process.argv[2];
if (!name || !fs.existsSync(`fixtures/extract/${name}.txt`)) {
  console.error("用法：npx tsx scripts/indicator-sheet.ts <样本名>（fixtures/extract/<样本名>.txt）");
  process.exit(1);
}
const out = extractReport(fs.readFileSync(`fixtures/extract/${name}.txt`, "utf8"), { id: "sheet" });
if (!out.ok) throw new Error(`${name}: ${out.error}`);
const figures: Record<string, null> = {};
const units = new Set<string>();
for (const [m, label] of figureLabels(out.extraction.report.measures)) {
  figures[label] = null;
  units.add(m.quantity!.unit);
  console.log(`「${label}」（${m.quantity!.unit}）  ${m.quote}`);
}
// The entries each unit fits, once per unit (a list per figure would be long and the same).
for (const unit of units) {
  const fits = indicatorsForUnit(INDICATORS, unit);
  console.log(`\n单位「${unit}」可选的指标（${fits.length} 个）：`);
  for (const i of fits) console.log(`    ${i.key}：${i.name}（${i.group}；${i.counts}；${i.period === "cumulative" ? "累计" : "本期"}）`);
}
const file = `fixtures/indicators/${name}.json`;
if (!fs.existsSync(file)) {
  const about = `A person's choice of catalogue indicator for each figure drafted from fixtures/extract/${name}.txt (null: none fits; "#2" marks a text's second drafted figure), made from the text and the catalogue before the suggestions were ever run on this fixture.`;
  fs.writeFileSync(file, `${JSON.stringify({ about, figures }, null, 2)}\n`);
  console.log(`\n已写出 ${file}（全部为 null，待人工填写）`);
}
