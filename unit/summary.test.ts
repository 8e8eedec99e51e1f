import { expect, test } from "vitest";
import { loadReportsDir } from "@/lib/server/reports";
import { loadCatalogue } from "@/lib/server/indicators";
import { summaryGroups } from "@/lib/summary/groups";
import { summarize } from "@/lib/summary/summary";
import { summaryDeck } from "@/lib/summary/deck";
import { townRows, type TownRow } from "@/lib/summary/table";
import { figureText } from "@/lib/report/format";

const archive = [...loadReportsDir("fixtures/reports").values()].map((l) => l.report);
const groups = summaryGroups(archive);
const notice = groups.find((g) => g.label === "某某县委宣传部《关于报送2021年上半年意识形态工作情况的通知》")!;
const members = archive.filter((r) => notice.reportIds.includes(r.id));
const summary = summarize(townRows(members, archive), loadCatalogue().indicators);
const column = (id: string) => summary.columns.find((c) => c.id === id)!;
const town = (name: string) => summary.towns.find((t) => t.organization === name)!.id;

test("the fixture county: twelve towns answer one notice, and the later reports form a group of their own", () => {
  expect(notice.reportIds).toHaveLength(12);
  expect(groups.some((g) => g.kind === "notice" && g.label.includes("下半年") && g.reportIds.length === 2)).toBe(true);
});

test("banners: a blank is not 0, a range stays a range, a cumulative figure stands apart", () => {
  const banners = column("banners");
  expect(banners.blanks).toEqual([town("南岭镇")]);
  // 10 towns added (南岭 blank, 石桥 累计 apart); 北坡 150–180 and 白沙 100余 make a lower bound.
  expect(Object.keys(banners.cells)).toHaveLength(11);
  expect(banners.total.lowerBound).toBe(true);
  expect(banners.total.quantity.value).toBe(120 + 95 + 150 + 88 + 110 + 76 + 130 + 100 + 140 + 60);
  expect(figureText(banners.total.quantity)).toBe("≥1,069");
  const apart = column("banners--2");
  expect(Object.keys(apart.cells)).toEqual([town("石桥镇")]);
  expect(apart.warnings[0]).toContain("是累计数而非本期数");
});

test("books: 本 and 册 are not added together; 近 makes the total approximate", () => {
  expect(column("books").unit).toBe("册");
  expect(column("books").total.approx).toBe(true);
  expect(column("books--2").unit).toBe("本");
  expect(column("books--2").warnings[0]).toContain("单位为「本」而非「册」");
});

test("lectures: the town that did not report it is named, the blank is counted as blank", () => {
  expect(column("lectures").absent).toEqual([town("北坡镇")]);
  expect(column("lectures").blanks).toEqual([town("白沙镇")]);
});

test("every town's commitments carry their latest state: done by a later report's follow-up", () => {
  const dongguan = summary.towns.find((t) => t.organization === "东关镇")!;
  expect(dongguan.commitments).toEqual([expect.objectContaining({ state: "done", basis: "followUp" })]);
  expect(summary.towns.find((t) => t.organization === "马集镇")!.commitments[0]).toMatchObject({ state: "planned", basis: "plan" });
});

test("the same indicator counting different things stands apart: 检查企业 in 家 of firms and in 家次 of visits are not one total", () => {
  const row = (id: string, counts: string, value: number, unit = "家"): TownRow => ({
    id,
    organization: id,
    period: "2021年上半年",
    year: 2021,
    figures: [
      {
        key: "enterprises-inspected",
        counts,
        label: "检查企业",
        measure: "m1",
        quantity: { value, unit, qualifier: "exact", cumulative: false, text: `${value}${unit}` },
      },
    ],
    commitments: [],
  });
  const catalogue = loadCatalogue().indicators;
  const own = catalogue.find((i) => i.key === "enterprises-inspected")!.counts;
  const { columns } = summarize(
    [row("a", own, 40), row("b", own, 25), row("c", "检查的危化品企业", 6), row("d", "检查的企业、场所（次）", 130, "家次")],
    catalogue,
  );
  expect(columns.map((c) => [c.id, c.counts, c.unit, Object.keys(c.cells), c.total.quantity.value])).toEqual([
    ["enterprises-inspected", own, "家", ["a", "b"], 65],
    ["enterprises-inspected--2", "检查的危化品企业", "家", ["c"], 6],
    ["enterprises-inspected--3", "检查的企业、场所（次）", "家次", ["d"], 130],
  ]);
  expect(columns[1].warnings).toEqual([`1 个镇的数统计的是「检查的危化品企业」而非「${own}」，不能与第一列相加或比较，单列于此`]);
  expect(columns[2].warnings[0]).toContain("单位为「家次」而非「家」、统计的是「检查的企业、场所（次）」");
  // Every town reported the indicator, in one column or another: none is listed as 未报.
  expect(columns.map((c) => c.absent)).toEqual([[], [], []]);
});

test("the summary deck's title slide names the periods its reports cover, never an empty line", () => {
  const title = summaryDeck(notice, summary)[0];
  expect(title).toMatchObject({ kind: "title", organization: "12 个单位", period: "2021年上半年" });
  const all = groups.find((g) => g.kind === "all")!;
  const everything = summarize(
    townRows(
      archive.filter((r) => all.reportIds.includes(r.id)),
      archive,
    ),
    loadCatalogue().indicators,
  );
  const period = (summaryDeck(all, everything)[0] as { period: string }).period;
  expect(period).not.toBe("");
  expect(period).toContain("2021年上半年");
});
