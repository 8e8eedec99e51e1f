import { useEffect, useState } from "react";
import { fetchOnce } from "@/lib/browser/fetchOnce";
import { getRecord, listRecords } from "@/lib/library/db";
import { entryOf, localId, localToken, type ReportEntry } from "@/lib/report/archive";
import type { Report } from "@/lib/model/schema";

export type Loaded = { status: "loading" } | { status: "ready"; report: Report } | { status: "error"; message: string };

// Written by our own build from a validated report.json; checked only for being the right file.
async function archiveReport(url: string, id: string): Promise<Report> {
  const data = (await fetchOnce(url)) as Report;
  if (data?.id !== id || !Array.isArray(data.measures)) throw new Error(`${url} 不是汇报「${id}」的数据`);
  return data;
}

// A local report is read from the library and goes by its token, so it never collides with the archive's copy.
async function localReport(token: string, id: string): Promise<Report> {
  const record = await getRecord(id);
  if (!record) throw new Error(`本机汇报「${id}」不在这个浏览器中（可能已被删除）`);
  return { ...record.report, id: token };
}

/**
 * Loads, in the browser, only the selected reports: the archive's from the static report.json files
 * the build writes, the library's (tokens marked ~) from this browser's IndexedDB.
 */
export function useReports(ids: string[], basePath: string): Loaded[] {
  const [results, setResults] = useState<Record<string, Loaded>>({});
  const key = ids.join(",");
  useEffect(() => {
    let live = true;
    for (const id of key ? key.split(",") : []) {
      const local = localId(id);
      (local ? localReport(id, local) : archiveReport(`${basePath}/reports/${id}/report.json`, id)).then(
        (report) => live && setResults((r) => ({ ...r, [id]: { status: "ready", report } })),
        (error: Error) => live && setResults((r) => ({ ...r, [id]: { status: "error", message: error.message } })),
      );
    }
    return () => {
      live = false;
    };
  }, [key, basePath]);
  return ids.map((id) => results[id] ?? { status: "loading" });
}

/** This browser's library as picker entries (none when the browser keeps no site data; undefined until read). */
export function useLocalEntries(): ReportEntry[] | undefined {
  const [entries, setEntries] = useState<ReportEntry[]>();
  useEffect(() => {
    listRecords().then(
      (records) => setEntries(records.map((r) => ({ ...entryOf(r.report), id: localToken(r.id) }))),
      () => setEntries([]),
    );
  }, []);
  return entries;
}
