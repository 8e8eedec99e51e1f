import { describe, expect, it } from "vitest";
import { ReportError, validateReport } from "@/lib/model/validate";
import { seedJson, seedSource as source } from "./helpers";

/** The seed's raw JSON, untyped so a test can break the schema on purpose. */
const seed = () => JSON.parse(seedJson);

function problems(raw: unknown): string[] {
  try {
    validateReport(raw, source, "report.json");
    return [];
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    return error.problems.map((p) => `${p.path}: ${p.message}`);
  }
}

const index = (raw: { measures: { id: string }[] }, id: string) => raw.measures.findIndex((m) => m.id === id);

describe("metric (the figure's identity across reports)", () => {
  it("the seed's metrics validate", () => {
    expect(problems(seed())).toEqual([]);
  });

  it("rejects a metric key used twice in one report, naming both measures", () => {
    const raw = seed();
    const boxes = index(raw, "s3-boxes");
    raw.measures[boxes].metric.key = "banners";
    expect(problems(raw)).toEqual([
      `measures[${boxes}].metric.key: 对比口径「banners」已用于举措「s3-banners」；同一汇报中每个口径只能对应一个数字`,
    ]);
  });

  it("rejects a metric on a measure without a number", () => {
    const raw = seed();
    const meeting = index(raw, "s1-meeting");
    raw.measures[meeting].metric = { key: "meetings", counts: "召开的专题会议" };
    expect(problems(raw)).toEqual([`measures[${meeting}].metric: 只有带数字（quantity）的举措才能标注对比口径 metric`]);
  });

  it("rejects a malformed metric: a key that is not ASCII, an empty definition, an unknown field", () => {
    const raw = seed();
    const banners = index(raw, "s3-banners");
    raw.measures[banners].metric = { key: "条幅", counts: "", unit: "条" };
    const found = problems(raw);
    expect(found.some((p) => p.startsWith(`measures[${banners}].metric.key: id 只能由小写字母`))).toBe(true);
    expect(found.some((p) => p.startsWith(`measures[${banners}].metric.counts:`))).toBe(true);
    expect(found).toContain(`measures[${banners}].metric: 未知字段：unit`);
  });
});
