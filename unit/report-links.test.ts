import { describe, expect, it } from "vitest";
import { backHref, backLabel, formatPlace, hrefTo, otherReportHref, parsePlace, traceHref, traceHrefFrom } from "@/lib/report/links";

const base = "http://intranet.example/kanban/reports/r1/";
const resolve = (href: string, from = base) => new URL(href, from);

describe("links between a report's pages", () => {
  it("are relative, so they work under any base path", () => {
    expect(hrefTo("overview", { page: "source", at: "q-x" })).toBe("source/#q-x");
    expect(hrefTo("source", { page: "overview", at: "chart-a" })).toBe("../#chart-a");
    expect(hrefTo("plans", { page: "present", query: "slide=3" })).toBe("../present/?slide=3");
    expect(hrefTo("overview", { page: "overview", at: "kpi-a" })).toBe("#kpi-a");
    expect(hrefTo("source", { page: "overview" })).toBe("../");
  });

  it("go from a figure to its sentence and back to the same spot", () => {
    const from = { page: "overview" as const, at: "chart-figures-u6761" };
    const there = resolve(traceHref(from, "s3-banners"));
    expect(there.pathname).toBe("/kanban/reports/r1/source/");
    expect(there.hash).toBe("#q-s3-banners");
    const place = parsePlace(there.searchParams.get("from"));
    expect(place).toEqual(from);
    const back = resolve(backHref(place!), there.href);
    expect(back.pathname + back.hash).toBe("/kanban/reports/r1/#chart-figures-u6761");
  });

  it("reach another report's pages (a follow-up) from either depth", () => {
    const later = { page: "source" as const, at: "q-fu-1" };
    expect(resolve(otherReportHref("plans", "r2", later), `${base}plans/`).href).toBe(
      "http://intranet.example/kanban/reports/r2/source/#q-fu-1",
    );
    expect(resolve(otherReportHref("overview", "r2", { page: "plans", at: "c1" })).href).toBe(
      "http://intranet.example/kanban/reports/r2/plans/#c1",
    );
  });

  it("reach the source view from the presenter window, two levels down", () => {
    const href = traceHrefFrom("../../", { page: "present", at: "4" }, "s3-books");
    const there = resolve(href, `${base}present/presenter/`);
    expect(there.pathname + there.hash).toBe("/kanban/reports/r1/source/#q-s3-books");
    const back = resolve(backHref(parsePlace(there.searchParams.get("from"))!), there.href);
    expect(back.pathname + back.hash).toBe("/kanban/reports/r1/present/#4");
  });

  it("keep a slide's query on the way back", () => {
    const from = { page: "present" as const, query: "slide=4" };
    expect(parsePlace(formatPlace(from))).toEqual(from);
    const back = resolve(backHref(from), `${base}source/`);
    expect(back.pathname + back.search).toBe("/kanban/reports/r1/present/?slide=4");
  });

  it("refuse a ?from= that is not a place in this report", () => {
    for (const bad of [
      "//evil.example/",
      "https://evil.example",
      "source#q-x",
      "overview#a b",
      "overview/../..",
      "",
      null,
      "plans#<script>",
    ]) {
      expect(parsePlace(bad), String(bad)).toBeUndefined();
    }
  });

  it("name the way back", () => {
    expect(backLabel(undefined)).toBe("返回概览");
    expect(backLabel({ page: "overview", at: "chart-a" }, { "overview#chart-a": "图表「原文数字」" })).toBe("返回概览 · 图表「原文数字」");
    expect(backLabel({ page: "plans", at: "chart-a" }, { "overview#chart-a": "图表「原文数字」" })).toBe("返回不足与计划");
    expect(backLabel({ page: "present", at: "3" }, { "present#3": "第 3 张" })).toBe("返回汇报演示 · 第 3 张");
  });
});
