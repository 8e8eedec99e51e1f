// Serves the static export (out/) the way nginx or any plain web server would: no Next.js server,
// no network. Usage: node scripts/serve.mjs [dir] [/prefix=dir …] ; PORT (default 3000), HOST, BASE_PATH (e.g. /kanban).
// Each /prefix=dir serves another export built with BASE_PATH=/prefix (the e2e fixture archive at /fixtures).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const [main = "out", ...extra] = process.argv.slice(2);
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
const mounts = [
  ...extra.map((arg) => {
    const [prefix, dir] = arg.split("=");
    return { base: prefix.replace(/\/$/, ""), root: resolve(dir) };
  }),
  { base: (process.env.BASE_PATH ?? "").replace(/\/$/, ""), root: resolve(main) },
];
const within = (pathname, base) => !base || pathname === base || pathname.startsWith(`${base}/`);
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".csv": "text/csv; charset=utf-8",
};

async function file(path) {
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) return file(join(path, "index.html"));
  return undefined;
}

async function respond(req, res) {
  const url = new URL(req.url ?? "/", "http://localhost");
  let pathname = decodeURIComponent(url.pathname);
  const mount = mounts.find((m) => within(pathname, m.base)) ?? mounts[mounts.length - 1];
  const { root, base } = mount;
  if (!within(pathname, base)) pathname = "/__outside_base_path__";
  else pathname = pathname.slice(base.length) || "/";
  const target = normalize(join(root, pathname));
  const inside = target === root || target.startsWith(root + sep);
  const found = inside ? await file(target) : undefined;
  if (found && !pathname.endsWith("/") && found.endsWith(`${sep}index.html`) && !pathname.endsWith("index.html")) {
    res.writeHead(308, { Location: `${base}${pathname}/${url.search}` }).end();
    return;
  }
  const path = found ?? join(root, "404.html");
  const type = types[extname(path)] ?? "application/octet-stream";
  let body = await readFile(path);
  const headers = {
    "Content-Type": type,
    "Cache-Control": path.includes(`${sep}_next${sep}static${sep}`) ? "public, max-age=31536000, immutable" : "no-cache",
  };
  // Compress text as nginx's `gzip on` would, so measurements match a real deployment.
  if (/text|javascript|json|svg/.test(type) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
    body = gzipSync(body);
    headers["Content-Encoding"] = "gzip";
    headers["Vary"] = "Accept-Encoding";
  }
  res.writeHead(found ? 200 : 404, headers);
  res.end(body);
}

// A bad request (a malformed %-escape, say) gets a 400, never takes the server down.
const server = createServer((req, res) =>
  respond(req, res).catch(() => {
    if (!res.headersSent) res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("请求无效");
  }),
).listen(port, host, () => {
  // PORT=0 takes any free port; the line printed names the one taken (scripts/serve-out.ts reads it).
  const { port: bound } = server.address();
  for (const { base, root } of mounts) {
    console.log(`汇报看板已启动：http://${host === "127.0.0.1" ? "localhost" : host}:${bound}${base}/  （目录 ${root}，按 Ctrl+C 停止）`);
  }
});
