/**
 * Reads and checks the indicator catalogue, data/indicators.json, once per process: a fault is a
 * ReportError naming the file and JSON path, so a bad catalogue fails `npm run check` and the build.
 */
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { catalogueProblems } from "../model/catalogue";
import { Catalogue } from "../model/indicators";
import { parseJson } from "../model/json";
import { issueMessage, jsonPath, ReportError } from "../model/validate";

export const CATALOGUE_FILE = path.join("data", "indicators.json");

export function loadCatalogue(file = path.join(process.cwd(), CATALOGUE_FILE)): Catalogue {
  const shown = path.relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReportError(shown, [{ path: "", message: code === "ENOENT" ? "缺少指标目录文件" : `无法读取（${code}）` }]);
  }
  const parsed = Catalogue.safeParse(parseJson(text, shown));
  if (!parsed.success) {
    throw new ReportError(
      shown,
      parsed.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issueMessage(issue) })),
    );
  }
  const problems = catalogueProblems(parsed.data);
  if (problems.length > 0) throw new ReportError(shown, problems);
  return parsed.data;
}

let cache: Catalogue | undefined;

export function getCatalogue(): Catalogue {
  cache ??= loadCatalogue();
  return cache;
}
