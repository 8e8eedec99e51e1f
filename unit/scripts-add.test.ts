import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bundleText, recordOf } from "@/lib/library/record";
import { loadReportFolder } from "@/lib/server/reports";
import { runAdd } from "@/scripts/add";
import { seed, seedRaw, seedSource } from "./helpers";

let root: string;
const saved = process.env.REPORTS_DIR;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "add-"));
  process.env.REPORTS_DIR = path.join(root, "reports");
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
  if (saved === undefined) delete process.env.REPORTS_DIR;
  else process.env.REPORTS_DIR = saved;
});

function bundle(text = bundleText(recordOf(seed.report, seedSource, new Date()))) {
  const file = path.join(root, "某镇.huibao.json");
  fs.writeFileSync(file, text);
  return file;
}

describe("npm run add", () => {
  it("publishes a bundle into data/reports/<id>/ that the build loads unchanged", () => {
    const result = runAdd([bundle()]);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out[0]).toMatch(/^已发布 .*mouzhen-2020-ideology\/（source.txt、report.json）$/);
    const loaded = loadReportFolder(path.join(root, "reports", seed.report.id));
    expect(loaded.report).toEqual(seed.report);
    expect(loaded.source).toBe(seedSource);
  });

  it("writes report.json as the archive keeps it, naming its schema, even from a bundle made in the browser (which has none)", () => {
    const { $schema, ...bare } = seed.report as typeof seed.report & { $schema?: string };
    expect($schema).toBeDefined();
    expect(runAdd([bundle(bundleText(recordOf(bare, seedSource, new Date())))]).code).toBe(0);
    const written = fs.readFileSync(path.join(root, "reports", seed.report.id, "report.json"), "utf8");
    expect(written.split("\n")[1]).toBe(`  "$schema": "${$schema}",`);
  });

  it("never overwrites without --force, and replaces whole with it", () => {
    const file = bundle();
    expect(runAdd([file]).code).toBe(0);
    const again = runAdd([file]);
    expect(again.code).toBe(1);
    expect(again.err[0]).toMatch(/已存在：不会覆盖.*--force/);
    expect(runAdd([file, "--force"]).out[0]).toMatch(/已覆盖原有汇报/);
  });

  it("refuses a bundle that fails the build's checks, naming file and field, and writes nothing", () => {
    const raw = seedRaw();
    raw.measures[1].quote = "不在原文中的句子";
    const result = runAdd([bundle(JSON.stringify({ format: "huibao-bundle/1", report: raw, source: seedSource }))]);
    expect(result.code).toBe(1);
    expect(result.err.join("\n")).toMatch(/某镇\.huibao\.json 中的 report 未通过校验[\s\S]*measures\[1\]\.quote/);
    expect(fs.existsSync(path.join(root, "reports"))).toBe(false);
  });

  it("explains its usage", () => {
    expect(runAdd([]).code).toBe(2);
    expect(runAdd([]).err.join("\n")).toMatch(/用法：npm run add/);
  });
});
