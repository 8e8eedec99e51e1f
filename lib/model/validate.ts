/**
 * Turns the text of a report.json and its source.txt into a checked Report, or a ReportError that
 * names the file, the JSON path and the problem for every fault found. Pure: no file access, so
 * the build, the CLI, the /import page and the tests share it.
 */
import "./zod-config";
import { z } from "zod";
import { decodeText } from "./decode";
import { cumulativeWarning, figureTextProblems } from "./figure-text";
import { MAX_SOURCE_CHARS } from "./limits";
import { isLaterPeriod, yearInLabel } from "./period";
import { Report, type Measure, type Quantity } from "./schema";
import { locateQuote } from "./quotes";
import { badCharacterMessage } from "./text";

export type Problem = { path: string; message: string };

export class ReportError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(`${file} 有 ${problems.length} 处问题：\n${problems.map((p) => `  ${file}: ${p.path || "(根)"}: ${p.message}`).join("\n")}`);
    this.name = "ReportError";
  }
}

/** `measures[3].quantity.value`, the way a person finds it in the file. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`)).join("");
}

/**
 * The text of report.json or source.txt from its bytes, as the build reads it. It must be UTF-8;
 * a BOM and Windows line endings (CRLF, CR) carry no content, so they are dropped and unified to
 * \n, as the /import page and `npm run extract` do: a quote written with \n matches a source
 * saved by Notepad or checked out with git's autocrlf. Anything else is refused, naming the file.
 */
export function decodeFile(bytes: Uint8Array, file: string): string {
  const fail = (message: string) => new ReportError(file, [{ path: "", message }]);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes); // drops a leading BOM
  } catch {
    const guess = decodeText(bytes);
    const found = guess.ok ? `看起来是 ${guess.encoding === "GB18030" ? "GBK/GB18030" : guess.encoding} 编码` : guess.error;
    throw fail(`不是 UTF-8 编码的文本（${found}）：请用 UTF-8 另存；原文可用 npm run extract 转换`);
  }
  if (text.trim() === "") throw fail(bytes.length === 0 ? "文件是空的（0 字节）" : "文件只有空白，没有内容");
  return text.replace(/\r\n?/g, "\n");
}

const excerpt = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s).replace(/\n/g, "⏎");

/** Everything one object's schema cannot see: quotes against source.txt, ids, references. */
export function crossCheck(report: Report, source: string, expectedId?: string): Problem[] {
  const problems: Problem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path: jsonPath(path), message });

  const year = yearInLabel(report.period.label);
  if (report.period.year !== undefined && year !== undefined && year !== report.period.year) {
    add(["period", "year"], `汇报期「${report.period.label}」是 ${year} 年，period.year 却为 ${report.period.year}`);
  }

  if (expectedId !== undefined && report.id !== expectedId) {
    add(["id"], `id「${report.id}」必须与所在文件夹名「${expectedId}」相同`);
  }

  const seen = new Map<string, string>();
  const claim = (id: string, path: (string | number)[]) => {
    const first = seen.get(id);
    if (first) add([...path, "id"], `id「${id}」重复，已用于 ${first}`);
    else seen.set(id, jsonPath(path));
  };
  const collections = ["sections", "categories", "campaigns", "measures", "weaknesses", "plans", "gaps"] as const;
  for (const key of collections) report[key].forEach((item, i) => claim(item.id, [key, i]));
  report.plans.forEach((plan, i) => plan.commitments.forEach((c, j) => claim(c.id, ["plans", i, "commitments", j])));
  report.followUps?.forEach((f, i) => claim(f.id, ["followUps", i]));

  const ids = (items: { id: string }[]) => new Set(items.map((item) => item.id));
  const sections = ids(report.sections);
  const refs = (set: Set<string>, kind: string) => (value: string | undefined, path: (string | number)[]) => {
    if (value !== undefined && !set.has(value)) add(path, `引用的${kind}「${value}」不存在`);
  };
  const section = refs(sections, "部分");
  const campaign = refs(ids(report.campaigns), "专题");
  const category = refs(ids(report.categories), "类别");
  const weakness = refs(ids(report.weaknesses), "不足");
  const measure = refs(ids(report.measures), "举措");

  report.campaigns.forEach((c, i) => section(c.section, ["campaigns", i, "section"]));
  report.measures.forEach((m, i) => {
    section(m.section, ["measures", i, "section"]);
    campaign(m.campaign, ["measures", i, "campaign"]);
    category(m.category, ["measures", i, "category"]);
    const owner = m.campaign && report.campaigns.find((c) => c.id === m.campaign);
    if (owner && owner.section !== m.section) {
      add(["measures", i, "campaign"], `专题「${owner.id}」属于部分「${owner.section}」，与举措的部分「${m.section}」不一致`);
    }
  });
  // A metric names one figure for comparison across reports: it needs a number, and one report
  // cannot state the same figure twice (two banner counts would be summed or confused in /compare).
  const metricOwners = new Map<string, string>();
  report.measures.forEach((m, i) => {
    if (!m.metric) return;
    if (!m.quantity) add(["measures", i, "metric"], "只有带数字（quantity）的举措才能标注对比口径 metric");
    const first = metricOwners.get(m.metric.key);
    if (first)
      add(["measures", i, "metric", "key"], `对比口径「${m.metric.key}」已用于举措「${first}」；同一汇报中每个口径只能对应一个数字`);
    else metricOwners.set(m.metric.key, m.id);
  });
  report.weaknesses.forEach((w, i) => section(w.section, ["weaknesses", i, "section"]));
  report.plans.forEach((p, i) => {
    section(p.section, ["plans", i, "section"]);
    p.answers.forEach((w, j) => weakness(w, ["plans", i, "answers", j]));
  });
  report.gaps.forEach((g, i) => measure(g.measure, ["gaps", i, "measure"]));

  if (report.plansLead?.declaredCount !== undefined && report.plansLead.declaredCount !== report.plans.length) {
    add(["plansLead", "declaredCount"], `原文说有 ${report.plansLead.declaredCount} 项计划，数据中有 ${report.plans.length} 项`);
  }

  // Every quote must be found verbatim, exactly once (or at the stated occurrence).
  const checkQuote = (item: { quote: string; occurrence?: number }, path: (string | number)[]) => {
    const found = locateQuote(source, item.quote, item.occurrence);
    if (found.kind === "missing") add([...path, "quote"], `引文在 source.txt 中找不到：「${excerpt(item.quote)}」`);
    else if (found.kind === "ambiguous") {
      add(
        [...path, "quote"],
        `引文在 source.txt 中出现 ${found.count} 次，请加长引文或用 occurrence 指明第几次：「${excerpt(item.quote)}」`,
      );
    } else if (found.kind === "out_of_range") {
      add([...path, "occurrence"], `引文只出现 ${found.count} 次，没有第 ${item.occurrence} 次`);
    }
  };
  const inQuote = (text: string, item: { quote: string }, path: (string | number)[], what: string) => {
    if (!item.quote.includes(text)) add(path, `${what}「${text}」不在引文「${excerpt(item.quote)}」中`);
  };

  checkQuote(report.organization, ["organization"]);
  if (report.period.plansFor) checkQuote(report.period.plansFor, ["period", "plansFor"]);
  if (report.requestedBy) checkQuote(report.requestedBy, ["requestedBy"]);
  if (report.plansLead) {
    checkQuote(report.plansLead, ["plansLead"]);
    if (report.plansLead.countText) inQuote(report.plansLead.countText, report.plansLead, ["plansLead", "countText"], "数量写法");
  }
  for (const key of ["sections", "campaigns", "weaknesses", "gaps"] as const) {
    report[key].forEach((item, i) => checkQuote(item, [key, i]));
  }
  report.gaps.forEach((g, i) => inQuote(g.blankBefore, g, ["gaps", i, "blankBefore"], "空白处后的文字"));
  report.measures.forEach((m, i) => {
    checkQuote(m, ["measures", i]);
    if (m.quantity) {
      inQuote(m.quantity.text, m, ["measures", i, "quantity", "text"], "数字写法");
      if (m.quote.includes(m.quantity.text)) {
        for (const [field, message] of figureTextProblems(m.quantity, m.quote)) add(["measures", i, "quantity", field], message);
      }
    }
    m.items?.forEach((it, j) => inQuote(it, m, ["measures", i, "items", j], "列举项"));
  });
  report.plans.forEach((p, i) => {
    checkQuote(p, ["plans", i]);
    p.commitments.forEach((c, j) => {
      checkQuote(c, ["plans", i, "commitments", j]);
      c.items?.forEach((it, k) => inQuote(it, c, ["plans", i, "commitments", j, "items", k], "列举项"));
    });
  });
  report.followUps?.forEach((f, i) => {
    checkQuote(f, ["followUps", i]);
    if (f.report === report.id) {
      add(["followUps", i, "report"], `不能跟进本汇报自身的承诺；本汇报的承诺状态请写在 plans[].commitments[].status 中`);
    }
  });
  return problems;
}

/**
 * What deserves a second look but may be right: a figure whose clause says 累计 while `cumulative`
 * is false, or the reverse. Printed by the build and `npm run check`, shown in /import.
 */
export function reportWarnings(report: Report): Problem[] {
  const warnings: Problem[] = [];
  report.measures.forEach((m, i) => {
    if (!m.quantity) return;
    const warning = cumulativeWarning(m as Measure & { quantity: Quantity });
    if (warning) warnings.push({ path: jsonPath(["measures", i, "quantity", "cumulative"]), message: warning });
  });
  return warnings;
}

/**
 * Follow-ups point into other reports, so they are checked once every report is loaded: the
 * report named must exist, be of an earlier period (so two reports cannot follow each other up in a
 * circle, and the latest word wins) and hold the commitment named. One ReportError per file at fault.
 */
export function crossCheckFollowUps(reports: { report: Report; file: string }[]): ReportError[] {
  const byId = new Map(reports.map((r) => [r.report.id, r.report]));
  const errors: ReportError[] = [];
  for (const { report, file } of reports) {
    const problems: Problem[] = [];
    report.followUps?.forEach((f, i) => {
      if (f.report === report.id) return; // reported by crossCheck already
      const earlier = byId.get(f.report);
      if (!earlier) {
        problems.push({
          path: jsonPath(["followUps", i, "report"]),
          message: `跟进的汇报「${f.report}」不存在（data/reports 下没有这个文件夹）`,
        });
        return;
      }
      const later = isLaterPeriod(report.period, earlier.period);
      if (later !== true) {
        problems.push({
          path: jsonPath(["followUps", i, "report"]),
          message:
            later === undefined
              ? `无法判断先后：本汇报（${report.period.label}）与被跟进的汇报「${f.report}」（${earlier.period.label}）须都写明年份`
              : `只能跟进更早时期的汇报：本汇报是「${report.period.label}」，被跟进的汇报「${f.report}」是「${earlier.period.label}」，不早于本汇报`,
        });
        return;
      }
      const ids = earlier.plans.flatMap((p) => p.commitments.map((c) => c.id));
      if (!ids.includes(f.commitment)) {
        problems.push({
          path: jsonPath(["followUps", i, "commitment"]),
          message: `汇报「${f.report}」中没有承诺「${f.commitment}」；可用的承诺：${ids.join("、") || "（无）"}`,
        });
      }
    });
    if (problems.length > 0) errors.push(new ReportError(file, problems));
  }
  return errors;
}

/**
 * Checks one report. `file` names report.json in messages; `expectedId` is its folder's name.
 * Throws ReportError listing every problem found.
 */
export function validateReport(raw: unknown, source: string, file: string, expectedId?: string): Report {
  if (source.length > MAX_SOURCE_CHARS) {
    const size = `${(source.length / 1e6).toFixed(1)} 百万字`;
    throw new ReportError(file, [
      { path: "", message: `source.txt 过长（${size}），上限 ${MAX_SOURCE_CHARS / 1e6} 百万字：请确认是一份汇报的正文` },
    ]);
  }
  const bad = badCharacterMessage(source);
  if (bad) throw new ReportError(file, [{ path: "", message: `source.txt ${bad}` }]);
  const parsed = Report.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    throw new ReportError(
      file,
      parsed.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issueMessage(issue) })),
    );
  }
  const problems = crossCheck(parsed.data, source, expectedId);
  if (problems.length > 0) throw new ReportError(file, problems);
  return parsed.data;
}

/** A zod issue in Chinese. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (typeof issue.input === "number" && !Number.isFinite(issue.input)) return "数字超出范围（如 1e309 会读作无穷大）";
      if (issue.expected === "int") return "应为整数";
      return issue.input === undefined
        ? `缺少必填字段（应为 ${issue.expected}）`
        : `类型错误：应为 ${issue.expected}，实际为 ${typeName(issue.input)}`;
    case "invalid_value":
      return `取值无效：应为 ${issue.values.map((v) => JSON.stringify(v)).join(" / ")} 之一`;
    case "unrecognized_keys":
      return `未知字段：${issue.keys.join("、")}`;
    case "too_big":
      if (issue.origin === "string") return `文字过长，上限 ${issue.maximum} 字`;
      if (issue.origin === "array") return `条目过多，上限 ${issue.maximum} 项`;
      return issue.message.startsWith("Too big") ? `数值过大，上限 ${issue.maximum}` : issue.message;
    case "too_small":
      if (issue.origin === "string") return "不能为空";
      if (issue.origin === "array") return `至少需要 ${issue.minimum} 项`;
      return issue.message.startsWith("Too small") ? `数值过小，应不小于 ${issue.minimum}` : issue.message;
    case "invalid_format":
      return issue.format === "date" ? "日期无效：应为真实存在的日期，写作 YYYY-MM-DD" : issue.message;
    case "not_multiple_of":
      return "应为整数";
    case "invalid_union":
      return "取值不符合任何一种允许的形式（如 cadence.kind）";
    default:
      return issue.message;
  }
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
