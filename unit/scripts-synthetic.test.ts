import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compareReports } from "@/lib/compare/compare";
import { loadReportFolder, loadReportsDir } from "@/lib/server/reports";
import { writeSyntheticReports } from "@/scripts/synthetic";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "huibao-synthetic-test-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("synthetic reports", () => {
  const ids = writeSyntheticReports(60, dir);
  const reports = ids.map((id) => loadReportFolder(path.join(dir, id)));

  it("load as one archive: each period's follow-up names the town's previous report", () => {
    const archive = loadReportsDir(dir);
    expect(archive.size).toBe(60);
    expect(archive.get("synth-t01-2001-h2")!.report.followUps).toEqual([
      expect.objectContaining({ report: "synth-t01-2001-h1", commitment: "p1-training" }),
    ]);
    expect(archive.get("synth-t01-2001-h1")!.report.followUps).toBeUndefined();
  });

  it("validate like real ones, and say they are synthetic in title, text and origin", () => {
    expect(new Set(ids).size).toBe(60);
    for (const { report, source } of reports) {
      expect(report.title.startsWith("【合成数据】")).toBe(true);
      expect(source.startsWith("【合成数据】")).toBe(true);
      expect(report.origin).toContain("合成数据");
    }
  });

  it("vary as an archive does: 20 towns, three periods each, blanks, bounds, 横幅 and 累计", () => {
    const all = reports.map((r) => r.report);
    expect(new Set(all.map((r) => r.organization.name)).size).toBe(20);
    expect(new Set(all.map((r) => r.period.label))).toEqual(new Set(["2001年上半年", "2001年下半年", "2002年上半年"]));
    const qualifiers = new Set(all.flatMap((r) => r.measures.map((m) => m.quantity?.qualifier)));
    expect(qualifiers).toEqual(new Set(["exact", "at_least", "approx", "missing", undefined]));
    const c = compareReports(all.slice(0, 20));
    expect(c.notComparable.map((r) => r.key).sort()).toEqual(["banners", "slogans"]);
    expect(c.categories.find((r) => r.key === "culture")!.cells.some((cell) => cell.state === "absent")).toBe(true);
  });

  it("are never written into data/", () => {
    const guard = path.join("data", "synthetic-guard-test");
    try {
      expect(() => writeSyntheticReports(1, guard)).toThrow("合成数据不得写入 data/");
      expect(fs.existsSync(guard)).toBe(false);
    } finally {
      fs.rmSync(guard, { recursive: true, force: true });
    }
  });
});
