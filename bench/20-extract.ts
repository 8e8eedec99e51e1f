// Quality and speed of the draft extractor (lib/extract).
// Quality: precision and recall of figures over the hand-annotated fixtures in fixtures/extract/
// (a figure is right when its value, unit and qualifier all match the annotation), plus traps kept
// out, gaps, cadences and plan links. Speed: one extraction of a 1 MB report, on one core.
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { extractReport } from "../lib/extract";
import { type Expected, type Score, scoreExtraction, sumScores } from "../lib/extract/evaluate";
import { median } from "./lib";

const dir = "fixtures/extract";
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort();
const pct = (x: number) => x.toFixed(3);
const pad = (s: string | number, n: number) => String(s).padStart(n);

const texts: string[] = [];
const scores: Score[] = [];
const holdout: Score[] = [];
console.log(`${"fixture".padEnd(26)}  标注  抽取  正确  precision  recall  累计对  trap避开  缺失  频次  计划对应`);
for (const name of names) {
  const text = readFileSync(join(dir, `${name}.txt`), "utf8");
  texts.push(text);
  const exp = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), "utf8")) as Expected;
  const out = extractReport(text, { id: "bench" });
  if (!out.ok) throw new Error(`${name}: ${out.error}`);
  const s = scoreExtraction(text, out.extraction, exp);
  const f = s.figures;
  console.log(
    `${name.padEnd(26)}  ${pad(f.expected, 4)}  ${pad(f.extracted, 4)}  ${pad(f.correct, 4)}  ${pad(pct(f.precision), 9)}  ${pad(pct(f.recall), 6)}  ${pad(`${f.cumulativeRight}/${f.correct}`, 6)}  ${pad(`${s.traps.avoided}/${s.traps.expected}`, 8)}  ${pad(`${s.gaps.found}/${s.gaps.expected}`, 4)}  ${pad(`${s.cadences.found}/${s.cadences.expected}`, 4)}  ${pad(`${s.plans.linksRight}/${s.plans.expected}`, 8)}`,
  );
  for (const m of f.misses) console.log(`    ✗ 「${m.text}」 标注 ${m.expected ?? "（非数字）"} · 抽取 ${m.found ?? "（未找到）"}`);
  if (s.traps.leaked.length) console.log(`    ✗ 误作数字的 trap：${s.traps.leaked.join("、")}`);
  scores.push(s);
  if (name.startsWith("holdout-")) holdout.push(s);
}
const blind = sumScores(holdout).figures;
const t = sumScores(scores);
console.log(
  `\n其中 holdout-*（规则定稿后才写的 ${holdout.length} 份）：标注 ${blind.expected}、抽取 ${blind.extracted}、正确 ${blind.correct}；precision ${pct(blind.precision)}  recall ${pct(blind.recall)}`,
);
console.log(
  `\n合计 ${names.length} 份：数字 标注 ${t.figures.expected}、抽取 ${t.figures.extracted}、正确 ${t.figures.correct}（数值、单位、限定词全对）\n` +
    `  precision ${pct(t.figures.precision)}  recall ${pct(t.figures.recall)}（目标各 ≥ 0.95）\n` +
    `  累计标记正确 ${t.figures.cumulativeRight}/${t.figures.correct}；trap 未误作数字 ${t.traps.avoided}/${t.traps.expected}；` +
    `缺失 ${t.gaps.found}/${t.gaps.expected}；频次 ${t.cadences.found}/${t.cadences.expected}；计划↔不足 ${t.plans.linksRight}/${t.plans.expected}`,
);

// Speed: ~1 MB of report text, built from the fixtures. "varied" shifts every digit per copy so
// quotes rarely repeat (a real long report); "repeated" keeps identical copies (every quote repeats).
const MB = 1024 * 1024;
const utf8 = (s: string) => Buffer.byteLength(s, "utf8");
function build(varied: boolean): string {
  const parts: string[] = [];
  let bytes = 0;
  for (let k = 0; bytes < MB; k++) {
    const t = texts[k % texts.length];
    const copy = varied ? t.replace(/\d/g, (d) => String((Number(d) + Math.floor(k / texts.length)) % 10)) : t;
    parts.push(copy);
    bytes += utf8(copy) + 1;
  }
  return parts.join("\n");
}
for (const varied of [true, false]) {
  const text = build(varied);
  extractReport(text); // warm up the JIT
  const wall: number[] = [];
  const cpu: number[] = [];
  let figures = 0;
  for (let r = 0; r < 7; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const out = extractReport(text);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    if (out.ok) figures = out.extraction.figureMarks.length;
  }
  console.log(
    `\n1 MB 抽取（${varied ? "varied：数字逐份不同" : "repeated：逐份相同"}）：${(utf8(text) / MB).toFixed(2)} MB、${text.length.toLocaleString("zh-CN")} 字、${figures} 个数字\n` +
      `  墙钟 中位 ${median(wall).toFixed(0)} ms（最快 ${Math.min(...wall).toFixed(0)}，最慢 ${Math.max(...wall).toFixed(0)}）；` +
      `CPU 中位 ${median(cpu).toFixed(0)} ms（含 GC 线程）；目标 < 1000 ms，单核。机器负载：${os.loadavg()[0].toFixed(1)}（${os.cpus().length} 核）`,
  );
}
