// `npm run schema`: regenerates data/report.schema.json from lib/model/schema.ts (a unit test checks it is current).
import { writeFileSync } from "node:fs";
import { reportJsonSchema } from "../lib/model/json-schema";

writeFileSync("data/report.schema.json", reportJsonSchema());
console.log("已生成 data/report.schema.json");
