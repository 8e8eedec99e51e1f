/**
 * Rules the round-twelve fixtures showed, each general, with what must stay as it is: 逐月 is monthly
 * (逐年 is "year on year", no cadence); a 日 + routine verb after a character of a word still names a
 * daily routine at the head of a list of routines (实行日调度、周通报), while 节日调度 stays text.
 */
import { describe, expect, it } from "vitest";
import { scan } from "./extract-scan-helpers";

const cadences = (body: string) => {
  const { text, hits } = scan(body);
  return hits.cadenceHits.map((h) => [text.slice(h.start, h.end), h.cadence.kind]);
};

describe("cadences", () => {
  it.each([
    ["村级逐月开展生存认证。", [["逐月", "monthly"]]],
    [
      "实行日调度、周通报制度。",
      [
        ["日调度", "daily"],
        ["周通报", "weekly"],
      ],
    ],
    ["补贴标准逐年提高。", []],
    ["节日调度物资12批。", []],
    ["落实日调度制度。", []],
  ])("%s", (body, expected) => {
    expect(cadences(body)).toEqual(expected);
  });
});
