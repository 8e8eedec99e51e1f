// Builds the static export of another archive into another folder, leaving out/ alone:
//   node scripts/build-export.mjs <reportsDir> <exportDir> [basePath]
// `npm run build:fixtures` uses it for the e2e fixture archive; bench/40-scale.ts for synthetic ones.
// exportDir must lie inside the project (Next requires it); the build itself still uses .next/.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Runs `next build` with REPORTS_DIR, EXPORT_DIR and BASE_PATH set, then adds the CSP as `npm run build`
 * does; returns the wall time in ms.
 */
export function buildExport({ reportsDir, exportDir, basePath = "", quiet = false }) {
  const started = performance.now();
  const run = spawnSync("npx", ["next", "build"], {
    stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", REPORTS_DIR: resolve(reportsDir), EXPORT_DIR: exportDir, BASE_PATH: basePath },
  });
  if (run.status !== 0) {
    if (quiet) process.stderr.write(`${run.stdout ?? ""}${run.stderr ?? ""}`);
    throw new Error(`next build 失败（REPORTS_DIR=${reportsDir}，退出码 ${run.status}）`);
  }
  const csp = spawnSync(process.execPath, ["scripts/csp.mjs", exportDir], { stdio: quiet ? "ignore" : "inherit" });
  if (csp.status !== 0) throw new Error(`scripts/csp.mjs ${exportDir} 失败`);
  return performance.now() - started;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [reportsDir, exportDir, basePath] = process.argv.slice(2);
  if (!reportsDir || !exportDir) {
    console.error("用法：node scripts/build-export.mjs <汇报目录> <导出目录> [basePath]");
    process.exit(2);
  }
  const ms = buildExport({ reportsDir, exportDir, basePath });
  console.log(`已导出 ${reportsDir} → ${exportDir}${basePath ? `（basePath ${basePath}）` : ""}，用时 ${(ms / 1000).toFixed(1)} 秒`);
}
