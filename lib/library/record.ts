/**
 * What the browser's library keeps, and the files that move it: a publish bundle (one report for
 * the archive, `npm run add`) and a library file (every report, to move to another computer).
 * Pure: no IndexedDB here, so Vitest checks it directly and the CLI reads bundles with it.
 */
import { DeckChoices } from "@/lib/deck/choices";
import type { Report } from "@/lib/model/schema";
import { ReportError, validateReport } from "@/lib/model/validate";

/** The /import session a saved report can be reopened with. */
export type ImportSession = { text: string; fileName?: string; corrections: Report };

export type LibraryRecord = {
  id: string;
  report: Report;
  source: string;
  /** ISO time of the last save */
  savedAt: string;
  session?: ImportSession;
  /** the presenter's choices for its deck (kept in the browser's localStorage; carried in the library file) */
  deck?: DeckChoices;
};

export function recordOf(report: Report, source: string, now: Date, session?: ImportSession): LibraryRecord {
  return { id: report.id, report, source, savedAt: now.toISOString(), ...(session ? { session } : {}) };
}

export const BUNDLE_FORMAT = "huibao-bundle/1";
export const LIBRARY_FORMAT = "huibao-library/1";
export const BUNDLE_SUFFIX = ".huibao.json";

export type Bundle = { format: typeof BUNDLE_FORMAT; report: Report; source: string };

/** The one file a colleague hands the administrator: report.json and source.txt together. */
export function bundleText(record: Pick<LibraryRecord, "report" | "source">): string {
  const bundle: Bundle = { format: BUNDLE_FORMAT, report: record.report, source: record.source };
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

export class BundleError extends Error {}

function parseJson(text: string, file: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BundleError(`${file}：不是 JSON 文件，可能已损坏或不是本站导出的文件`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new BundleError(`${file}：内容不是一个对象`);
  }
  return value as Record<string, unknown>;
}

/** A report and its source checked as the build checks them; throws BundleError naming the file and field. */
function checkedReport(raw: unknown, source: unknown, file: string): { report: Report; source: string } {
  if (typeof source !== "string") throw new BundleError(`${file}：缺少字段 source（汇报原文）`);
  try {
    return { report: validateReport(raw, source, `${file} 中的 report`), source };
  } catch (e) {
    if (!(e instanceof ReportError)) throw e;
    const lines = e.problems.map((p) => `  ${p.path || "(根)"}：${p.message}`);
    throw new BundleError(`${file} 中的 report 未通过校验：\n${lines.join("\n")}`);
  }
}

/** Reads a publish bundle; every problem is a BundleError in Chinese naming the file and the field. */
export function parseBundle(text: string, file: string): { report: Report; source: string } {
  const value = parseJson(text, file);
  if (value.format !== BUNDLE_FORMAT) {
    throw new BundleError(`${file}：字段 format 应为 "${BUNDLE_FORMAT}"（由“导出发布包”生成），实为 ${JSON.stringify(value.format)}`);
  }
  return checkedReport(value.report, value.source, file);
}

/** The whole library in one file. */
export function libraryText(records: LibraryRecord[]): string {
  return `${JSON.stringify({ format: LIBRARY_FORMAT, records }, null, 2)}\n`;
}

/** Reads a library file: each report is checked again, so a hand-edited file cannot smuggle in a bad one. */
export function parseLibrary(text: string, file: string): LibraryRecord[] {
  const value = parseJson(text, file);
  if (value.format !== LIBRARY_FORMAT || !Array.isArray(value.records)) {
    throw new BundleError(`${file}：不是本站导出的汇报库文件（字段 format 应为 "${LIBRARY_FORMAT}"）`);
  }
  return value.records.map((raw: unknown, i: number) => {
    const r = (raw ?? {}) as Partial<LibraryRecord>;
    const { report, source } = checkedReport(r.report, r.source, `${file} 第 ${i + 1} 份`);
    const savedAt = typeof r.savedAt === "string" && !Number.isNaN(Date.parse(r.savedAt)) ? r.savedAt : new Date(0).toISOString();
    // Choices that do not parse are dropped: the deck is then shown as built, never refused.
    const deck = DeckChoices.safeParse(r.deck);
    return { ...recordOf(report, source, new Date(savedAt), r.session), ...(deck.success ? { deck: deck.data } : {}) };
  });
}
