/**
 * The one loader: reads every data/reports/<id>/ folder once per process, validates it, and
 * throws a ReportError naming file and field when anything is wrong, so a bad report fails the build.
 * Server-only (uses node:fs); pages call these getters and pass plain props to components.
 */
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { ID_PATTERN } from "../model/id";
import type { Report } from "../model/schema";
import { crossCheckFollowUps, decodeFile, parseJson, ReportError, validateReport } from "../model/validate";

export type LoadedReport = { report: Report; source: string; /** report.json as shown in messages */ file: string };

/** REPORTS_DIR lets tests and benchmarks point the build at another archive. */
export function reportsDir(): string {
  return path.resolve(process.env.REPORTS_DIR ?? path.join(process.cwd(), "data", "reports"));
}

const shownPath = (file: string) => path.relative(process.cwd(), file) || file;

/** A file's text, or a ReportError naming it: missing, a folder, unreadable, empty or not UTF-8. */
function readText(file: string): string {
  const shown = shownPath(file);
  const fail = (message: string) => new ReportError(shown, [{ path: "", message }]);
  let bytes: Buffer;
  try {
    if (!fs.statSync(file).isFile()) throw fail(`${path.basename(file)} 不是文件`);
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof ReportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw fail(code === "ENOENT" ? `缺少文件 ${path.basename(file)}` : `无法读取 ${path.basename(file)}（${code ?? String(error)}）`);
  }
  return decodeFile(bytes, shown);
}

export function loadReportFolder(dir: string): LoadedReport {
  const id = path.basename(dir);
  const jsonFile = path.join(dir, "report.json");
  const shown = shownPath(jsonFile);
  if (!ID_PATTERN.test(id)) {
    const message = `文件夹名「${id}」不能用作汇报 id（它也是网址的一部分）：只能由小写字母、数字和连字符组成，且不能以连字符开头；请改名，或把它移出汇报目录`;
    throw new ReportError(shownPath(dir), [{ path: "", message }]);
  }
  const raw = parseJson(readText(jsonFile), shown);
  const source = readText(path.join(dir, "source.txt"));
  return { report: validateReport(raw, source, shown, id), source, file: shown };
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
  // A symlink to a report folder counts as one; statSync follows it.
  const isFolder = (name: string) => fs.statSync(path.join(root, name), { throwIfNoEntry: false })?.isDirectory() ?? false;
  const folders = fs.readdirSync(root).filter(isFolder).sort();
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

/** undefined for an unknown id, so a page can call notFound(). */
export function findReport(id: string): LoadedReport | undefined {
  return all().get(id);
}
