import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { commitmentState, commitmentStates, followUpsMade, followUpsOf, nextPeriodOf, stateCounts } from "@/lib/plans/followups";
import { loadReportFolder, loadReportsDir } from "@/lib/server/reports";
import { ReportError } from "@/lib/model/validate";

const fixtures = path.join(__dirname, "..", "fixtures", "followups");
const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A copy of the fixture archive with the later report's followUps changed. */
function archiveWith(change: (later: Record<string, unknown> & { followUps: Record<string, unknown>[] }) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "followups-"));
  temps.push(dir);
  fs.cpSync(fixtures, dir, { recursive: true, filter: (src) => !src.endsWith("README.md") });
  const file = path.join(dir, "town-2020h2", "report.json");
  const later = JSON.parse(fs.readFileSync(file, "utf8"));
  change(later);
  fs.writeFileSync(file, JSON.stringify(later));
  return dir;
}

function problemsOf(load: () => unknown): { file: string; path: string; message: string }[] {
  try {
    load();
  } catch (error) {
    const errors = error instanceof AggregateError ? error.errors : [error];
    return errors.flatMap((e) => (e instanceof ReportError ? e.problems.map((p) => ({ file: e.file, ...p })) : []));
  }
  throw new Error("应当报错，却加载成功");
}

describe("follow-ups across reports", () => {
  it("load, and mark the earlier report's commitments with the later report's word", () => {
    const loaded = loadReportsDir(fixtures);
    const reports = [...loaded.values()].map((l) => l.report);
    const refs = followUpsOf("town-2020h1", reports);
    expect(Object.keys(refs).sort()).toEqual(["h1-checks", "h1-monthly"]);
    const earlier = loaded.get("town-2020h1")!.report;
    const [monthly, checks] = earlier.plans[0].commitments;
    expect(commitmentState(monthly, refs[monthly.id])).toMatchObject({ state: "done", basis: "followUp", by: { id: "town-2020h2" } });
    expect(commitmentState(checks, refs[checks.id])).toMatchObject({ state: "dropped", note: "因人员调整暂停" });
    expect(stateCounts(commitmentStates(earlier, refs))).toEqual({ planned: 0, in_progress: 0, done: 1, dropped: 1 });
    expect(followUpsOf("town-2020h2", reports)).toEqual({});
    const later = loaded.get("town-2020h2")!.report;
    expect(followUpsMade(later, reports).map((m) => [m.earlier.title, m.commitment, m.followUp.state])).toEqual([
      [earlier.title, "每月定期研判", "done"],
      [earlier.title, "镇纪委不定期抽查", "dropped"],
    ]);
  });

  it("name the next period's report, the commitments it passes over, and the comparison of the two", () => {
    const reports = [...loadReportsDir(fixtures).values()].map((l) => l.report);
    const [earlier, later] = ["town-2020h1", "town-2020h2"].map((id) => reports.find((r) => r.id === id)!);
    const next = nextPeriodOf(earlier, reports, followUpsOf(earlier.id, reports));
    expect(next).toMatchObject({ id: later.id, title: later.title, period: later.period.label, unmentioned: [] });
    expect(next!.compareHref).toMatch(/town-2020h1.*town-2020h2/);
    expect(nextPeriodOf(later, reports, followUpsOf(later.id, reports))).toBeUndefined();
    // A later report that follows up one commitment of two passes over the other.
    const [kept] = later.followUps!;
    const partial = [earlier, { ...later, followUps: [kept] }];
    const other = earlier.plans[0].commitments.find((c) => c.id !== kept.commitment)!;
    expect(nextPeriodOf(earlier, partial, followUpsOf(earlier.id, partial))!.unmentioned).toEqual([other.text]);
  });

  it("take the latest report's word, whatever dates the reports give", () => {
    const loaded = loadReportsDir(fixtures);
    const earlier = loaded.get("town-2020h1")!.report;
    const h2 = loaded.get("town-2020h2")!.report;
    const monthly = earlier.plans[0].commitments[0];
    const says = (id: string, year: number, state: "done" | "in_progress", date?: string) => ({
      ...h2,
      id,
      period: { ...h2.period, year },
      followUps: [{ ...h2.followUps![0], commitment: monthly.id, state, ...(date ? { date } : { date: undefined }) }],
    });
    // The 2021 report (undated) comes after the 2020 one (dated): its word is the latest.
    const refs = followUpsOf(earlier.id, [says("town-2021", 2021, "in_progress"), says("town-2020", 2020, "done", "2020-12-20")]);
    expect(refs[monthly.id].map((r) => r.by.id)).toEqual(["town-2020", "town-2021"]);
    expect(commitmentState(monthly, refs[monthly.id])).toMatchObject({ state: "in_progress", by: { id: "town-2021" } });
  });

  it("treat a commitment no report follows up as planned, unless its own report says otherwise", () => {
    const earlier = loadReportFolder(path.join(fixtures, "town-2020h1")).report;
    const c = earlier.plans[0].commitments[0];
    expect(commitmentState(c)).toEqual({ state: "planned", basis: "plan" });
    expect(commitmentState({ ...c, status: { state: "in_progress", date: "2020-09-30" } })).toEqual({
      state: "in_progress",
      date: "2020-09-30",
      basis: "own",
    });
  });

  it("reject a follow-up on an unknown commitment, naming file and field", () => {
    const dir = archiveWith((later) => (later.followUps[0].commitment = "h1-weekly"));
    const problems = problemsOf(() => loadReportsDir(dir));
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toMatch(/town-2020h2[/\\]report\.json$/);
    expect(problems[0].path).toBe("followUps[0].commitment");
    expect(problems[0].message).toContain("h1-weekly");
    expect(problems[0].message).toContain("h1-monthly");
  });

  it("reject a follow-up on an unknown report", () => {
    const dir = archiveWith((later) => (later.followUps[1].report = "town-2019h2"));
    expect(problemsOf(() => loadReportsDir(dir)).map((p) => p.path)).toEqual(["followUps[1].report"]);
  });

  it("reject a follow-up of the report's own commitments, and a quote not in the later source", () => {
    const dir = archiveWith((later) => {
      later.followUps[0].report = "town-2020h2";
      later.followUps[1].quote = "不定期抽查已全部落实";
    });
    expect(problemsOf(() => loadReportsDir(dir)).map((p) => p.path)).toEqual(["followUps[0].report", "followUps[1].quote"]);
  });

  it("reject a follow-up with a state the schema does not know", () => {
    const dir = archiveWith((later) => (later.followUps[0].state = "finished"));
    expect(problemsOf(() => loadReportsDir(dir)).map((p) => p.path)).toEqual(["followUps[0].state"]);
  });
});
