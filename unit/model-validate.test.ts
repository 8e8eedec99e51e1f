import { describe, expect, test } from "vitest";
import { parseJson } from "@/lib/model/json";
import { ReportError, validateReport } from "@/lib/model/validate";
import { SEED_ID, seedRaw, seedSource } from "./helpers";

const FILE = `data/reports/${SEED_ID}/report.json`;

/** Runs validation and returns the error lines, which must each name the file. */
function problemsOf(raw: unknown, source = seedSource): string[] {
  try {
    validateReport(raw, source, FILE, SEED_ID);
  } catch (error) {
    expect(error).toBeInstanceOf(ReportError);
    const lines = (error as ReportError).message
      .split("\n")
      .slice(1)
      .map((l) => l.trim());
    for (const line of lines) expect(line.startsWith(`${FILE}: `)).toBe(true);
    return lines.map((l) => l.slice(FILE.length + 2));
  }
  throw new Error("expected validation to fail");
}

function broken(mutate: (r: ReturnType<typeof seedRaw>) => void) {
  const raw = seedRaw();
  mutate(raw);
  return raw;
}

describe("validateReport", () => {
  test("the seed dataset is valid against its source", () => {
    expect(validateReport(seedRaw(), seedSource, FILE, SEED_ID).measures.length).toBeGreaterThan(20);
  });

  test("malformed JSON names the file and the parser's position", () => {
    expect(() => parseJson('{ "id": "x", }', FILE)).toThrow(new RegExp(`${FILE}.*不是合法的 JSON`));
  });

  test("a wrong type names the JSON path", () => {
    const lines = problemsOf(broken((r) => ((r.measures[14].quantity as unknown as { value: unknown }).value = "186")));
    expect(lines).toContain("measures[14].quantity.value: 类型错误：应为 number，实际为 string");
  });

  test("a missing required field names the path", () => {
    const lines = problemsOf(broken((r) => delete (r as Partial<typeof r>).title));
    expect(lines).toContain("title: 缺少必填字段（应为 string）");
  });

  test("an unknown (misspelt) field is rejected, not silently dropped", () => {
    const lines = problemsOf(broken((r) => Object.assign(r.measures[0], { lable: "x" })));
    expect(lines).toContain("measures[0]: 未知字段：lable");
  });

  test("a repeated id names both places", () => {
    const lines = problemsOf(broken((r) => (r.measures[1].id = r.measures[0].id)));
    expect(lines).toContain("measures[1].id: id「s1-meeting」重复，已用于 measures[0]");
  });

  test("ids are unique across collections too", () => {
    const lines = problemsOf(broken((r) => (r.gaps[0].id = "w1")));
    expect(lines).toContain("gaps[0].id: id「w1」重复，已用于 weaknesses[0]");
  });

  test("a plan answering an unknown weakness is an error", () => {
    const lines = problemsOf(broken((r) => (r.plans[0].answers = ["w9"])));
    expect(lines).toContain("plans[0].answers[0]: 引用的不足「w9」不存在");
  });

  test("a measure in an unknown section is an error", () => {
    const lines = problemsOf(broken((r) => (r.measures[0].section = "s9")));
    expect(lines).toContain("measures[0].section: 引用的部分「s9」不存在");
  });

  test("a measure in an unknown category is an error", () => {
    const lines = problemsOf(broken((r) => (r.measures[0].category = "sports")));
    expect(lines).toContain("measures[0].category: 引用的类别「sports」不存在");
  });

  test("a quote not found verbatim in source.txt is an error", () => {
    // One character changed: 186 → 168.
    const lines = problemsOf(broken((r) => (r.measures[14].quote = "累计悬挂条幅168条")));
    expect(lines).toContain("measures[14].quote: 引文在 source.txt 中找不到：「累计悬挂条幅168条」");
  });

  test("a quote that occurs twice must say which occurrence", () => {
    const lines = problemsOf(broken((r) => (r.measures[14].quote = "主干道路沿线")));
    expect(lines[0]).toMatch(/^measures\[14\]\.quote: 引文在 source\.txt 中出现 2 次/);
  });

  test("the figure's text must be inside its quote", () => {
    const lines = problemsOf(broken((r) => (r.measures[14].quantity!.text = "188条")));
    expect(lines).toContain("measures[14].quantity.text: 数字写法「188条」不在引文「累计悬挂条幅186条」中");
  });

  test("a missing figure cannot carry a number", () => {
    const lines = problemsOf(broken((r) => (r.measures[21].quantity!.value = 0)));
    expect(lines).toContain("measures[21].quantity.value: qualifier 为 missing（原文留空）时 value 必须为 null，而不是 0");
  });

  test("an exact figure must have a number", () => {
    const lines = problemsOf(broken((r) => (r.measures[14].quantity!.value = null)));
    expect(lines).toContain("measures[14].quantity.value: qualifier 为 exact 时必须给出数值；原文留空请用 missing");
  });

  test("a negative count is rejected", () => {
    const lines = problemsOf(broken((r) => (r.measures[18].quantity!.value = -36)));
    expect(lines).toContain("measures[18].quantity.value: 数值不能为负");
  });

  test("the number of plans must match what the source declares", () => {
    const lines = problemsOf(broken((r) => r.plans.pop()));
    expect(lines).toContain("plansLead.declaredCount: 原文说有 4 项计划，数据中有 3 项");
  });

  test("the report id must match its folder, so URLs cannot be steered", () => {
    const lines = problemsOf(broken((r) => (r.id = "other-report")));
    expect(lines).toContain(`id: id「other-report」必须与所在文件夹名「${SEED_ID}」相同`);
  });

  test("an id with ../ or spaces is rejected by the schema", () => {
    const lines = problemsOf(broken((r) => (r.measures[0].id = "../x y")));
    expect(lines[0]).toMatch(/^measures\[0\]\.id: id 只能由小写字母/);
  });

  test("every problem is reported at once", () => {
    const lines = problemsOf(
      broken((r) => {
        r.measures[0].quote = "不存在的句子";
        r.plans[1].answers = ["nope"];
      }),
    );
    expect(lines).toHaveLength(2);
  });
});

describe("hostile input", () => {
  test("a 10 MB source is refused with a clear message, quickly", () => {
    const huge = seedSource + "某".repeat(10_000_000);
    expect(problemsOf(seedRaw(), huge)).toEqual(["(根): source.txt 过长（10.0 百万字），上限 2 百万字：请确认是一份汇报的正文"]);
  });

  test("HTML and <script> in titles are data, kept verbatim (React renders them as text)", () => {
    const raw = seedRaw();
    raw.title = '<script>alert("x")</script>某某镇';
    raw.organization.quote = "某某镇";
    raw.organization.occurrence = 1;
    expect(validateReport(raw, seedSource, FILE, SEED_ID).title).toBe('<script>alert("x")</script>某某镇');
  });
});
