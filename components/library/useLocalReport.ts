"use client";
import { useEffect, useState } from "react";
import { getRecord } from "@/lib/library/db";
import type { LibraryRecord } from "@/lib/library/record";

export type LocalReportState =
  { kind: "loading" } | { kind: "missing"; id?: string } | { kind: "error"; message: string } | { kind: "ready"; record: LibraryRecord };

// The report pages link to each other relatively ("source/?from=…#q-…", "../"), as the archive's
// do, and such links drop ?id=. The tab remembers the report it shows (sessionStorage is per tab,
// and a presenter window opened from it inherits a copy), and the id is put back into the URL.
const TAB_KEY = "huibao:local-id";

function currentId(): string | undefined {
  const url = new URL(window.location.href);
  const id = url.searchParams.get("id") ?? sessionStorage.getItem(TAB_KEY) ?? undefined;
  if (!id) return undefined;
  sessionStorage.setItem(TAB_KEY, id);
  if (!url.searchParams.has("id")) {
    url.searchParams.set("id", id);
    window.history.replaceState(window.history.state, "", url);
  }
  return id;
}

/** The library's report named by ?id= (read after hydration: the page is one static file for every id). */
export function useLocalReport(title: string): LocalReportState {
  const [state, setState] = useState<LocalReportState>({ kind: "loading" });
  useEffect(() => {
    const id = currentId();
    let live = true;
    (id ? getRecord(id) : Promise.resolve(undefined)).then(
      (record) => live && setState(record ? { kind: "ready", record } : { kind: "missing", id }),
      (error: Error) => live && setState({ kind: "error", message: error.message }),
    );
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (state.kind === "ready") document.title = `${title ? `${title} · ` : ""}${state.record.report.title} · 本机 · 汇报看板`;
  }, [state, title]);
  return state;
}
