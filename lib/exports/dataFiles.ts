import type { Report } from "../model/schema";

/**
 * Where a report's data comes from for download: the archive's static files (relative to the
 * page: "" on the overview, "../" on the deck), or the library's report in this browser, whose
 * files are made on click. A local report also gives its publish bundle.
 */
export type DataFiles = { store: "archive"; base: string } | { store: "local"; report: Report; source: string };

/** The report an export built in the browser reads: the href of an archive report's static report.json, or the library's report in hand. */
export type ReportInput = string | Report;

export const reportInput = (files: DataFiles): ReportInput => (files.store === "archive" ? `${files.base}report.json` : files.report);
