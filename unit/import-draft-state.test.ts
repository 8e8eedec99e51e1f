import { describe, expect, it } from "vitest";
import { draftReducer, initialDraftState, isStale, problemsOf, type DraftAction } from "@/components/import/draftState";
import { extractReport } from "@/lib/extract";
import { finalReport, patchQuantity, removeMeasure } from "@/lib/extract/review";
import { seedSource } from "./helpers";

const run = (...actions: DraftAction[]) => actions.reduce(draftReducer, initialDraftState);
const drafted = (text: string): DraftAction => ({ type: "drafted", text, outcome: extractReport(text) });
const pasted = () => run({ type: "edit", text: seedSource }, drafted(seedSource));

describe("the /import workbench's state", () => {
  it("drafts from the text, and marks the draft stale once the text changes until it is drafted again", () => {
    const started = run({ type: "edit", text: seedSource }, { type: "start", pending: { label: "正在起草" } });
    expect(started.pending).toEqual({ label: "正在起草" });
    const ready = draftReducer(started, drafted(seedSource));
    expect(ready.pending).toBeUndefined();
    expect(ready.draft?.report.title).toBe("某某镇关于落实意识形态工作的情况汇报");
    expect(isStale(ready)).toBe(false);
    const edited = draftReducer(ready, { type: "edit", text: `${seedSource}补充一句。` });
    expect(isStale(edited)).toBe(true);
    expect(isStale(draftReducer(edited, drafted(edited.text)))).toBe(false);
  });

  it("forgets the last check when the draft or the id changes, and keeps the original for restoring", () => {
    const checked = draftReducer(pasted(), { type: "checked", problems: ["measures[0]：不对"] });
    const id = checked.draft!.report.measures[0].id;
    const changed = draftReducer(checked, { type: "change", change: (r) => removeMeasure(r, id) });
    expect(changed.problems).toBeUndefined();
    expect(changed.draft!.report.measures.some((m) => m.id === id)).toBe(false);
    expect(changed.draft!.original.measures.some((m) => m.id === id)).toBe(true);
    expect(draftReducer(checked, { type: "id", id: " town-2021 " })).toMatchObject({ id: "town-2021", problems: undefined });
  });

  it("keeps the draft when a file is refused unread, drops it when the file is not text or the text cannot be drafted", () => {
    const ready = pasted();
    expect(draftReducer(ready, { type: "refuse", error: "太大" })).toMatchObject({ error: "太大", draft: ready.draft });
    expect(draftReducer(ready, { type: "unreadable", error: "不是纯文本" }).draft).toBeUndefined();
    const failed = draftReducer(ready, drafted("《".repeat(100)));
    expect(failed.draft).toBeUndefined();
    expect(failed.error).toMatch(/没有找到中文正文/);
    expect(draftReducer(failed, drafted(seedSource)).error).toBeUndefined();
  });

  it("names the field a report.json would fail on, and passes a sound draft", () => {
    const { draft } = pasted();
    expect(problemsOf(finalReport(draft!.report, "town-2021"), draft!.text, "town-2021")).toEqual([]);
    const id = draft!.report.measures.find((m) => m.quantity?.qualifier === "missing")!.id;
    const blank = patchQuantity(draft!.report, id, { qualifier: "exact" });
    const problems = problemsOf(finalReport(blank, "town-2021"), draft!.text, "town-2021");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^measures\[\d+\]\.quantity.*：qualifier 为 exact 时必须给出数值/);
  });
});
