import { useEffect, useState } from "react";
import type { Report } from "@/lib/model/schema";

export type Loaded = { status: "loading" } | { status: "ready"; report: Report } | { status: "error"; message: string };

// One request per report per page view, however often the selection changes.
const requests = new Map<string, Promise<Report>>();

function request(url: string, id: string): Promise<Report> {
  let pending = requests.get(url);
  if (!pending) {
    pending = fetch(url).then(async (res) => {
      if (!res.ok) throw new Error(`读取 ${url} 失败（HTTP ${res.status}）`);
      // Written by our own build from a validated report.json; checked only for being the right file.
      const data = (await res.json()) as Report;
      if (data?.id !== id || !Array.isArray(data.measures)) throw new Error(`${url} 不是汇报「${id}」的数据`);
      return data;
    });
    pending.catch(() => requests.delete(url)); // a failed request may be retried
    requests.set(url, pending);
  }
  return pending;
}

/** Loads, in the browser, only the selected reports, from the static report.json files the build writes. */
export function useReports(ids: string[], basePath: string): Loaded[] {
  const [results, setResults] = useState<Record<string, Loaded>>({});
  const key = ids.join(",");
  useEffect(() => {
    let live = true;
    for (const id of key ? key.split(",") : []) {
      request(`${basePath}/reports/${id}/report.json`, id).then(
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
