import { describe, expect, it } from "vitest";
import { parseChineseNumeral, readNumber } from "@/lib/extract/numerals";

describe("numerals", () => {
  it.each([
    ["三", 3],
    ["十二", 12],
    ["二十三", 23],
    ["一百", 100],
    ["一百六十二", 162],
    ["一千二百", 1200],
    ["两千", 2000],
    ["一千零五十", 1050],
    ["三百五", 350],
    ["两万三", 23000],
    ["十万", 100000],
    ["二〇二〇", 2020],
  ])("%s = %d", (s, n) => expect(parseChineseNumeral(s)).toBe(n));

  it.each(["二三十", "三五", "十二三"])("%s is not one number", (s) => expect(parseChineseNumeral(s)).toBeNull());

  it("reads Arabic forms: full-width, decimals, thousands, 万 as a multiplier but not before 元", () => {
    const read = (s: string) => {
      const t = readNumber(s, 0)!;
      return [s.slice(0, t.end), t.value];
    };
    expect(read("２３个")).toEqual(["２３", 23]);
    expect(read("３８．５％")).toEqual(["３８．５", 38.5]);
    expect(read("1,200份")).toEqual(["1,200", 1200]);
    expect(read("1.5万人次")).toEqual(["1.5万", 15000]);
    expect(read("86.5万册")).toEqual(["86.5万", 865000]);
    expect(read("28.6万元")).toEqual(["28.6", 28.6]);
    expect(read("36个,每月")).toEqual(["36", 36]);
    expect(read("3 万至5万元")).toEqual(["3 万", 30000]);
    expect(read("3 万元")).toEqual(["3", 3]);
  });

  it("reads neighbouring digits as a range and Chinese decimals", () => {
    const read = (s: string) => {
      const t = readNumber(s, 0)!;
      return [s.slice(0, t.end), t.value, t.max, t.vague];
    };
    expect(read("七八千人")).toEqual(["七八千", 7000, 8000, false]);
    expect(read("二三十万元")).toEqual(["二三十", 20, 30, false]);
    expect(read("七八万人")).toEqual(["七八万", 70000, 8, false]);
    expect(read("三五个")).toEqual(["三五", 0, undefined, true]);
    expect(read("九十六点五")).toEqual(["九十六点五", 96.5, undefined, false]);
    expect(read("三点五万人")).toEqual(["三点五万", 35000, undefined, false]);
    expect(read("一点")).toEqual(["一", 1, undefined, false]);
  });
});
