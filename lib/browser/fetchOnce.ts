/**
 * A static JSON file of this site, read once per page view however often a component asks; a
 * failed read is forgotten so the next ask retries. The error names the file and the HTTP status.
 */
const reads = new Map<string, Promise<unknown>>();

export function fetchOnce(url: string): Promise<unknown> {
  let pending = reads.get(url);
  if (!pending) {
    pending = fetch(url).then((res) => {
      if (!res.ok) throw new Error(`读取 ${url} 失败（HTTP ${res.status}）`);
      return res.json() as Promise<unknown>;
    });
    pending.catch(() => reads.delete(url));
    reads.set(url, pending);
  }
  return pending;
}
