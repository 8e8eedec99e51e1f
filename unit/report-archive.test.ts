import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  archivePage,
  byOrganizationThenLatest,
  compareHref,
  facets,
  filterEntries,
  latestPairs,
  noFilter,
  parseSelection,
  localId,
  localToken,
  nextPeriods,
  previousPeriods,
  summarize,
  type ReportEntry,
} from "@/lib/report/archive";
import { followUpsOf, unmentionedBy } from "@/lib/plans/followups";
import { loadReportFolder, loadReportsDir } from "@/lib/server/reports";

const root = "fixtures/reports";
// The three town reports these tests compare; bingzhen-hostile is hostile but valid content (markup
// in every text, 50 categories) for the robustness e2e tests; county-* are the summary's fixture county.
const ids = ["yizhen-2021-h1", "jiazhen-2021-h2", "jiazhen-2021-h1"];
const HOSTILE = "bingzhen-hostile";
const fixtures = ids.map((id) => loadReportFolder(path.join(root, id)));
const summaries = fixtures.map(({ report }) => summarize(report));

describe("fixture reports", () => {
  it("validate together (follow-ups included), and are marked as test samples in title and text", () => {
    const all = loadReportsDir(root);
    const county = [...all.keys()].filter((id) => id.startsWith("county-"));
    expect(county).toHaveLength(14);
    expect([...all.keys()].sort()).toEqual([...ids, HOSTILE, ...county].sort());
    for (const { report, source } of all.values()) {
      expect(report.title).toContain("测试样例");
      expect(source.startsWith("【测试样例】")).toBe(true);
    }
  });
});

describe("summaries", () => {
  it("carry counts and completeness, not the report's data", () => {
    const h1 = summaries.find((s) => s.id === "jiazhen-2021-h1")!;
    expect(h1).toMatchObject({ organization: "甲镇", period: "2021年上半年", measures: 6 });
    expect(h1.completeness).toMatchObject({ total: 6, gaps: 1 });
    expect(h1.completeness.byQualifier).toMatchObject({ exact: 3, at_least: 1, approx: 1, missing: 1 });
    expect(JSON.stringify(h1)).not.toContain("quote");
  });

  it("sort by organization (pinyin), latest period first", () => {
    expect([...summaries].sort(byOrganizationThenLatest).map((s) => s.id)).toEqual([
      "jiazhen-2021-h2",
      "jiazhen-2021-h1",
      "yizhen-2021-h1",
    ]);
  });
});

describe("the first page of the list on /", () => {
  const sorted = [...summaries].sort(byOrganizationThenLatest);

  it("carries the first rows in order, the count and the filters' values over the whole archive", () => {
    const page = archivePage(sorted, 2);
    expect(page.first.map((s) => s.id)).toEqual(["jiazhen-2021-h2", "jiazhen-2021-h1"]);
    expect(page.total).toBe(3);
    // 乙镇 is on no row of the first page, yet the filter offers it.
    expect(page.organizations).toEqual(["甲镇", "乙镇"]);
    expect(page.periods).toEqual(["2021年下半年", "2021年上半年"]);
  });

  it("names the previous period of the rows it carries, and of no other", () => {
    const archive = [...loadReportsDir(root).values()].map(({ report }) => summarize(report)).sort(byOrganizationThenLatest);
    const page = archivePage(archive, 5);
    expect(page.first.map((s) => s.id)).toContain("county-dongguan-2021-h2");
    // jiazhen and xihe have a previous period too, but on later pages: the whole list brings theirs.
    expect(previousPeriods(archive).has("jiazhen-2021-h2")).toBe(true);
    expect(Object.fromEntries(Object.entries(page.previous).map(([id, e]) => [id, e.id]))).toEqual({
      "county-dongguan-2021-h2": "county-dongguan-2021-h1",
    });
    expect(archivePage(archive, archive.length).first).toEqual(archive);
  });
});

describe("filters", () => {
  it("offer each organization and period once", () => {
    expect(facets(summaries)).toEqual({ organizations: ["甲镇", "乙镇"], periods: ["2021年下半年", "2021年上半年"] });
  });

  it("filter by organization, period and title words", () => {
    const ids = (f: Partial<typeof noFilter>) =>
      filterEntries(summaries, { ...noFilter, ...f })
        .map((s) => s.id)
        .sort();
    expect(ids({})).toHaveLength(3);
    expect(ids({ organization: "甲镇" })).toEqual(["jiazhen-2021-h1", "jiazhen-2021-h2"]);
    expect(ids({ period: "2021年上半年" })).toEqual(["jiazhen-2021-h1", "yizhen-2021-h1"]);
    expect(ids({ organization: "乙镇", period: "2021年下半年" })).toEqual([]);
    expect(ids({ query: "下半年" })).toEqual(["jiazhen-2021-h2"]);
  });
});

describe("the /compare selection in the URL", () => {
  it("keeps order, drops repeats and anything that is not an id", () => {
    expect(parseSelection("b,a,b, c ,../x,,A")).toEqual(["b", "a", "c"]);
    expect(parseSelection(null)).toEqual([]);
  });

  it("marks a report of this browser's library with ~, so a local copy stands beside the archive's", () => {
    expect(parseSelection(`a,${localToken("a")},~../x,~~b`)).toEqual(["a", "~a"]);
    expect(localId("~a")).toBe("a");
    expect(localId("a")).toBeUndefined();
  });

  it("links a pair earliest first, so the baseline is the earlier period", () => {
    const [h2, h1] = ["jiazhen-2021-h2", "jiazhen-2021-h1"].map((id) => summaries.find((s) => s.id === id)!);
    expect(compareHref([h2, h1])).toBe("/compare/?r=jiazhen-2021-h1,jiazhen-2021-h2");
  });

  it("knows each report's previous period, and each town's latest pair", () => {
    expect(previousPeriods(summaries).get("jiazhen-2021-h2")?.id).toBe("jiazhen-2021-h1");
    expect(previousPeriods(summaries).has("yizhen-2021-h1")).toBe(false);
    const other: ReportEntry = { ...summaries[0], id: "yizhen-2021-h1-party", topic: "党建工作" };
    expect(previousPeriods([...summaries, other]).has("yizhen-2021-h1-party")).toBe(false); // another topic is not a previous period
    expect(nextPeriods(summaries).get("jiazhen-2021-h1")?.id).toBe("jiazhen-2021-h2");
    expect(nextPeriods(summaries).has("jiazhen-2021-h2")).toBe(false);
    expect(latestPairs(summaries).map(([a, b]) => [a.id, b.id])).toEqual([["jiazhen-2021-h1", "jiazhen-2021-h2"]]);
  });
});

describe("follow-up across periods", () => {
  it("names the earlier report's commitments the next period leaves unmentioned", () => {
    const reports = fixtures.map((f) => f.report);
    const h1 = reports.find((r) => r.id === "jiazhen-2021-h1")!;
    const refs = followUpsOf(h1.id, reports);
    expect(Object.keys(refs).sort()).toEqual(["p1-team", "p1-training"]);
    expect(unmentionedBy(h1, "jiazhen-2021-h2", refs).map((c) => c.id)).toEqual(["p2-refresh"]);
    expect(unmentionedBy(h1, "yizhen-2021-h1", refs)).toHaveLength(3);
  });
});
