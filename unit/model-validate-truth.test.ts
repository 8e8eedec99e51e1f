// Issue 11: every figure equals its own text, and no input can hurt the site. One broken case per
// class, each asserting the Chinese message names the file and the field.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseJson } from "@/lib/model/json";
import { MAX_ITEMS, MAX_TEXT_CHARS } from "@/lib/model/limits";
import type { Report } from "@/lib/model/schema";
import { ReportError, reportWarnings, validateReport } from "@/lib/model/validate";
import { loadReportFolder, loadReportsDir } from "@/lib/server/reports";
import { SEED_ID, seedDir, seedJson, seedRaw, seedSource } from "./helpers";

const FILE = `data/reports/${SEED_ID}/report.json`;
const BANNERS = 14;
const SLOGANS = 17;

/** The error lines of one validation, each naming the file, without the file. */
function problemsOf(raw: unknown, source = seedSource): string[] {
  try {
    validateReport(raw, source, FILE, SEED_ID);
  } catch (error) {
    expect(error).toBeInstanceOf(ReportError);
    return (error as ReportError).problems.map((p) => {
      expect((error as ReportError).message).toContain(`${FILE}: ${p.path || "(根)"}: ${p.message}`);
      return `${p.path}: ${p.message}`;
    });
  }
  throw new Error("expected validation to fail");
}

function broken(mutate: (r: Report & Record<string, unknown>) => void): unknown {
  const raw = seedRaw() as Report & Record<string, unknown>;
  mutate(raw);
  return raw;
}
const quantity = (r: Report, i: number) => r.measures[i].quantity as unknown as Record<string, unknown>;

describe("a figure equals its own text", () => {
  test("the seed passes, with no warning", () => {
    const report = validateReport(seedRaw(), seedSource, FILE, SEED_ID);
    expect(reportWarnings(report)).toEqual([]);
  });

  test.each([
    [
      "value 168 where the text says 186条",
      (r: Report) => (quantity(r, BANNERS).value = 168),
      "measures[14].quantity.value: 原文「186条」为 186，数据为 168",
    ],
    [
      "unit 个 where the text says 条",
      (r: Report) => (quantity(r, BANNERS).unit = "个"),
      "measures[14].quantity.unit: 原文「186条」的单位是「条」，数据为「个」：单位不同时请在 quantity.note 中说明",
    ],
    [
      "exact where the text says 80余条",
      (r: Report) => (quantity(r, SLOGANS).qualifier = "exact"),
      "measures[17].quantity.qualifier: 原文「80余条」是下限（余/多/以上/超过），数据却为确数（exact）",
    ],
    [
      "missing where the text has a number",
      (r: Report) => Object.assign(quantity(r, BANNERS), { qualifier: "missing", value: null }),
      "measures[14].quantity.qualifier: 原文「186条」写有数字 186，数据却标为原文留空（missing）",
    ],
    [
      "a text that is the tail of a longer number",
      (r: Report) => (quantity(r, BANNERS).text = "86条"),
      "measures[14].quantity.text: 原文「86条」在引文中只是更长数字的一部分：请写出完整的数字",
    ],
  ])("%s is an error", (_, mutate, message) => {
    expect(problemsOf(broken(mutate))).toContain(message);
  });

  test("a range's upper bound is read too", () => {
    const source = "共开展宣讲3至5场。";
    const raw = broken((r) => {
      r.measures = [
        {
          ...r.measures[BANNERS],
          quote: source,
          quantity: { value: 3, max: 6, unit: "场", qualifier: "range", cumulative: true, text: "3至5场" },
        },
      ];
      r.gaps = [];
    });
    expect(problemsOf(raw, `${seedSource}\n${source}`)).toContain("measures[0].quantity.max: 原文「3至5场」的上限为 5，数据为 6");
  });

  test("a 累计 the data denies is a warning, not an error", () => {
    const report = validateReport(
      broken((r) => (quantity(r, BANNERS).cumulative = false)),
      seedSource,
      FILE,
      SEED_ID,
    );
    expect(reportWarnings(report)).toEqual([
      { path: "measures[14].quantity.cumulative", message: "原文「累计悬挂条幅186条」说的是累计数，cumulative 却为 false" },
    ]);
  });
});

describe("strict everywhere", () => {
  test.each([
    [
      "plansLead.declaredcount",
      (r: Report) => ((r.plansLead as Record<string, unknown>).declaredcount = 4),
      "plansLead: 未知字段：declaredcount",
    ],
    ["quantity.vaule", (r: Report) => (quantity(r, BANNERS).vaule = 186), "measures[14].quantity: 未知字段：vaule"],
    ["requestedBy.issuers", (r: Report) => ((r.requestedBy as Record<string, unknown>).issuers = "x"), "requestedBy: 未知字段：issuers"],
  ])("a misspelt nested key (%s) is an error", (_, mutate, message) => {
    expect(problemsOf(broken(mutate))).toContain(message);
  });

  test("a duplicate key is an error naming the key, its path and its line", () => {
    const text = seedJson.replace('"value": 186,', '"value": 186,\n        "value": 168,');
    expect(text).not.toBe(seedJson);
    expect(() => parseJson(text, FILE)).toThrow(/measures\[14\]\.quantity\.value: 字段「value」在同一对象中出现了两次（第 \d+ 行第 9 列）/);
  });
});

describe("numbers and dates", () => {
  test.each([
    [1e308, "measures[14].quantity.value: 数值不能超过 1e+12（一万亿）"],
    [Infinity, "measures[14].quantity.value: 数字超出范围（如 1e309 会读作无穷大）"],
    [-0, "measures[14].quantity.value: 数值不能为 -0，请写 0"],
  ])("value %s is refused in Chinese", (value, message) => {
    expect(problemsOf(broken((r) => (quantity(r, BANNERS).value = value)))).toContain(message);
  });

  test("1e309 in the file reads as infinity and is refused in Chinese", () => {
    const raw = parseJson(seedJson.replace('"value": 186,', '"value": 1e309,'), FILE);
    expect(problemsOf(raw)).toContain("measures[14].quantity.value: 数字超出范围（如 1e309 会读作无穷大）");
  });

  test("a date that is not on the calendar is refused in Chinese", () => {
    const raw = broken((r) => (r.plans[0].commitments[0].status = { state: "done", date: "2021-02-30" }));
    expect(problemsOf(raw)).toContain("plans[0].commitments[0].status.date: 日期无效：应为真实存在的日期，写作 YYYY-MM-DD");
  });

  test("period.year must agree with the period's label", () => {
    expect(problemsOf(broken((r) => (r.period.year = 2031)))).toContain("period.year: 汇报期「2020年」是 2020 年，period.year 却为 2031");
  });
});

describe("limits and characters", () => {
  test("an over-long text field is refused", () => {
    expect(problemsOf(broken((r) => (r.topic = "长".repeat(MAX_TEXT_CHARS + 1))))).toContain(`topic: 文字过长，上限 ${MAX_TEXT_CHARS} 字`);
  });

  test("too many measures are refused at once, not after a hang", () => {
    const started = performance.now();
    const lines = problemsOf(broken((r) => (r.measures = Array.from({ length: MAX_ITEMS + 1 }, () => r.measures[0]))));
    expect(lines).toContain(`measures: 条目过多，上限 ${MAX_ITEMS} 项`);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  test("a lone surrogate in the title is refused, naming the field", () => {
    expect(problemsOf(broken((r) => (r.title = `某某镇\ud800汇报`)))).toContain("title: 第 4 个字符是不成对的代理字符（\\ud800），请删去");
  });

  test("a NUL in source.txt is refused with its line and column", () => {
    const source = seedSource.replace("累计悬挂条幅", "累计悬挂\u0000条幅");
    const [line] = problemsOf(seedRaw(), source);
    expect(line).toMatch(/^: source\.txt 第 \d+ 行第 \d+ 列有NUL 字符（\\u0000）/);
  });

  test("a report id Windows reserves is refused", () => {
    expect(problemsOf(broken((r) => (r.id = "aux")))).toContain(
      "id: id 是 Windows 的保留文件名（con、prn、aux、nul、com1–9、lpt1–9），网站将无法复制到 Windows：请换一个 id",
    );
  });
});

describe("files stay inside the archive", () => {
  const root = () => mkdtempSync(join(tmpdir(), "hbkb-truth-"));

  test("source.txt as a symlink to another file is refused, naming it", () => {
    const dir = join(root(), SEED_ID);
    mkdirSync(dir);
    writeFileSync(join(dir, "report.json"), seedJson);
    symlinkSync(join(process.cwd(), seedDir, "source.txt"), join(dir, "source.txt"));
    expect(() => loadReportFolder(dir)).toThrow(/source\.txt: \(根\): source\.txt 是符号链接（指向 .*），不予读取/);
  });

  test("a report folder that is a symlink out of the archive is refused", () => {
    const archive = root();
    symlinkSync(join(process.cwd(), seedDir), join(archive, SEED_ID));
    expect(() => loadReportsDir(archive)).toThrow(/汇报文件夹「mouzhen-2020-ideology」是符号链接（指向 .*），不予发布/);
  });

  test("a report.json over the size limit is refused before it is read", () => {
    const dir = join(root(), SEED_ID);
    mkdirSync(dir);
    cpSync(join(seedDir, "source.txt"), join(dir, "source.txt"));
    writeFileSync(join(dir, "report.json"), " ".repeat(21 * 1024 * 1024));
    expect(() => loadReportFolder(dir)).toThrow(/report\.json: \(根\): report\.json 有 21\.0 MB，超过上限 20\.0 MB/);
  });

  test("a folder Windows reserves is refused by name", () => {
    const dir = join(root(), "con");
    mkdirSync(dir);
    expect(() => loadReportFolder(dir)).toThrow(/文件夹名「con」是 Windows 的保留名/);
  });
});

describe("follow-ups run forward in time", () => {
  /** The fixture pair jiazhen 2021 H1 → H2, with the periods changed as given. */
  function pair(h1Label: string, h2Label: string) {
    const archive = mkdtempSync(join(tmpdir(), "hbkb-fu-"));
    for (const [id, label] of [
      ["jiazhen-2021-h1", h1Label],
      ["jiazhen-2021-h2", h2Label],
    ]) {
      cpSync(join("fixtures/reports", id), join(archive, id), { recursive: true });
      const file = join(archive, id, "report.json");
      const raw = JSON.parse(readFileSync(file, "utf8"));
      raw.period.label = label;
      raw.period.year = Number(label.slice(0, 4));
      writeFileSync(file, JSON.stringify(raw));
    }
    return archive;
  }

  test("the fixture pair loads as it is", () => {
    expect(loadReportsDir(pair("2021年上半年", "2021年下半年")).size).toBe(2);
  });

  test("a follow-up of a later report is refused, naming the follow-up", () => {
    expect(() => loadReportsDir(pair("2022年上半年", "2021年下半年"))).toThrow(
      /jiazhen-2021-h2\/report\.json: followUps\[0\]\.report: 只能跟进更早时期的汇报：本汇报是「2021年下半年」，被跟进的汇报「jiazhen-2021-h1」是「2022年上半年」/,
    );
  });

  test("two reports of one period cannot follow each other up", () => {
    expect(() => loadReportsDir(pair("2021年下半年", "2021年下半年"))).toThrow(/只能跟进更早时期的汇报/);
  });
});

test("a folder left by an interrupted npm run extract says what it is", () => {
  const dir = join(mkdtempSync(join(tmpdir(), "hbkb-left-")), `.${SEED_ID}.old-123`);
  mkdirSync(dir);
  expect(() => loadReportFolder(dir)).toThrow(
    /是中断的 npm run extract 留下的原有汇报：若「mouzhen-2020-ideology」缺失或不完整，请把它改名回/,
  );
});
