// Serve a built export with scripts/serve.mjs on a free port, as users would serve it: for the PDF
// export and the benchmarks. Rejects if the server exits before it is listening.
import { spawn } from "node:child_process";

export async function serveOut(dir: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ["scripts/serve.mjs", dir], {
    env: { ...process.env, PORT: "0", BASE_PATH: "" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout.once("data", (line: Buffer) => {
      const found = /:(\d+)\//.exec(line.toString());
      if (found) resolve(found[1]);
      else reject(new Error(`serve.mjs 未报告端口：${line}`));
    });
    child.once("exit", (code) => reject(new Error(`serve.mjs 退出（${code}）`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}
