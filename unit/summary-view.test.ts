// What a summary page shows of a large group: one page of towns under the whole group's totals.
import { expect, test } from "vitest";
import { loadReportsDir } from "@/lib/server/reports";
import { loadCatalogue } from "@/lib/server/indicators";
import { summarize } from "@/lib/summary/summary";
import { townRows } from "@/lib/summary/table";
import { commitmentsText, findTowns, pageOf, totalText, viewOf } from "@/lib/summary/view";

const archive = [...loadReportsDir("fixtures/reports").values()].map((l) => l.report);
const summary = summarize(townRows(archive, archive), loadCatalogue().indicators);

test("a page's cells and 未报 are its own towns'; its footer is the whole group's", () => {
  const towns = summary.towns.slice(0, 5);
  const view = viewOf(summary, towns);
  const banners = summary.columns.find((c) => c.id === "banners")!;
  const shown = view.columns.find((c) => c.id === "banners")!;
  expect(Object.keys(shown.cells).every((id) => towns.some((t) => t.id === id))).toBe(true);
  expect(Object.keys(shown.cells).length).toBeLessThan(Object.keys(banners.cells).length);
  expect(shown.absent.every((id) => towns.some((t) => t.id === id))).toBe(true);
  expect(shown.total).toEqual(banners.total);
  expect(shown.figureCount).toBe(Object.keys(banners.cells).length);
  expect(shown.blankCount).toBe(banners.blanks.length);
  expect(shown.totalNote).toBe(totalText(banners, summary.towns));
  expect(view.towns).toEqual(towns);
});

test("pages count from 1 for people and clamp at both ends", () => {
  expect(pageOf(18, 0, 15)).toEqual({ page: 0, pages: 2, start: 0, end: 15, from: 1, to: 15 });
  expect(pageOf(18, 1, 15)).toEqual({ page: 1, pages: 2, start: 15, end: 18, from: 16, to: 18 });
  expect(pageOf(18, 7, 15).page).toBe(1);
  expect(pageOf(18, -1, 15).page).toBe(0);
  expect(pageOf(0, 0, 15)).toEqual({ page: 0, pages: 1, start: 0, end: 0, from: 0, to: 0 });
});

test("a search finds towns by name, ignoring spaces; an empty one keeps them all", () => {
  expect(findTowns(summary.towns, " 西 河").map((t) => t.organization)).toEqual(["西河镇", "西河镇"]);
  expect(findTowns(summary.towns, "")).toHaveLength(summary.towns.length);
  expect(findTowns(summary.towns, "没有这个镇")).toEqual([]);
});

test("a total names at most ten towns it leaves out, then says how many in all", () => {
  const towns = Array.from({ length: 25 }, (_, i) => ({
    id: `t${i}`,
    organization: `第${i}镇`,
    period: "",
    commitments: [],
    label: `第${i}镇`,
  }));
  const column = { ...summary.columns[0], cells: {}, blanks: [], absent: towns.map((t) => t.id) };
  const text = totalText(column, towns);
  expect(text).toContain("25 个单位未报此项（第0镇、第1镇、第2镇、第3镇、第4镇、第5镇、第6镇、第7镇、第8镇、第9镇等）");
  expect(text).not.toContain("第10镇");
});

test("the promises are counted by their latest state over the whole group", () => {
  const promises = summary.towns.flatMap((t) => t.commitments);
  const done = promises.filter((c) => c.state === "done").length;
  expect(done).toBeGreaterThan(0);
  expect(commitmentsText(summary.towns)).toMatch(new RegExp(`^共 ${promises.length} 项承诺：已完成 ${done} 项，`));
  expect(commitmentsText([])).toBe("这些汇报都没有写明承诺。");
});
