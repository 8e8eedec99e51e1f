/** The extractor's drafts (lib/extract/index.ts: extractReport) of the hand-annotated fixtures and of the seed. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractReport } from "@/lib/extract";
import { type Expected, locate, scoreExtraction, sumScores } from "@/lib/extract/evaluate";
import type { Report } from "@/lib/model/schema";
import { validateReport } from "@/lib/model/validate";

const dir = "fixtures/extract";
const names = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort();
const load = (name: string) => ({
  text: fs.readFileSync(path.join(dir, `${name}.txt`), "utf8"),
  expected: JSON.parse(fs.readFileSync(path.join(dir, `${name}.expected.json`), "utf8")) as Expected,
});
const draftOf = (text: string, id = "fixture") => {
  const out = extractReport(text, { id });
  if (!out.ok) throw new Error(out.error);
  return out.extraction;
};

describe("hand-annotated fixtures", () => {
  it("has at least five reports of our own besides the seed, each annotated against its own text", () => {
    expect(names.filter((n) => !n.startsWith("mouzhen")).length).toBeGreaterThanOrEqual(5);
    for (const name of names) {
      const { text, expected } = load(name);
      for (const item of [...expected.figures, ...expected.traps, ...expected.gaps, ...expected.cadences]) {
        expect(() => locate(text, item), `${name}: ${item.text}`).not.toThrow();
      }
    }
  });

  it.each(names)("%s: the draft validates, and its head and structure match the annotation", (name) => {
    const { text, expected } = load(name);
    const x = draftOf(text);
    expect(() => validateReport(JSON.parse(JSON.stringify(x.report)), text, `${name}/report.json`)).not.toThrow();
    expect(x.report.title).toBe(expected.title);
    expect(x.report.organization.name).toBe(expected.organization);
    expect(x.report.period.year ?? null).toBe(expected.year);
    if (expected.requestedBy) expect(x.report.requestedBy).toMatchObject(expected.requestedBy);
    const s = scoreExtraction(text, x, expected);
    expect(s.sections).toBe(true);
    expect(s.weaknesses.found).toBe(expected.weaknesses);
    expect(s.plans.found).toBe(expected.plans.length);
    expect(s.gaps.found).toBe(expected.gaps.length);
    expect(s.cadences.found).toBe(expected.cadences.length);
  });

  it("finds figures with precision and recall of at least 0.95 overall (value, unit and qualifier all right)", () => {
    const scores = names.map((name) => {
      const { text, expected } = load(name);
      const s = scoreExtraction(text, draftOf(text), expected);
      expect(s.figures.precision, `${name} precision`).toBeGreaterThanOrEqual(0.9);
      expect(s.figures.recall, `${name} recall`).toBeGreaterThanOrEqual(0.9);
      return s;
    });
    const total = sumScores(scores);
    expect(total.figures.precision).toBeGreaterThanOrEqual(0.95);
    expect(total.figures.recall).toBeGreaterThanOrEqual(0.95);
    expect(total.traps.avoided / total.traps.expected).toBeGreaterThanOrEqual(0.95);
    expect(total.plans.linksRight / total.plans.expected).toBeGreaterThanOrEqual(0.9);
  });
});

describe("the seed report is the acceptance test", () => {
  const folder = "data/reports/mouzhen-2020-ideology";
  const source = fs.readFileSync(path.join(folder, "source.txt"), "utf8");
  const seed = JSON.parse(fs.readFileSync(path.join(folder, "report.json"), "utf8")) as Report;
  const x = draftOf(source, seed.id);
  const draft = x.report;

  it("drafts a report that validates against the seed's source", () => {
    expect(() => validateReport(JSON.parse(JSON.stringify(draft)), source, "report.json", seed.id)).not.toThrow();
  });

  it("finds every figure of the hand-made dataset with its value, unit, qualifier and cumulative flag", () => {
    const quantities = seed.measures.filter((m) => m.quantity).map((m) => m.quantity!);
    // One figure is the hand-checker's reading of words, not a numeral the text prints.
    const inferred = quantities.filter((q) => q.note?.includes("原文未写数字"));
    expect(inferred.map((q) => q.text)).toEqual(["某某镇文体活动室"]);
    const drafted = draft.measures.filter((m) => m.quantity).map((m) => m.quantity!);
    for (const q of quantities.filter((q) => !inferred.includes(q))) {
      const found = drafted.find((d) => d.text === q.text);
      expect(found, q.text).toBeDefined();
      expect(
        { value: found!.value, unit: found!.unit, qualifier: found!.qualifier, cumulative: found!.cumulative, max: found!.max },
        q.text,
      ).toEqual({
        value: q.value,
        unit: q.unit,
        qualifier: q.qualifier,
        cumulative: q.cumulative,
        max: q.max,
      });
    }
    expect(drafted).toHaveLength(quantities.length - inferred.length);
  });

  it("reads 每月12号、28号 as a cadence, and 月日, 在个村 and 在等 as gaps", () => {
    const cadence = seed.measures.find((m) => m.cadence)!.cadence;
    expect(draft.measures.filter((m) => m.cadence).map((m) => m.cadence)).toEqual([cadence]);
    const key = (g: Report["gaps"][number]) => [g.kind, g.blankBefore, g.quote];
    expect(draft.gaps.map(key).sort()).toEqual(seed.gaps.map(key).sort());
    expect(x.figureMarks.map((f) => source.slice(f.start, f.end))).not.toContain("12号");
  });

  it("drafts the seed's sections, campaigns, documents, weaknesses, plans and their links", () => {
    const pick = <T, K extends keyof T>(items: T[], keys: K[]) => items.map((i) => Object.fromEntries(keys.map((k) => [k, i[k]])));
    expect(pick(draft.sections, ["ordinal", "heading", "quote"])).toEqual(pick(seed.sections, ["ordinal", "heading", "quote"]));
    expect(pick(draft.campaigns, ["ordinal", "title", "quote"])).toEqual(pick(seed.campaigns, ["ordinal", "title", "quote"]));
    const docs = (r: Report) => r.measures.filter((m) => m.document).map((m) => [m.document, m.quote]);
    expect(docs(draft)).toEqual(docs(seed));
    expect(pick(draft.weaknesses, ["ordinal", "title", "detail", "quote"])).toEqual(
      pick(seed.weaknesses, ["ordinal", "title", "detail", "quote"]),
    );
    const plans = (r: Report) =>
      r.plans.map((p) => ({
        ordinal: p.ordinal,
        title: p.title,
        quote: p.quote,
        answers: p.answers.map((a) => r.weaknesses.findIndex((w) => w.id === a)),
      }));
    expect(plans(draft)).toEqual(plans(seed));
    expect(draft.plansLead).toEqual(seed.plansLead);
    expect(draft.period.plansFor).toEqual(seed.period.plansFor);
    expect(draft.requestedBy).toEqual(seed.requestedBy);
    const first = (r: Report) => r.plans[0].commitments.map((c) => ({ quote: c.quote, cadence: c.cadence, owner: c.owner }));
    expect(first(draft)).toEqual(first(seed));
  });
});
