import { useEffect, useState } from "react";
import { fetchOnce } from "@/lib/browser/fetchOnce";

/**
 * A static JSON file of this site (reports.json, figures.json), read in the browser once `wanted`
 * and kept after: a page that asks again reads no second time. `error` names the file and status.
 */
export function useStaticJson<T>(url: string, wanted: boolean): { data?: T; error?: string } {
  const [state, setState] = useState<{ data?: T; error?: string }>({});
  const loaded = state.data !== undefined;
  useEffect(() => {
    if (!wanted || loaded) return;
    let live = true;
    fetchOnce(url).then(
      (data) => live && setState({ data: data as T }),
      (e: Error) => live && setState({ error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [url, wanted, loaded]);
  return state;
}
