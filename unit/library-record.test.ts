import { describe, expect, it } from "vitest";
import { BUNDLE_FORMAT, BundleError, bundleText, libraryText, parseBundle, parseLibrary, recordOf } from "@/lib/library/record";
import { reviewStatus } from "@/lib/report/derive";
import { restoredMessage } from "@/lib/library/snapshot";
import { seed, seedRaw, seedSource } from "./helpers";

const now = new Date("2026-12-01T03:20:00Z");

describe("library records", () => {
  it("marks a report 待核对 while any item still carries the draft mark, checked once none does", () => {
    const drafted = { ...seed.report, measures: seed.report.measures.map((m, i) => (i === 3 ? { ...m, draft: true } : m)) };
    expect(reviewStatus(drafted)).toBe("draft");
    const strip = <T extends { draft?: boolean }>(items: T[]) => items.map((i) => ({ ...i, draft: undefined }));
    const r = seed.report;
    const clean = {
      ...r,
      draft: undefined,
      sections: strip(r.sections),
      campaigns: strip(r.campaigns),
      measures: strip(r.measures),
      weaknesses: strip(r.weaknesses),
      plans: r.plans.map((p) => ({ ...p, draft: undefined, commitments: strip(p.commitments) })),
      gaps: strip(r.gaps),
    };
    expect(reviewStatus(clean)).toBe("checked");
    expect(reviewStatus({ ...clean, draft: true })).toBe("draft");
  });

  it("round-trips a publish bundle and checks it as the build does", () => {
    const text = bundleText(recordOf(seed.report, seedSource, now));
    expect(JSON.parse(text).format).toBe(BUNDLE_FORMAT);
    const back = parseBundle(text, "某镇.huibao.json");
    expect(back.report.id).toBe(seed.report.id);
    expect(back.report.measures).toHaveLength(seed.report.measures.length);
    expect(back.source).toBe(seedSource);
  });

  it("names the file and the field when a bundle is wrong", () => {
    expect(() => parseBundle("{", "坏.huibao.json")).toThrow(/坏\.huibao\.json：不是 JSON/);
    expect(() => parseBundle(JSON.stringify({ format: "x" }), "a.huibao.json")).toThrow(/a\.huibao\.json：字段 format/);
    expect(() => parseBundle(JSON.stringify({ format: BUNDLE_FORMAT, report: seedRaw() }), "b.huibao.json")).toThrow(/缺少字段 source/);
    const raw = seedRaw();
    raw.measures[0].quote = "原文里没有这一句";
    try {
      parseBundle(JSON.stringify({ format: BUNDLE_FORMAT, report: raw, source: seedSource }), "c.huibao.json");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(BundleError);
      expect((e as Error).message).toMatch(/c\.huibao\.json 中的 report 未通过校验/);
      expect((e as Error).message).toMatch(/measures\[0\]\.quote/);
    }
  });

  it("moves the whole library in one file and refuses a tampered report in it", () => {
    const records = [recordOf(seed.report, seedSource, now)];
    const back = parseLibrary(libraryText(records), "库.json");
    expect(back).toEqual(records);
    const tampered = JSON.parse(libraryText(records));
    tampered.records[0].source = "别的原文";
    expect(() => parseLibrary(JSON.stringify(tampered), "库.json")).toThrow(/库\.json 第 1 份 中的 report 未通过校验/);
  });

  it("carries the presenter's deck choices in the library file, dropping choices that do not parse", () => {
    const record = { ...recordOf(seed.report, seedSource, now), deck: { hidden: ["cover"], reporter: "张三" } };
    expect(parseLibrary(libraryText([record]), "库.json")[0].deck).toEqual({ hidden: ["cover"], reporter: "张三" });
    const odd = { ...record, deck: { hidden: "cover", colour: "red" } } as unknown as typeof record;
    expect(parseLibrary(libraryText([odd]), "库.json")[0]).not.toHaveProperty("deck");
  });

  it("says what a restore brought back", () => {
    const report = { ...seed.report, measures: seed.report.measures.map((m, i) => ({ ...m, draft: i >= 2 ? true : undefined })) };
    const snapshot = {
      text: seedSource,
      notes: [],
      id: "x",
      draft: { text: seedSource, extraction: {} as never, original: report, report },
    };
    const message = restoredMessage(snapshot, now.toISOString());
    expect(message).toContain(`已恢复上次未完成的核对：「${seed.report.title}」`);
    expect(message).toContain(`${report.measures.length} 条举措中已确认 2 条`);
    expect(restoredMessage({ text: "abc", notes: [], id: "x" }, now.toISOString())).toMatch(/^已恢复上次输入的原文（3 字）/);
  });
});
