// `npx tsx --conditions=react-server scripts/indicator-dump.ts > round.jsonl`: every drafted figure of the checkout's
// writing set (fixtures/indicators/<name>.json) as one JSON line — its clause, the key suggested, the key the person
// chose — for scripts/indicator-features.ts. It needs only the extractor, so a copy runs at any earlier commit (where a
// round was keyed and first scored) and gives that round as the rule of then saw it. INDICATOR_SKIP leaves fixtures out.
import { readdirSync, readFileSync } from "node:fs";
import { extractReport } from "../lib/extract";

export type Figure = {
  fixture: string;
  title: string;
  figure: string;
  unit: string;
  quote: string;
  got: string | null;
  want: string | null;
};

// INDICATOR_SKIP: a round being keyed, never to be read before it is scored.
const skip = process.env.INDICATOR_SKIP ? new RegExp(process.env.INDICATOR_SKIP) : undefined;

export function checkoutFigures(): Figure[] {
  const figures: Figure[] = [];
  for (const file of readdirSync("fixtures/indicators").filter((f) => f.endsWith(".json") && !skip?.test(f))) {
    const fixture = file.slice(0, -5);
    const expected = (JSON.parse(readFileSync(`fixtures/indicators/${file}`, "utf8")) as { figures: Record<string, string | null> })
      .figures;
    const text = readFileSync(`fixtures/extract/${fixture}.txt`, "utf8");
    const out = extractReport(text, { id: "features" });
    if (!out.ok) continue;
    const seen = new Map<string, number>();
    for (const m of out.extraction.report.measures) {
      if (!m.quantity) continue;
      const n = (seen.get(m.quantity.text) ?? 0) + 1;
      seen.set(m.quantity.text, n);
      const want = expected[n === 1 ? m.quantity.text : `${m.quantity.text}#${n}`] ?? null;
      // The rule's suggestion whether filled in or offered as a hint: which of them to fill in is what the gate decides.
      const hint = out.extraction.figureMarks.find((f) => f.measureId === m.id)?.hint;
      const got = m.metric?.suggested ? m.metric.key : (hint ?? null);
      figures.push({
        fixture,
        title: text.trim().split("\n")[0],
        figure: m.quantity.text,
        unit: m.quantity.unit,
        quote: m.quote,
        got,
        want,
      });
    }
  }
  return figures;
}

if (process.argv[1]?.endsWith("indicator-dump.ts"))
  process.stdout.write(
    checkoutFigures()
      .map((f) => `${JSON.stringify(f)}\n`)
      .join(""),
  );
