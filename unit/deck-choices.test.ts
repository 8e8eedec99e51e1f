import { describe, expect, it } from "vitest";
import { applyChoices, moveSlide, parseChoices, toggleHidden, toggleSummaryFigure } from "@/lib/deck/choices";
import { buildDeck, type SummarySlide, type TitleSlide } from "@/lib/deck/deck";
import { notesLines } from "@/lib/deck/notes";
import { findReport } from "@/lib/server/reports";

const { report } = findReport("mouzhen-2020-ideology")!;
const slides = buildDeck(report);
const ids = slides.map((s) => s.id);

describe("deck choices", () => {
  it("no choices is the deck as built", () => {
    expect(applyChoices({}, slides)).toEqual(slides.map((s) => ({ ...s, talkingPoints: undefined })));
  });

  it("hides slides and moves them, keeping the rest in order", () => {
    const hidden = toggleHidden({}, "agenda");
    expect(applyChoices(hidden, slides).map((s) => s.id)).toEqual(ids.filter((id) => id !== "agenda"));
    expect(toggleHidden(hidden, "agenda").hidden).toEqual([]);
    const moved = moveSlide({}, slides, "closing", -1);
    expect(
      applyChoices(moved, slides)
        .map((s) => s.id)
        .slice(-2),
    ).toEqual(["closing", ids.at(-2)]);
    expect(moveSlide({}, slides, "title", -1)).toEqual({});
  });

  it("never leaves an empty deck", () => {
    expect(applyChoices({ hidden: ids }, slides).map((s) => s.id)).toEqual(["title"]);
  });

  it("puts the chosen figures on 主要成效, the 汇报人 on the cover, talking points in the notes", () => {
    const summary = slides.find((s): s is SummarySlide => s.kind === "summary")!;
    const current = summary.figures.map((f) => f.id);
    const choices = { ...toggleSummaryFigure({}, current, "s3-boxes"), reporter: " 张三 ", talkingPoints: { s1: "先讲领导小组" } };
    const out = applyChoices(choices, slides);
    expect((out.find((s) => s.kind === "summary") as SummarySlide).figures.map((f) => f.id)).toEqual(
      current.filter((id) => id !== "s3-boxes"),
    );
    expect((out[0] as TitleSlide).reporter).toBe("张三");
    expect(notesLines(out.find((s) => s.id === "s1")!)[0]).toBe("讲稿要点：先讲领导小组");
  });

  it("reads back anything stored; what it cannot read is no choice, never an error", () => {
    expect(parseChoices(JSON.stringify({ hidden: ["s1"] }))).toEqual({ hidden: ["s1"] });
    expect(parseChoices("{not json")).toEqual({});
    expect(parseChoices(JSON.stringify({ hidden: "s1" }))).toEqual({});
    expect(parseChoices(null)).toEqual({});
  });
});
