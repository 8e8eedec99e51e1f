/** What every reader returns: the text as read and normalised, and what was changed on the way. */
export type SourceKind = "txt" | "docx" | "pdf";
export type ReadResult = { ok: true; text: string; kind: SourceKind; normalisations: string[] } | { ok: false; error: string };
