// Precedents (lib/extract/precedents.ts): the towns answering one notice, as a county receives them.
// For each set of towns on one notice (NOTICE_SETS), every town is drafted again with the reports of
// 0, 1, … n−1 other towns already checked (their figures keyed as the person keyed them, a notice's
// own indicators included), over every choice of which towns came first, and its suggestions are
// scored against the person's choice: the catalogue entry (fixtures/indicators/<name>.json "figures")
// or the notice's own indicator ("notice": the name a county clerk would give that column).
// A town whose draft names no notice follows the reports of its topic, as in /import.
import { readdirSync, readFileSync } from "node:fs";
import { extractReport } from "../lib/extract";
import { figureLabels } from "../lib/extract/evaluate";
import { applyIndicator, localKey } from "../lib/extract/indicator-review";
import { confirmMeasure } from "../lib/extract/review";
import { precedentsOf, type Precedent } from "../lib/extract/precedents";
import type { Report } from "../lib/model/schema";
import { NOTICE_SETS } from "./rounds";

type Keys = { figures: Record<string, string | null>; notice?: Record<string, string> };
const pct = (n: number, d: number) => (d === 0 ? "—" : `${((100 * n) / d).toFixed(1)}%`);

/** What the person chose for a figure label: a catalogue key, the notice's own key (from its name), or null. */
function truthOf(keys: Keys) {
  return (label: string): string | null => keys.figures[label] ?? (keys.notice?.[label] ? localKey(keys.notice[label]) : null);
}

/**
 * Whether the draft's key is the person's choice. One town's two figures of one notice column (脱贫不稳定户88户293人)
 * stand under two keys in its report, each key being a report's once (applyIndicator names the second local-…-2): a
 * draft offered either has the column the person chose.
 */
const sameColumn = (got: string | undefined, want: string | null) =>
  got === want || (!!got && !!want?.startsWith("local-") && got.startsWith(`${want}-`));

/** The town's report as its reviewer left it: every figure checked and keyed as the person keyed it. */
function checked(name: string, text: string, keys: Keys): Report {
  const out = extractReport(text, { id: "checked" });
  if (!out.ok) throw new Error(`${name}: ${out.error}`);
  let report = out.extraction.report;
  for (const [m, label] of figureLabels(report.measures)) {
    const key = keys.figures[label];
    const own = keys.notice?.[label];
    if (key) report = applyIndicator(report, m.id, { kind: "set", key });
    else if (own) report = applyIndicator(report, m.id, { kind: "add", name: own, group: "profile" });
    else report = applyIndicator(report, m.id, { kind: "clear" });
    report = confirmMeasure(report, m.id, true);
  }
  return report;
}

type Tally = {
  drafts: number;
  figures: number;
  wanted: number;
  filled: number;
  wrong: number;
  hinted: number;
  hintRight: number;
  leftOut: number;
  leftOutWrong: number;
};
const tally = (): Tally => ({
  drafts: 0,
  figures: 0,
  wanted: 0,
  filled: 0,
  wrong: 0,
  hinted: 0,
  hintRight: 0,
  leftOut: 0,
  leftOutWrong: 0,
});

function score(name: string, text: string, keys: Keys, precedents: Precedent[], t: Tally) {
  const out = extractReport(text, { id: "town", precedents });
  if (!out.ok) throw new Error(`${name}: ${out.error}`);
  const truth = truthOf(keys);
  t.drafts++;
  for (const [m, label] of figureLabels(out.extraction.report.measures)) {
    const want = truth(label);
    const mark = out.extraction.figureMarks.find((f) => f.measureId === m.id);
    const hint = mark?.hint;
    t.figures++;
    if (want) t.wanted++;
    if (m.metric) {
      t.filled++;
      if (!sameColumn(m.metric.key, want)) t.wrong++;
    } else if (hint) {
      t.hinted++;
      if (sameColumn(hint, want)) t.hintRight++;
    } else if (mark?.leaveOut) {
      t.leftOut++;
      if (want) t.leftOutWrong++;
    }
  }
}

/** Every subset of `items` of each size. */
const subsets = <T>(items: T[]): T[][] => items.reduce<T[][]>((all, x) => [...all, ...all.map((s) => [...s, x])], [[]]);

const fixtures = readdirSync("fixtures/indicators").map((f) => f.replace(/\.json$/, ""));
for (const set of NOTICE_SETS) {
  const towns = fixtures
    .filter((n) => n.startsWith(set.prefix))
    .sort()
    .map((name) => {
      const text = readFileSync(`fixtures/extract/${name}.txt`, "utf8");
      const keys = JSON.parse(readFileSync(`fixtures/indicators/${name}.json`, "utf8")) as Keys;
      return { name, text, keys, precedents: precedentsOf(checked(name, text, keys)) };
    });
  if (towns.length < 2) {
    console.log(`${set.name}（${set.prefix}*）：只有 ${towns.length} 份已标注的汇报，无从比较`);
    continue;
  }
  const bySize = towns.map(tally);
  for (const town of towns) {
    for (const earlier of subsets(towns.filter((t) => t !== town))) {
      score(
        town.name,
        town.text,
        town.keys,
        earlier.flatMap((t) => t.precedents),
        bySize[earlier.length],
      );
    }
  }
  const named = towns.filter((t) => t.precedents.some((p) => p.notice)).length;
  console.log(`\n${set.name}（${set.prefix}*，${towns.length} 份；读出通知名的 ${named} 份，其余按题材用先例）`);
  console.log(
    "已核对的其他乡镇 | 起草次数 | 数字 | 有指标(上限) | 填入 | 覆盖率 | 填错 | 改动率 | 提示 | 提示对 | 填入+提示 覆盖/错 | 建议不计入/错 | 填入+不计入 覆盖/须改",
  );
  for (const [size, t] of bySize.entries()) {
    if (!t.drafts) continue;
    const both = t.filled + t.hinted;
    const bothWrong = t.wrong + (t.hinted - t.hintRight);
    console.log(
      [
        `${size} 个`,
        t.drafts,
        t.figures,
        pct(t.wanted, t.figures),
        t.filled,
        pct(t.filled, t.figures),
        t.wrong,
        pct(t.wrong, t.filled),
        t.hinted,
        pct(t.hintRight, t.hinted),
        `${pct(both, t.figures)} / ${pct(bothWrong, both)}`,
        `${t.leftOut} / ${t.leftOutWrong}`,
        `${pct(t.filled + t.leftOut, t.figures)} / ${pct(t.wrong + t.leftOutWrong, t.filled + t.leftOut)}`,
      ].join(" | "),
    );
  }
}
