import { expect, test } from "vitest";
import { extractReport } from "@/lib/extract";
import { applyIndicator } from "@/lib/extract/indicator-review";
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
  expect(added.indicators).toEqual([expect.objectContaining({ key: "local-1", name: "制作宣传展架", unit: "个" })]);
  expect(added.measures.find((m) => m.id === stands.id)!.metric).toEqual({ key: "local-1", counts: "制作宣传展架" });
  expect(indicatorKeyProblems(added, { indicators: INDICATORS })).toEqual([]);
});
