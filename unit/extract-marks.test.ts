import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { extractReport } from "@/lib/extract";
import { markDraftText } from "@/lib/extract/marks";
import { removeMeasure } from "@/lib/extract/review";

const source = fs.readFileSync("data/reports/mouzhen-2020-ideology/source.txt", "utf8");
const out = extractReport(source, { id: "seed-draft" });
if (!out.ok) throw new Error(out.error);
const x = out.extraction;
const draft = x.report;
const idOf = (text: string) => draft.measures.find((m) => m.quantity?.text === text)!.id;

describe("marking the draft over its source", () => {
  it("cuts the text into non-overlapping runs that rebuild it exactly", () => {
    const segments = markDraftText(source, x, x.traps, x.navigation, draft);
    expect(segments.map((s) => s.text).join("")).toBe(source);
    const figureRuns = segments.filter((s) => s.mark?.kind === "figure" || s.mark?.kind === "missing").map((s) => s.text);
    expect(figureRuns).toEqual(draft.measures.filter((m) => m.quantity).map((m) => m.quantity!.text));
    const afterRemoval = markDraftText(source, x, x.traps, x.navigation, removeMeasure(draft, idOf("186条")));
    expect(afterRemoval.some((s) => s.mark && s.text === "186条")).toBe(false);
  });

  it("says on each mark what the draft made of it; where a blank figure and its gap start together, the figure wins", () => {
    const marked = new Map(markDraftText(source, x, x.traps, x.navigation, draft).flatMap((s) => (s.mark ? [[s.text, s.mark]] : [])));
    expect(marked.get("个村")).toMatchObject({ kind: "missing", id: idOf("个村"), title: "原文缺失的数字" });
    expect(marked.get("月日")).toMatchObject({ kind: "gap", title: "原文缺失：日期（原文月、日均空）" });
    // The cadence holds its days: 12号 is not marked again as a trap inside it.
    expect(marked.get("每月12号、28号")).toMatchObject({ kind: "cadence", id: draft.measures.find((m) => m.cadence)!.id, title: "频次" });
    expect(marked.has("12号")).toBe(false);
  });
});
