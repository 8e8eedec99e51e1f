/**
 * The published archive's precedents for /import (lib/extract/precedents.ts), one file per notice and
 * per topic (precedentFiles), written at build. A file holds the newest PER_FILE reports' figures: more
 * towns than a county has on one notice, and a bound on what a draft downloads from a large archive. Server-only.
 */
import "server-only";
import { precedentFiles, precedentsOf, topicFile, type Precedent, type TopicFile } from "../extract/precedents";
import type { Report } from "../model/schema";
import { getReports } from "./reports";

export const PER_FILE = 40;

let files: Map<string, Report[]> | undefined;

function reportsByFile(): Map<string, Report[]> {
  if (files) return files;
  files = new Map();
  const newestFirst = getReports()
    .map((r) => r.report)
    .sort((a, b) => (b.period.year ?? 0) - (a.period.year ?? 0) || a.id.localeCompare(b.id));
  for (const report of newestFirst) {
    for (const file of precedentFiles(report)) {
      const list = files.get(file);
      if (!list) files.set(file, [report]);
      else if (list.length < PER_FILE) list.push(report);
    }
  }
  return files;
}

export const precedentFileNames = (): string[] => [...reportsByFile().keys()];

/** Every topic file with a wording of its topic (/precedents/topics.json): a draft reads the files of topics worded alike its own. */
export function precedentTopics(): TopicFile[] {
  return [...reportsByFile()].flatMap(([file, [first]]) => (file === topicFile(first.topic) ? [{ file, topic: first.topic }] : []));
}

/** The precedents of one file; [] for a file no report gives. */
export function getPrecedents(file: string): Precedent[] {
  return (reportsByFile().get(file) ?? []).flatMap(precedentsOf);
}
