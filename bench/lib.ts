// Shared by benchmarks (bench/*.ts import it; scripts/bench.mjs skips it).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
export const kib = (n: number) => (n / 1024).toFixed(1);
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The script files (as out/-relative paths) an exported HTML file references, noModule polyfills excepted. */
export function initialChunks(html: string): string[] {
  const srcs = [...html.matchAll(/<script(?![^>]*noModule)[^>]*\ssrc="([^"]+\.js)"/g)].map((m) => m[1]);
  return [...new Set(srcs.map((src) => src.replace(/^.*?\/_next\//, "_next/")))];
}

/** gzipped bytes of the scripts an exported HTML file references. */
export function initialJs(html: string, root: string): { chunks: number; gzip: number } {
  const chunks = initialChunks(html);
  return { chunks: chunks.length, gzip: chunks.reduce((sum, chunk) => sum + gzipSize(join(root, chunk)), 0) };
}

/** Bytes and files under a folder (an export's size on disk). */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = folderSize(path);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += statSync(path).size;
      files++;
    }
  }
  return { bytes, files };
}

export { serveOut } from "../scripts/serve-out";
