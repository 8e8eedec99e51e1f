/**
 * The precedents /import drafts with: every figure of the reports saved in this browser's library,
 * read as the library is when a draft starts, but for the report under `exceptId` (the one being
 * reopened, or the id the draft will be saved under, which saving would replace). The draft keeps
 * those answering its own notice (lib/extract/precedents.ts).
 */
import { precedentsOf, type Precedent } from "@/lib/extract/precedents";
import { listRecords } from "@/lib/library/db";

export async function libraryPrecedents(exceptId: string): Promise<Precedent[]> {
  let records;
  try {
    records = await listRecords();
  } catch {
    return []; // a library the browser will not open (a private window) drafts as before; saving says why
  }
  return records.filter((r) => r.id !== exceptId).flatMap((r) => precedentsOf(r.report));
}
