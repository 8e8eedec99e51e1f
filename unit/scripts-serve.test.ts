import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// scripts/serve.mjs as `npm run serve` runs it, on a free port, over a small export made here.
let site: string;
let server: ChildProcess;
let origin: string;

const page = (dir: string, file: string, text: string) => {
  fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
};

function start(args: string[], env: Record<string, string> = {}) {
  return spawn(process.execPath, ["scripts/serve.mjs", ...args], { env: { ...process.env, PORT: "0", BASE_PATH: "", ...env } });
}

/** The server's exit code and output, for runs that must stop at once. */
function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  const child = start(args, env);
  let out = "";
  let err = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (err += d));
  const timer = setTimeout(() => child.kill(), 5000);
  return new Promise((resolve) =>
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    }),
  );
}

/** A request sent exactly as written: fetch would normalise "//" and "\" before sending. */
function rawGet(target: string): Promise<{ status: number; location?: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(origin);
    http
      .get({ hostname, port, path: target }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, location: res.headers.location });
      })
      .on("error", reject);
  });
}

beforeAll(async () => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), "serve-"));
  page(site, "out/index.html", "首页");
  page(site, "out/404.html", "找不到页面");
  page(site, "out/import/index.html", "导入汇报");
  page(site, "out/汇报/index.html", "中文路径");
  page(site, "archive/index.html", "测试档案");
  page(site, "archive/import/index.html", "测试档案的导入页");
  server = start([path.join(site, "out"), `/fixtures=${path.join(site, "archive")}`]);
  const line = await new Promise<string>((resolve, reject) => {
    server.stdout!.once("data", (d: Buffer) => resolve(d.toString()));
    server.once("exit", (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  origin = `http://127.0.0.1:${/:(\d+)\//.exec(line)![1]}`;
});
afterAll(() => {
  server?.kill();
  fs.rmSync(site, { recursive: true, force: true });
});

describe("serve.mjs redirects stay on the site", () => {
  it.each([
    "/%2F%2Fother.host%2F..%2Fimport",
    "/%2F%2Fother.host",
    "/%5Cother.host/import",
    "/%5C%5Cother.host",
    "//other.host/import",
    "/\\other.host/import",
    "/fixtures/%2F%2Fother.host%2F..%2Fimport",
  ])("refuses %s with 400 and no Location", async (target) => {
    const res = await rawGet(target);
    expect(res.status).toBe(400);
    expect(res.location).toBeUndefined();
  });

  it.each([
    ["/import", "/import/"],
    ["/import?from=list", "/import/?from=list"],
    ["/nested/%2E%2E%2Fimport", "/import/"],
    ["/%E6%B1%87%E6%8A%A5", "/%E6%B1%87%E6%8A%A5/"],
    ["/fixtures/import", "/fixtures/import/"],
  ])("redirects %s to %s, a path on this site", async (target, location) => {
    const res = await rawGet(target);
    expect(res.status).toBe(308);
    expect(res.location).toBe(location);
  });

  it("serves pages and the 404 page", async () => {
    expect(await (await fetch(`${origin}/汇报/`)).text()).toBe("中文路径");
    expect(await (await fetch(`${origin}/fixtures/`)).text()).toBe("测试档案");
    const missing = await fetch(`${origin}/no-such-page`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe("找不到页面");
  });
});

describe("serve.mjs explains what stops it from starting, in one line", () => {
  const noStack = (err: string) => expect(err).not.toMatch(/^\s+at /m);

  it("a missing export folder: run npm run build", async () => {
    const gone = path.join(site, "not-built");
    const { code, out, err } = await run([gone]);
    expect(code).toBe(1);
    expect(out).not.toContain("已启动");
    expect(err.trim()).toBe(
      `错误：找不到导出的网站：${path.relative(process.cwd(), gone)}${path.sep}index.html 不存在。请先运行 npm run build，再启动`,
    );
  });

  it("an export folder without its pages", async () => {
    const empty = path.join(site, "empty");
    fs.mkdirSync(empty);
    const { code, err } = await run([empty]);
    expect(code).toBe(1);
    expect(err).toContain("请先运行 npm run build");
  });

  it("a missing fixture archive names its own build", async () => {
    const { code, err } = await run([path.join(site, "out"), `/fixtures=${path.join(site, "no-archive")}`]);
    expect(code).toBe(1);
    expect(err).toContain(`no-archive${path.sep}index.html 不存在。请先运行 npm run build:fixtures`);
  });

  it("a busy port: says so and how to pick another", async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const { code, out, err } = await run([path.join(site, "out")], { PORT: String(port) });
      expect(code).toBe(1);
      expect(out).toBe("");
      expect(err.trim()).toBe(
        `错误：端口 ${port} 已被占用（也许看板已在运行，或另有程序在用它）：请先停止它，或换一个端口，如 PORT=3200 npm run serve`,
      );
      noStack(err);
    } finally {
      taken.close();
    }
  });

  it("a PORT that is not a port number", async () => {
    const { code, err } = await run([path.join(site, "out")], { PORT: "abc" });
    expect(code).toBe(1);
    expect(err.trim()).toBe("错误：PORT 应为 0 到 65535 之间的整数（0 表示任一空闲端口），现在是「abc」");
    noStack(err);
  });
});
