// Serves the static export (out/) the way nginx or any plain web server would: no Next.js server,
// no network. Usage: node scripts/serve.mjs [dir] [/prefix=dir …] ; PORT (default 3000), HOST, BASE_PATH (e.g. /kanban).
// Each /prefix=dir serves another export built with BASE_PATH=/prefix (the e2e fixture archive at /fixtures).
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, posix, relative, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

// Startup problems are one Chinese line on stderr and exit code 1, never a stack trace.
const quit = (message) => {
  console.error(`错误：${message}`);
  process.exit(1);
};

const [main = "out", ...extra] = process.argv.slice(2);
const portText = process.env.PORT ?? "3000";
const port = Number(portText);
if (!/^\d+$/.test(portText) || port > 65535) quit(`PORT 应为 0 到 65535 之间的整数（0 表示任一空闲端口），现在是「${portText}」`);
const host = process.env.HOST ?? "127.0.0.1";
// One leading slash and none trailing, whatever was typed: "kanban/" → "/kanban", "/" → "".
const basePath = (prefix) => posix.normalize(`/${prefix}`).replace(/\/+$/, "");
const mounts = [
  ...extra.map((arg) => {
    const [prefix, dir] = arg.split("=");
    return { base: basePath(prefix), root: resolve(dir), build: "npm run build:fixtures（测试档案）" };
  }),
  { base: basePath(process.env.BASE_PATH ?? ""), root: resolve(main), build: "npm run build" },
];
for (const { root, build } of mounts) {
  if (!existsSync(join(root, "index.html"))) {
    quit(`找不到导出的网站：${relative(process.cwd(), root) || root}${sep}index.html 不存在。请先运行 ${build}，再启动`);
  }
}
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

const badRequest = (res) => {
  if (!res.headersSent) res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
  res.end("请求无效");
};

// A path as a Location header carries it: each segment percent-encoded, so "?" or "#" in a name stays in the path.
const encodePath = (path) => path.split("/").map(encodeURIComponent).join("/");

async function respond(req, res) {
  // A browser reads a Location of "//host" or "/\host" as another site. Such paths are refused,
  // raw or decoded, and a redirect is built from the normalised path, which starts with one "/".
  const raw = req.url ?? "";
  if (!raw.startsWith("/") || /^\/[/\\]/.test(raw)) return badRequest(res);
  const url = new URL(raw, "http://localhost");
  const decoded = decodeURIComponent(url.pathname);
  if (decoded.includes("//") || decoded.includes("\\")) return badRequest(res);
  let pathname = posix.normalize(decoded);
  const mount = mounts.find((m) => within(pathname, m.base)) ?? mounts[mounts.length - 1];
  const { root, base } = mount;
  if (!within(pathname, base)) pathname = "/__outside_base_path__";
  else pathname = pathname.slice(base.length) || "/";
  const target = normalize(join(root, pathname));
  const inside = target === root || target.startsWith(root + sep);
  const found = inside ? await file(target) : undefined;
  if (found && !pathname.endsWith("/") && found.endsWith(`${sep}index.html`) && !pathname.endsWith("index.html")) {
    res.writeHead(308, { Location: `${encodePath(`${base}${pathname}`)}/${url.search}` }).end();
    return;
  }
  const path = found ?? join(root, "404.html");
  const type = types[extname(path)] ?? "application/octet-stream";
  let body = await readFile(path).catch(() => undefined);
  if (body === undefined) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("找不到这个页面");
    return;
  }
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
const server = createServer((req, res) => respond(req, res).catch(() => badRequest(res)));
const pickAnother = "换一个端口，如 PORT=3200 npm run serve";
server.on("error", (error) => {
  if (error.code === "EADDRINUSE") quit(`端口 ${port} 已被占用（也许看板已在运行，或另有程序在用它）：请先停止它，或${pickAnother}`);
  if (error.code === "EACCES") quit(`没有权限使用端口 ${port}（1024 以下的端口要管理员权限）：请${pickAnother}`);
  if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND")
    quit(`本机没有地址 ${host}（由 HOST 指定）：请改用 HOST=127.0.0.1 或本机的某个地址`);
  quit(`无法在 ${host}:${port} 启动：${error.code ?? error.message}`);
});
server.listen(port, host, () => {
  // PORT=0 takes any free port; the line printed names the one taken (scripts/serve-out.ts reads it).
  const { port: bound } = server.address();
  for (const { base, root } of mounts) {
    console.log(`汇报看板已启动：http://${host === "127.0.0.1" ? "localhost" : host}:${bound}${base}/  （目录 ${root}，按 Ctrl+C 停止）`);
  }
});
