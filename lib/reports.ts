/**
 * The one loader: reads every data/reports/<id>/ folder once per process, validates it, and
 * throws a ReportError naming file and field when anything is wrong, so a bad report fails the build.
 * Server-only (uses node:fs); pages call these getters and pass plain props to components.
 */
import fs from "node:fs";
import path from "node:path";
import type { Report } from "./schema";
import { crossCheckFollowUps, parseJson, ReportError, validateReport } from "./validate";

export type LoadedReport = { report: Report; source: string; /** report.json as shown in messages */ file: string };

/** REPORTS_DIR lets tests and benchmarks point the build at another archive. */
export function reportsDir(): string {
  return path.resolve(process.env.REPORTS_DIR ?? path.join(process.cwd(), "data", "reports"));
}

export function loadReportFolder(dir: string): LoadedReport {
  const id = path.basename(dir);
  const jsonFile = path.join(dir, "report.json");
  const sourceFile = path.join(dir, "source.txt");
  const shown = path.relative(process.cwd(), jsonFile) || jsonFile;
  for (const file of [jsonFile, sourceFile]) {
    if (!fs.existsSync(file)) throw new ReportError(shown, [{ path: "", message: `缺少文件 ${path.basename(file)}` }]);
  }
  const source = fs.readFileSync(sourceFile, "utf8");
  const raw = parseJson(fs.readFileSync(jsonFile, "utf8"), shown);
  return { report: validateReport(raw, source, shown, id), source, file: shown };
}

/**
 * Every report folder under `root`, each validated, then the checks that span reports (a follow-up
 * must name an existing report and commitment). Throws a ReportError, or an AggregateError of them.
 */
export function loadReportsDir(root: string): Map<string, LoadedReport> {
  const folders = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const loaded = new Map(folders.map((name) => [name, loadReportFolder(path.join(root, name))]));
  const errors = crossCheckFollowUps([...loaded.values()]);
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
