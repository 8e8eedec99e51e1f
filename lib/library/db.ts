/**
 * The browser's library of reports (IndexedDB through Dexie) and the /import autosave. Browser
 * only: pages call it from effects and event handlers. Every failure becomes a LibraryError with a
 * Chinese message that says what happened and that the draft can still be downloaded.
 */
import Dexie, { type Table } from "dexie";
import type { DraftSnapshot } from "./snapshot";
import type { LibraryRecord } from "./record";

/** The /import autosave: one row, the workbench as it was at the last change. */
type SessionRow = { key: "current"; savedAt: string; snapshot: DraftSnapshot };

class LibraryDb extends Dexie {
  reports!: Table<LibraryRecord, string>;
  session!: Table<SessionRow, string>;
  constructor() {
    super("huibao-library");
    this.version(1).stores({ reports: "id, savedAt", session: "key" });
  }
}

let db: LibraryDb | undefined;
const open = () => (db ??= new LibraryDb());

export class LibraryError extends Error {}

/** Why the browser refused, in words for the person at the keyboard. */
export function storageMessage(error: unknown): string {
  const name = (error as { name?: string } | undefined)?.name ?? "";
  const inner = (error as { inner?: { name?: string } } | undefined)?.inner?.name ?? "";
  if (name === "QuotaExceededError" || inner === "QuotaExceededError") {
    return "本机存储空间已满，未能保存。请删除不用的本机汇报，或先下载草稿（report.json 与 source.txt）。";
  }
  if (typeof indexedDB === "undefined" || /Missing|Open|Security|InvalidState|Unknown/.test(name + inner)) {
    return "浏览器不允许本站在本机保存数据（可能是隐私/无痕窗口，或已禁用网站数据），未能保存。请下载草稿留存，换用普通窗口后再导入。";
  }
  return `本机存储出错，未能保存（${name || String(error)}）。请先下载草稿留存。`;
}

async function guarded<T>(run: (db: LibraryDb) => Promise<T>): Promise<T> {
  try {
    return await run(open());
  } catch (error) {
    throw new LibraryError(storageMessage(error));
  }
}

export const saveRecord = (record: LibraryRecord) => guarded((d) => d.reports.put(record)).then(() => record);
export const saveRecords = (records: LibraryRecord[]) => guarded((d) => d.reports.bulkPut(records));
export const getRecord = (id: string) => guarded((d) => d.reports.get(id));
export const listRecords = () => guarded((d) => d.reports.orderBy("savedAt").reverse().toArray());
export const deleteRecord = (id: string) => guarded((d) => d.reports.delete(id));

export const saveSnapshot = (snapshot: DraftSnapshot, now = new Date()) =>
  guarded((d) => d.session.put({ key: "current", savedAt: now.toISOString(), snapshot }));
export const loadSnapshot = () => guarded((d) => d.session.get("current"));
export const clearSnapshot = () => guarded((d) => d.session.delete("current"));

/** Asks the browser not to clear the library when space runs low; the answer is only a hint. */
export async function askPersistence(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
