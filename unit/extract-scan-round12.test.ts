/**
 * Rules the round-twelve fixtures showed, each general, with what must stay as it is: 逐月 is monthly
 * (逐年 is "year on year", no cadence); a 日 + routine verb after a character of a word still names a
 * daily routine at the head of a list of routines (实行日调度、周通报), while 节日调度 stays text.
 */
import { describe, expect, it } from "vitest";
import { blanks, scan } from "./extract-scan-helpers";

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

describe("the next item of a list of counts, its number left out", () => {
  it("新增互助幸福院2所、床位张，", () => {
    expect(blanks("新增互助幸福院2所、床位张，运营良好。")).toEqual(["张"]);
  });
  it.each(["建成篮球场2个、足球场，", "新建停车场，共设泊位120个。", "发放慰问品2批、慰问信，", "有张贴画的宣传栏2个。"])(
    "stays text: %s",
    (body) => {
      expect(blanks(body)).toEqual([]);
    },
  );
});
