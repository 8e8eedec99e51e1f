import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { extractReport } from "@/lib/extract";
import { suggestIndicator } from "@/lib/extract/indicators";
import { compareReports } from "@/lib/compare/compare";

const draftOf = (text: string, id: string) => {
  const out = extractReport(text, { id });
  if (!out.ok) throw new Error(out.error);
  return out.extraction.report;
};

test("the seed's drafted figures get the seed's indicators, marked as suggestions", () => {
  const report = draftOf(readFileSync("fixtures/extract/mouzhen-2020-raw.txt", "utf8"), "seed-draft");
  const keyOf = (text: string) => report.measures.find((m) => m.quantity?.text === text)?.metric;
  expect(keyOf("186条")).toEqual({ key: "banners", counts: "悬挂的宣传条幅（横幅）", suggested: true });
  expect(keyOf("80余条")?.key).toBe("slogans");
  expect(keyOf("36个")?.key).toBe("report-boxes");
  expect(keyOf("近5000册")?.key).toBe("books");
});

test("the unit must fit and the nearest word before the figure wins", () => {
  expect(suggestIndicator("悬挂条幅186条", "186条", "条")?.key).toBe("banners");
  expect(suggestIndicator("悬挂条幅186个", "186个", "个")).toBeUndefined();
  expect(suggestIndicator("设置举报箱20个，成立红白理事会12个", "12个", "个")?.key).toBe("councils");
});

test("suggestions pair nothing on /compare until accepted; accepted, two drafted reports pair without hand-written keys", () => {
  const a = draftOf("一、工作开展情况\n今年共悬挂条幅120条，设置举报箱20个。", "town-a");
  const b = draftOf("一、工作开展情况\n今年共悬挂条幅150条，设置举报箱18个。", "town-b");
  expect(compareReports([a, b]).figures).toEqual([]);
  for (const r of [a, b]) for (const m of r.measures) if (m.metric) delete m.metric.suggested;
  const rows = compareReports([a, b]).figures.flatMap((g) => g.rows);
  expect(rows.map((r) => [r.key, r.cells.map((c) => (c.state === "present" ? c.amount.value : null))])).toEqual([
    ["banners", [120, 150]],
    ["report-boxes", [20, 18]],
  ]);
});
