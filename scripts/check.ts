// `npm run check [汇报目录…]`: validates every report (default: data/reports, or REPORTS_DIR) with
// exactly the build's checks and messages, without building pages, and that data/report.schema.json
// is current. `npm run build` runs it first. Exit 1 on any error; warnings are printed, not fatal.
import { readFileSync } from "node:fs";
import path from "node:path";
import { reportJsonSchema } from "../lib/model/json-schema";
import { loadReportsDir, reportsDir } from "../lib/server/reports";

const started = performance.now();
let failed = false;
const fail = (message: string) => {
  failed = true;
  console.error(message);
};

for (const dir of process.argv.length > 2 ? process.argv.slice(2) : [path.relative(process.cwd(), reportsDir()) || "."]) {
  try {
    const loaded = loadReportsDir(dir);
    for (const { file, warnings } of loaded.values()) {
      for (const w of warnings) console.warn(`提醒 ${file}: ${w.path}: ${w.message}`);
    }
    console.log(`✓ ${dir}：${loaded.size} 份汇报通过检查`);
  } catch (error) {
    const errors = error instanceof AggregateError ? error.errors : [error];
    for (const e of errors) fail(e instanceof Error ? e.message : String(e));
  }
}

const schemaFile = "data/report.schema.json";
let schema = "";
try {
  schema = readFileSync(schemaFile, "utf8");
} catch {
  // reported below as out of date
}
if (schema !== reportJsonSchema()) fail(`${schemaFile} 不是由当前的 lib/model/schema.ts 生成的：请运行 npm run schema`);

console.log(`检查用时 ${Math.round(performance.now() - started)} 毫秒`);
process.exit(failed ? 1 : 0);
