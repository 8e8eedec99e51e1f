// Gzipped JavaScript each exported page loads: Next 16 no longer prints First Load JS, so sum the
// script chunks each out/**/index.html references. Run after `npm run build`.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const out = "out";
if (!existsSync(out)) {
  console.log("out/ 不存在：请先运行 npm run build");
  process.exit(1);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "_next" ? [] : htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

const kb = (n: number) => (n / 1024).toFixed(1);
console.log("page".padEnd(60), "chunks", "raw KiB".padStart(9), "gzip KiB".padStart(9));
for (const file of htmlFiles(out).sort()) {
  const html = readFileSync(file, "utf8");
  // noModule polyfills are skipped by every browser that runs this site.
  const srcs = [...html.matchAll(/<script(?![^>]*noModule)[^>]*\ssrc="([^"]+\.js)"/g)].map((m) => m[1]);
  const unique = [...new Set(srcs)];
  let raw = 0;
  let gz = 0;
  for (const src of unique) {
    const path = join(out, src.replace(/^.*?\/_next\//, "_next/"));
    const body = readFileSync(path);
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
  }
  console.log(file.slice(out.length).padEnd(60), String(unique.length).padStart(6), kb(raw).padStart(9), kb(gz).padStart(9));
}
