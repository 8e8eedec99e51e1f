import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { extractReport } from "@/lib/extract";
import {
  confirmAll,
  confirmMeasure,
  finalReport,
  patchQuantity,
  removeMeasure,
  restoreMeasure,
  setAnswers,
  setCategory,
} from "@/lib/extract/review";
import { validateReport } from "@/lib/model/validate";

const source = fs.readFileSync("data/reports/mouzhen-2020-ideology/source.txt", "utf8");
const out = extractReport(source, { id: "seed-draft" });
if (!out.ok) throw new Error(out.error);
const x = out.extraction;
const draft = x.report;
const idOf = (text: string) => draft.measures.find((m) => m.quantity?.text === text)!.id;
const valid = (r: typeof draft) =>
  validateReport(JSON.parse(JSON.stringify(finalReport(r, "seed-draft"))), source, "report.json", "seed-draft");

describe("reviewing a draft", () => {
  it("keeps a quantity coherent when its qualifier changes", () => {
    const id = idOf("186条");
    const missing = patchQuantity(draft, id, { qualifier: "missing" });
    expect(missing.measures.find((m) => m.id === id)!.quantity).toMatchObject({ value: null, qualifier: "missing" });
    const back = patchQuantity(missing, id, { qualifier: "exact" });
    expect(back.measures.find((m) => m.id === id)!.quantity).toMatchObject({ value: null, qualifier: "exact" });
    expect(() => valid(back)).toThrow(/qualifier 为 exact 时必须给出数值/);
    const range = patchQuantity(patchQuantity(draft, id, { qualifier: "range", max: 200 }), id, { qualifier: "at_least" });
    expect(range.measures.find((m) => m.id === id)!.quantity).not.toHaveProperty("max");
    expect(draft.measures.find((m) => m.id === id)!.quantity!.qualifier).toBe("exact");
  });

  it("lists exactly the categories in use after a change", () => {
    const id = idOf("五大方面");
    const next = setCategory(draft, id, "responsibility");
    expect(next.categories.map((c) => c.id)).toContain("responsibility");
    expect(next.categories.map((c) => c.id)).not.toContain("deployment");
    expect(() => valid(next)).not.toThrow();
  });

  it("removes a false figure with the blank it stood for, and restores both", () => {
    const id = idOf("个村");
    const removed = removeMeasure(draft, id);
    expect(removed.measures.some((m) => m.id === id)).toBe(false);
    expect(removed.gaps.some((g) => g.blankBefore === "个村")).toBe(false);
    expect(() => valid(removed)).not.toThrow();
    const restored = restoreMeasure(removed, draft, id);
    expect(restored.measures.map((m) => m.id)).toEqual(draft.measures.map((m) => m.id));
    expect(restored.gaps).toEqual(draft.gaps);
  });

  it("unlinks, rather than drops, a gap whose figure is removed when the gap is not that figure's blank", () => {
    const placeGap = draft.gaps.find((g) => g.kind === "place")!;
    const next = removeMeasure(draft, placeGap.measure!);
    expect(next.gaps.find((g) => g.id === placeGap.id)).not.toHaveProperty("measure");
    expect(() => valid(next)).not.toThrow();
  });

  it("confirms one item or everything, and the result still validates", () => {
    const one = confirmMeasure(draft, idOf("36个"), true);
    expect(one.measures.find((m) => m.quantity?.text === "36个")).not.toHaveProperty("draft");
    expect(confirmMeasure(one, idOf("36个"), false).measures.find((m) => m.quantity?.text === "36个")!.draft).toBe(true);
    const all = confirmAll(setAnswers(draft, "p1", []));
    expect(JSON.stringify(all)).not.toContain('"draft"');
    expect(all.plans[0].answers).toEqual([]);
    expect(() => valid(all)).not.toThrow();
  });
});
