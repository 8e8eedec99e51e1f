/**
 * The drafting worker's module graph never reaches a `new Worker(…)`: Turbopack's production build
 * deadlocks (no CPU, no end) on a worker that can spawn itself, directly or through another module.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

const ENTRY = "components/import/draft.worker.ts";

function resolve(from: string, spec: string): string | undefined {
  if (!spec.startsWith(".") && !spec.startsWith("@/")) return undefined; // a package: none of ours spawns this worker
  const base = spec.startsWith("@/") ? spec.slice(2) : path.join(path.dirname(from), spec);
  return ["", ".ts", ".tsx", "/index.ts"].map((ext) => base + ext).find((p) => fs.existsSync(p) && fs.statSync(p).isFile());
}

function graph(entry: string): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const code = fs.readFileSync(file, "utf8");
    seen.set(file, code);
    for (const m of code.matchAll(/(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\("([^"]+)"\)/g)) {
      const next = resolve(file, m[1] ?? m[2]);
      if (next) visit(next);
    }
  };
  visit(entry);
  return seen;
}

it("the worker reaches the readers and the extractor, and no module that starts a worker", () => {
  const files = graph(ENTRY);
  expect([...files.keys()]).toEqual(
    expect.arrayContaining(["components/import/draftJob.ts", "lib/extract/read/index.ts", "lib/extract/index.ts"]),
  );
  expect([...files].filter(([, code]) => /new\s+Worker\s*\(/.test(code)).map(([file]) => file)).toEqual([]);
  // The check would see the spawner if it were imported.
  expect(/new\s+Worker\s*\(/.test(fs.readFileSync("components/import/draftRunner.ts", "utf8"))).toBe(true);
});
