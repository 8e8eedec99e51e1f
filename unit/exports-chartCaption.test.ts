import { describe, expect, it } from "vitest";
import { chartsFor } from "@/lib/report/charts";
import { chartCaption } from "@/lib/exports/chartCaption";
import { seed } from "./helpers";

const { report } = seed;
const caption = (title: string) =>
  chartCaption(
    chartsFor(report).find((c) => c.title === title)!,
    report.title,
  );

describe("chartCaption: what a chart image carries to stand alone", () => {
  it("names the chart, its unit and the report it comes from", () => {
    const c = caption("原文数字（单位：条）");
    expect(c.title).toBe("原文数字（单位：条）");
    expect(c.subtitle.startsWith("单位：条")).toBe(true);
    expect(c.source).toBe("来源：某某镇关于落实意识形态工作的情况汇报");
    expect(c.description).toContain("悬挂条幅：186 条（累计）");
  });

  it("says which bars are bounds or estimates, in the source's words (余/近), and which are blank", () => {
    expect(caption("原文数字（单位：条）").notes).toEqual([
      "非确数（浅色虚线框）：粉刷、悬挂、张贴社会宣传标语：至少 80 条（累计），原文作“80余条”",
    ]);
    expect(caption("原文数字（单位：册）").notes).toEqual(["非确数（浅色虚线框）：购买优秀书籍：约 5,000 册（累计），原文作“近5000册”"]);
    expect(caption("原文数字（单位：个）").notes).toEqual(["原文未写明数字，不画柱：成立文明理事会的村"]);
    expect(caption("各类举措数量").notes).toEqual([]);
    expect(caption("各类举措数量").subtitle).toContain("不是原文数字");
  });
});
