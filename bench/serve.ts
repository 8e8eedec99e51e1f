// Shared by benchmarks: serve a built out/ folder with scripts/serve.mjs on a free port.
import { spawn, type ChildProcess } from "node:child_process";

export async function serveOut(dir: string, port: number): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(process.execPath, ["scripts/serve.mjs", dir], {
    env: { ...process.env, PORT: String(port), BASE_PATH: "" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}
