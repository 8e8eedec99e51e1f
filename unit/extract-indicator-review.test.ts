import { expect, test } from "vitest";
import { extractReport } from "@/lib/extract";
import { applyIndicator, localKey } from "@/lib/extract/indicator-review";
import { indicatorKeyProblems } from "@/lib/model/catalogue";
import { INDICATORS } from "@/lib/extract/indicators";

const out = extractReport("一、工作开展情况\n今年共悬挂条幅120条，制作展架6个，设置举报箱20个。", { id: "town-a" });
if (!out.ok) throw new Error(out.error);
const draft = out.extraction.report;
const banners = draft.measures.find((m) => m.quantity?.text === "120条")!;
const stands = draft.measures.find((m) => m.quantity?.text === "6个")!;
const boxes = draft.measures.find((m) => m.quantity?.text === "20个")!;

test("accept drops the suggestion mark; clear removes the metric; set picks a catalogue entry, or takes a hint", () => {
  expect(boxes.metric).toMatchObject({ key: "report-boxes", suggested: true });
  const accepted = applyIndicator(draft, boxes.id, { kind: "accept" });
  expect(accepted.measures.find((m) => m.id === boxes.id)!.metric).toEqual({ key: "report-boxes", counts: "设置的举报箱" });
  expect(applyIndicator(accepted, boxes.id, { kind: "clear" }).measures.find((m) => m.id === boxes.id)!.metric).toBeUndefined();
  // 条幅 is a word of two characters, not sure enough to fill in: the banners are a hint, which /import takes with a set.
  expect(banners.metric).toBeUndefined();
  expect(out.extraction.figureMarks.find((f) => f.measureId === banners.id)?.hint).toBe("banners");
  const taken = applyIndicator(draft, banners.id, { kind: "set", key: "banners" });
  expect(taken.measures.find((m) => m.id === banners.id)!.metric).toEqual({ key: "banners", counts: "悬挂的宣传条幅（横幅）" });
  const slogans = applyIndicator(draft, banners.id, { kind: "set", key: "slogans" });
  expect(slogans.measures.find((m) => m.id === banners.id)!.metric).toEqual({ key: "slogans", counts: "粉刷、悬挂、张贴的社会宣传标语" });
});

test("a new indicator is declared in the report, so the build accepts its key", () => {
  expect(stands.metric).toBeUndefined();
  const added = applyIndicator(draft, stands.id, { kind: "add", name: "制作宣传展架", group: "ideology" });
  const key = localKey("制作宣传展架");
  expect(key).toMatch(/^local-[0-9a-z]+$/);
  expect(added.indicators).toEqual([expect.objectContaining({ key, name: "制作宣传展架", unit: "个" })]);
  expect(added.measures.find((m) => m.id === stands.id)!.metric).toEqual({ key, counts: "制作宣传展架" });
  expect(indicatorKeyProblems(added, { indicators: INDICATORS })).toEqual([]);
});

test("two towns that each add an indicator of the same name give it the same key, so their figures pair", () => {
  const other = extractReport("一、工作开展情况\n今年制作展架9个，设置举报箱12个。", { id: "town-b" });
  if (!other.ok) throw new Error(other.error);
  const theirs = other.extraction.report.measures.find((m) => m.quantity?.text === "9个")!;
  const mine = applyIndicator(draft, stands.id, { kind: "add", name: "制作宣传展架", group: "ideology" });
  const yours = applyIndicator(other.extraction.report, theirs.id, { kind: "add", name: "制作宣传展架", group: "ideology" });
  expect(yours.measures.find((m) => m.id === theirs.id)!.metric!.key).toBe(mine.measures.find((m) => m.id === stands.id)!.metric!.key);
  expect(localKey("宣传展板")).not.toBe(localKey("制作宣传展架"));
  // Added again in the same report (a second figure of it), the one declaration is used.
  const again = applyIndicator(mine, boxes.id, { kind: "add", name: "制作宣传展架", group: "ideology" });
  expect(again.indicators).toHaveLength(1);
  expect(again.measures.find((m) => m.id === boxes.id)!.metric!.key).toBe(localKey("制作宣传展架"));
});
