/**
 * How large a report may be, in one place: the build, `npm run check`, the CLI and /import refuse
 * anything larger with a message instead of hanging or publishing a 100 MB page.
 */

/** A work report is tens of thousands of characters at most; anything far larger is not one. */
export const MAX_SOURCE_CHARS = 2_000_000;
/** The largest file the CLI and /import read (a .txt, .docx or .pdf of a report). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** report.json: ample for the largest report the extractor drafts. */
export const MAX_REPORT_JSON_BYTES = 20 * 1024 * 1024;
/** Any one text field of report.json (a quote is at most a few paragraphs). */
export const MAX_TEXT_CHARS = 20_000;
/** Items of one list (measures, gaps, plans…): as many as the extractor ever drafts. */
export const MAX_ITEMS = 20_000;
/** The largest figure a report may state: 10¹² (a trillion yuan is beyond any township). */
export const MAX_AMOUNT = 1e12;
