// `npm run bench`: runs every bench/*.ts in name order (or those named on the command line) and
// lets each print its own figures. Benchmarks measure; they never fail on a number.
import { readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";

const only = process.argv.slice(2);
const files = readdirSync("bench")
  .filter((f) => f.endsWith(".ts") && f !== "lib.ts" && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n=== bench/${file} ===`);
  const run = spawnSync("npx", ["tsx", "--conditions=react-server", `bench/${file}`], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
