// `npm run check [汇报目录…]`: validates every report (default: data/reports, or REPORTS_DIR) with
// exactly the build's checks and messages, without building pages; also the indicator catalogue
// data/indicators.json, and that data/report.schema.json and data/indicators.schema.json are current.
// `npm run build` runs it first. Exit 1 on any error; warnings are printed, not fatal.
import { readFileSync } from "node:fs";
import path from "node:path";
import { catalogueJsonSchema, reportJsonSchema } from "../lib/model/json-schema";
import { CATALOGUE_FILE, getCatalogue } from "../lib/server/indicators";
import { loadReportsDir, reportsDir } from "../lib/server/reports";

const started = performance.now();
let failed = false;
const fail = (message: string) => {
  failed = true;
  console.error(message);
};

try {
  console.log(`✓ ${CATALOGUE_FILE}：${getCatalogue().indicators.length} 个指标通过检查`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

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

const schemas: [string, string, () => string][] = [
  ["data/report.schema.json", "lib/model/schema.ts", reportJsonSchema],
  ["data/indicators.schema.json", "lib/model/indicators.ts", catalogueJsonSchema],
];
for (const [schemaFile, source, generate] of schemas) {
  let schema = "";
  try {
    schema = readFileSync(schemaFile, "utf8");
  } catch {
    // reported below as out of date
  }
  if (schema !== generate()) fail(`${schemaFile} 不是由当前的 ${source} 生成的：请运行 npm run schema`);
}

console.log(`检查用时 ${Math.round(performance.now() - started)} 毫秒`);
process.exit(failed ? 1 : 0);
