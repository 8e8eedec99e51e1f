import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { catalogueProblems, indicatorKeyProblems } from "@/lib/model/catalogue";
import { catalogueJsonSchema } from "@/lib/model/json-schema";
import { Catalogue, GROUP_LABELS, IndicatorGroup } from "@/lib/model/indicators";
import { loadCatalogue } from "@/lib/server/indicators";
import { seed } from "./helpers";

const catalogue = loadCatalogue();

test("the catalogue covers every group with at least 60 indicators, the seed's among them", () => {
  expect(catalogue.indicators.length).toBeGreaterThanOrEqual(60);
  expect(new Set(catalogue.indicators.map((i) => i.group))).toEqual(new Set(IndicatorGroup.options));
  const names = new Map(catalogue.indicators.map((i) => [i.key, i.name]));
  expect(names.get("banners")).toBe("悬挂条幅");
  for (const key of ["slogans", "report-boxes", "books", "civility-councils"]) expect(names.has(key)).toBe(true);
});

test("every group's label can name an Excel sheet (at most 31 characters, none of : \\ / ? * [ ])", () => {
  for (const label of Object.values(GROUP_LABELS)) {
    expect(label.length).toBeLessThanOrEqual(31);
    expect(label).not.toMatch(/[:\\/?*[\]]/);
  }
  expect(Object.keys(GROUP_LABELS).sort()).toEqual([...IndicatorGroup.options].sort());
});

test("data/indicators.schema.json is generated from the current schema (npm run schema)", () => {
  expect(readFileSync("data/indicators.schema.json", "utf8")).toBe(catalogueJsonSchema());
});

test("a duplicate key, an unknown incompatible key and a misspelt field are errors naming the path", () => {
  const first = { ...catalogue.indicators[0], incompatible: undefined };
  const broken = { indicators: [first, { ...first, incompatible: ["no-such"] }] };
  expect(catalogueProblems(Catalogue.parse(broken))).toEqual([
    { path: "indicators[1].key", message: `key「${first.key}」重复，已用于 indicators[0]` },
    { path: "indicators[1].incompatible[0]", message: "不可比的指标「no-such」不在目录中" },
  ]);
  expect(Catalogue.safeParse({ indicators: [{ ...first, wrods: ["x"] }] }).success).toBe(false);
});

test("a metric key must name a catalogue entry or one the report declares", () => {
  const report = structuredClone(seed.report);
  expect(indicatorKeyProblems(report, catalogue)).toEqual([]);
  const i = report.measures.findIndex((m) => m.metric?.key === "banners");
  report.measures[i].metric = { key: "flags", counts: "悬挂的旗帜" };
  expect(indicatorKeyProblems(report, catalogue)).toEqual([
    { path: `measures[${i}].metric.key`, message: expect.stringContaining("对比口径「flags」既不在指标目录") },
  ]);
  report.indicators = [
    { key: "flags", name: "悬挂旗帜", group: "ideology", unit: "面", counts: "悬挂的旗帜", period: "cumulative", words: ["旗"] },
  ];
  expect(indicatorKeyProblems(report, catalogue)).toEqual([]);
});

test("a word names one entry per unit, but for the few pairs the report's topic tells apart", () => {
  // Two entries that share a word and a unit can only be told apart by the paragraph (化解 of 矛盾纠纷 or of 信访积案);
  // any other such pair is two entries too close to each other, which suggests the wrong one.
  const decidedByTopic = new Set([
    "化解",
    "化解率",
    "接待群众",
    "燃气用户",
    "低保",
    "监测对象",
    "防止返贫监测",
    "动态监测",
    "植树",
    "绿化",
  ]);
  const units = (i: (typeof catalogue.indicators)[number]) => [i.unit, ...(i.units ?? [])];
  const shared: string[] = [];
  catalogue.indicators.forEach((a, i) =>
    catalogue.indicators.slice(i + 1).forEach((b) => {
      for (const word of a.words.filter((w) => b.words.includes(w) && !decidedByTopic.has(w)))
        if (units(a).some((u) => units(b).includes(u))) shared.push(`${word}: ${a.key} / ${b.key}`);
    }),
  );
  expect(shared).toEqual([]);
});
