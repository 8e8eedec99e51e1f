// `npm run schema`: regenerates data/report.schema.json and data/indicators.schema.json from the zod
// schemas (`npm run check` and a unit test check they are current).
import { writeFileSync } from "node:fs";
import { catalogueJsonSchema, reportJsonSchema } from "../lib/model/json-schema";

writeFileSync("data/report.schema.json", reportJsonSchema());
writeFileSync("data/indicators.schema.json", catalogueJsonSchema());
console.log("已生成 data/report.schema.json 与 data/indicators.schema.json");
