/** The marked text of /import in blocks: cut only after a line break in plain text, so the text reads as it did. */
import { describe, expect, it } from "vitest";
import { blocksOf } from "@/components/import/SourceView";
import type { DraftSegment } from "@/lib/extract/marks";

const segmentsOf = (parts: (string | [string])[]): DraftSegment[] => {
  let at = 0;
  return parts.map((p) => {
    const text = typeof p === "string" ? p : p[0];
    const s: DraftSegment = {
      text,
      start: at,
      ...(typeof p === "string" ? {} : { mark: { kind: "figure", id: `m${at}`, title: "数字" } }),
    };
    at += text.length;
    return s;
  });
};

describe("blocksOf", () => {
  const segments = segmentsOf(["一、总体\n\n共", ["186条"], "，又设", ["36个"], "。\n二、", ["12处"], "整改\n完毕", ["3项"], "未完"]);

  it("keeps every character in order, each piece where it was", () => {
    for (const size of [1, 2, 3, 100]) {
      const blocks = blocksOf(segments, size);
      expect(
        blocks
          .flat()
          .map((s) => s.text)
          .join(""),
      ).toBe(segments.map((s) => s.text).join(""));
      const flat = blocks.flat();
      flat.forEach((s, i) => i && expect(s.start).toBe(flat[i - 1].start + flat[i - 1].text.length));
    }
  });

  it("ends a block only after a line break of plain text, never inside a mark", () => {
    const blocks = blocksOf(segments, 2);
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks.slice(0, -1)) expect(block.at(-1)!.text.endsWith("\n")).toBe(true);
    expect(
      blocks
        .flat()
        .filter((s) => s.mark)
        .map((s) => s.text),
    ).toEqual(["186条", "36个", "12处", "3项"]);
  });
});
