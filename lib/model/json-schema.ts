import "./zod-config";
import { z } from "zod";
import { Catalogue } from "./indicators";
import { Report } from "./schema";

/** JSON Schema of report.json, generated from the zod schema so editors autocomplete and flag typos. */
export function reportJsonSchema(): string {
  const schema = z.toJSONSchema(Report, { target: "draft-2020-12", io: "input" });
  return `${JSON.stringify({ ...schema, title: "汇报看板 report.json" }, null, 2)}\n`;
}

/** JSON Schema of data/indicators.json, the indicator catalogue. */
export function catalogueJsonSchema(): string {
  const schema = z.toJSONSchema(Catalogue, { target: "draft-2020-12", io: "input" });
  return `${JSON.stringify({ ...schema, title: "汇报看板 indicators.json" }, null, 2)}\n`;
}
