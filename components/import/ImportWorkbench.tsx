"use client";

/**
 * The /import workbench: paste a report or drop a .docx, .pdf or .txt, get a draft dataset with every
 * figure marked in the text, fix and confirm it, save it to this browser's library (autosaved as it
 * goes) or download report.json and source.txt. Reading and drafting run in a Web Worker in the
 * browser (draftRunner); nothing is sent anywhere.
 */
import { DownloadPanel } from "./DownloadPanel";
import { DraftReview } from "./DraftReview";
import { InputPanel } from "./InputPanel";
import { LibraryBar } from "./LibraryBar";
import { useDraft } from "./useDraft";

export function ImportWorkbench() {
  const session = useDraft();
  return (
    <div className="grid gap-10">
      <LibraryBar session={session} />
      <InputPanel session={session} />
      {session.draft ? <DraftReview draft={session.draft} update={session.update} /> : null}
      {session.draft ? <DownloadPanel session={session} /> : null}
    </div>
  );
}
