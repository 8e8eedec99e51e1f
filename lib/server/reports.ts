/**
 * The one loader: reads every data/reports/<id>/ folder once per process, validates it, and
 * throws a ReportError naming file and field when anything is wrong, so a bad report fails the build.
 * Server-only (uses node:fs); pages call these getters and pass plain props to components.
 */
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { ID_PATTERN, isWindowsReserved } from "../model/id";
import { MAX_REPORT_JSON_BYTES, MAX_SOURCE_CHARS } from "../model/limits";
import type { Report } from "../model/schema";
import { parseJson } from "../model/json";
import { indicatorKeyProblems } from "../model/catalogue";
import { getCatalogue } from "./indicators";
import { byOrganizationThenLatest, summarize, type ReportSummary } from "../report/archive";
import { crossCheckFollowUps, decodeFile, ReportError, reportWarnings, validateReport, type Problem } from "../model/validate";

export type LoadedReport = {
  report: Report;
  source: string;
  /** report.json as shown in messages */
  file: string;
  /** worth a second look, not wrong: printed by the build and `npm run check` */
  warnings: Problem[];
};

/** REPORTS_DIR lets tests and benchmarks point the build at another archive. */
export function reportsDir(): string {
  return path.resolve(process.env.REPORTS_DIR ?? path.join(process.cwd(), "data", "reports"));
}

const shownPath = (file: string) => path.relative(process.cwd(), file) || file;

/**
 * A file's text, or a ReportError naming it: missing, a symlink (which could publish any file of
 * the machine), not a regular file, over `maxBytes` (refused before reading), unreadable, empty,
 * or not UTF-8.
 */
function readText(file: string, maxBytes: number): string {
  const shown = shownPath(file);
  const name = path.basename(file);
  const fail = (message: string) => new ReportError(shown, [{ path: "", message }]);
  let bytes: Buffer;
  try {
    const stat = fs.lstatSync(file);
    if (stat.isSymbolicLink()) throw fail(`${name} 是符号链接（指向 ${fs.readlinkSync(file)}），不予读取：请放入文件本身`);
    if (!stat.isFile()) throw fail(`${name} 不是文件（是文件夹、设备或管道）`);
    if (stat.size > maxBytes) throw fail(`${name} 有 ${megabytes(stat.size)}，超过上限 ${megabytes(maxBytes)}`);
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof ReportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw fail(code === "ENOENT" ? `缺少文件 ${name}` : `无法读取 ${name}（${code ?? String(error)}）`);
  }
  return decodeFile(bytes, shown);
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function loadReportFolder(dir: string): LoadedReport {
  const id = path.basename(dir);
  const jsonFile = path.join(dir, "report.json");
  const shown = shownPath(jsonFile);
  const refuse = (message: string) => new ReportError(shownPath(dir), [{ path: "", message }]);
  if (fs.lstatSync(dir, { throwIfNoEntry: false })?.isSymbolicLink()) {
    throw refuse(`汇报文件夹「${id}」是符号链接（指向 ${fs.readlinkSync(dir)}），不予发布：汇报须放在汇报目录之内`);
  }
  const leftover = /^\.(.+)\.(new|old)-/.exec(id);
  if (leftover) {
    throw refuse(
      leftover[2] === "old"
        ? `文件夹「${id}」是中断的 npm run extract 留下的原有汇报：若「${leftover[1]}」缺失或不完整，请把它改名回 ${leftover[1]}，否则删除它`
        : `文件夹「${id}」是中断的 npm run extract 写了一半的新汇报：请删除它后重新运行`,
    );
  }
  if (!ID_PATTERN.test(id)) {
    throw refuse(
      `文件夹名「${id}」不能用作汇报 id（它也是网址的一部分）：只能由小写字母、数字和连字符组成，且不能以连字符开头；请改名，或把它移出汇报目录`,
    );
  }
  if (isWindowsReserved(id)) throw refuse(`文件夹名「${id}」是 Windows 的保留名，网站将无法复制到 Windows：请改名`);
  const raw = parseJson(readText(jsonFile, MAX_REPORT_JSON_BYTES), shown);
  const source = readText(path.join(dir, "source.txt"), MAX_SOURCE_CHARS * 4);
  const report = validateReport(raw, source, shown, id);
  const unknownKeys = indicatorKeyProblems(report, getCatalogue());
  if (unknownKeys.length > 0) throw new ReportError(shown, unknownKeys);
  return { report, source, file: shown, warnings: reportWarnings(report) };
}

/**
 * Every report folder under `root`, each validated, then the checks that span reports (a follow-up
 * must name an existing report and commitment). Files beside the folders (a README) are ignored.
 * Throws a ReportError, or an AggregateError listing every folder at fault.
 */
export function loadReportsDir(root: string): Map<string, LoadedReport> {
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    throw new Error(`汇报目录 ${root} 不存在或不是文件夹（由环境变量 REPORTS_DIR 指定，默认 data/reports）`);
  }
  // A symlink among the folders is listed, so that loadReportFolder refuses it by name.
  const folders = fs
    .readdirSync(root, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() ||
        (entry.isSymbolicLink() && fs.statSync(path.join(root, entry.name), { throwIfNoEntry: false })?.isDirectory()),
    )
    .map((entry) => entry.name)
    .sort();
  const loaded = new Map<string, LoadedReport>();
  const errors: Error[] = [];
  for (const name of folders) {
    try {
      loaded.set(name, loadReportFolder(path.join(root, name)));
    } catch (error) {
      errors.push(error as Error);
    }
  }
  // Follow-ups are checked only among reports that loaded, so one broken file is not reported twice.
  if (errors.length === 0) errors.push(...crossCheckFollowUps([...loaded.values()]));
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new AggregateError(errors, errors.map((e) => e.message).join("\n"));
  return loaded;
}

let cache: Map<string, LoadedReport> | undefined;

function all(): Map<string, LoadedReport> {
  cache ??= loadReportsDir(reportsDir());
  return cache;
}

export function getReportIds(): string[] {
  return [...all().keys()];
}

export function getReports(): LoadedReport[] {
  return [...all().values()];
}

/** The archive as the list on / shows it: one small summary per report, in the list's order. */
export function getArchiveList(): ReportSummary[] {
  return getReports()
    .map(({ report }) => summarize(report))
    .sort(byOrganizationThenLatest);
}

/** undefined for an unknown id, so a page can call notFound(). */
export function findReport(id: string): LoadedReport | undefined {
  return all().get(id);
}
