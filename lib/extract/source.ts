/**
 * report.source for a report read from a file: the file's name, its kind and what reading changed.
 * One rule for `npm run extract` and /import, so both record the same source for the same file.
 */
import type { Report } from "../model/schema";
import type { SourceKind } from "./read/types";

/** Left out for a plain .txt that reading did not change: its source.txt is the file itself. */
export function fileSource(file: string, kind: SourceKind, normalisations: string[]): Report["source"] {
  return kind === "txt" && normalisations.length === 0 ? undefined : { file, kind, normalisations };
}
