/**
 * Rules the round-fourteen fixtures showed, each general, with what must stay as it is: 方 (the spoken
 * 立方米) counts a material moved by volume, never the parties or directions of 三方, 四面八方; 日统计
 * heads a list of routines as 日调度 does.
 */
import { describe, expect, it } from "vitest";
import { figures, scan } from "./extract-scan-helpers";

const found = (body: string) => figures(body).map((f) => [f.text, f.value, f.unit, f.qualifier]);

describe("方 counts a material by volume", () => {
  it.each([
    ["全年清理河道垃圾及漂浮物4,300余方。", ["4,300余方", 4300, "方", "at_least"]],
    ["打捞水葫芦等水生植物1,600余方。", ["1,600余方", 1600, "方", "at_least"]],
    ["清淤土方3.2万方。", ["3.2万方", 3.2, "万方", "exact"]],
  ])("%s", (body, figure) => {
    expect(found(body)).toContainEqual(figure);
  });
  it.each(["建立镇、校、家长三方安全联络群。", "形成四面八方支援的格局。", "签订三方协议12份。", "从四方面抓落实。"])(
    "stays as it is: %s",
    (body) => {
      expect(found(body).filter(([, , unit]) => String(unit).endsWith("方"))).toEqual([]);
    },
  );
});

describe("a routine list headed by 日", () => {
  it("建立“日统计、周通报、月考核”工作机制", () => {
    const { hits } = scan("建立“日统计、周通报、月考核”工作机制。");
    expect(hits.cadenceHits.map((c) => [c.cadence.text, c.cadence.kind])).toEqual([
      ["日统计", "daily"],
      ["周通报", "weekly"],
      ["月考核", "monthly"],
    ]);
  });
});
