// After `next build`: give every exported HTML page a Content-Security-Policy <meta> (the site is
// static, so there are no response headers to set). Scripts run only from this origin or when they
// are the exact inline scripts Next wrote into that page (by SHA-256), so injected markup cannot run
// code, and nothing may load from another origin.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = process.argv[2] ?? "out";

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "_next" ? [] : htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

export function policyFor(html) {
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter(Boolean);
  const hashes = [...new Set(inline.map((code) => `'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`))];
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(" ")}`.trim(),
    // /import drafts in a Web Worker loaded from this origin's _next/static; no blob: or data: workers.
    "worker-src 'self'",
    // React and Recharts set style attributes; styles cannot fetch from other origins under default-src.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

let count = 0;
for (const file of htmlFiles(root)) {
  const html = readFileSync(file, "utf8");
  if (html.includes('http-equiv="Content-Security-Policy"')) continue;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}"/>`;
  // Right after <meta charset>, which must stay within the first 1024 bytes; before any script.
  const at = html.match(/<meta charSet="utf-8"\/>/i) ? /(<meta charSet="utf-8"\/>)/i : /(<head>)/;
  writeFileSync(file, html.replace(at, `$1${meta}`));
  count++;
}
console.log(`CSP：已为 ${count} 个页面加上 Content-Security-Policy`);
