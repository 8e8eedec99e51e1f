import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadReportFolder } from "@/lib/reports";
import { SEED_ID, seedDir, seedJson } from "./helpers";

/** A report folder in a temp dir, made from the seed with its files replaced as given. */
function folder(name: string, files: { json?: string; source?: string | null }) {
  const dir = join(mkdtempSync(join(tmpdir(), "hbkb-")), name);
  mkdirSync(dir);
  cpSync(`${seedDir}/source.txt`, join(dir, "source.txt"));
  writeFileSync(join(dir, "report.json"), files.json ?? seedJson);
  if (files.source === null) return { dir, noSource: true };
  if (files.source !== undefined) writeFileSync(join(dir, "source.txt"), files.source);
  return { dir };
}

describe("loadReportFolder", () => {
  test("loads the seed with its source text", () => {
    const { report, source } = loadReportFolder(seedDir);
    expect(report.id).toBe(SEED_ID);
    expect(source.startsWith("某某镇关于落实意识形态工作的情况汇报\n")).toBe(true);
  });

  test("malformed JSON fails naming report.json", () => {
    const { dir } = folder(SEED_ID, { json: seedJson.replace('"id": "s1",', '"id": "s1",,') });
    expect(() => loadReportFolder(dir)).toThrow(/report\.json 有 1 处问题[\s\S]*不是合法的 JSON/);
  });

  test("an edited source.txt breaks the quotes that relied on it", () => {
    const { dir } = folder(SEED_ID, { source: "某某镇关于落实意识形态工作的情况汇报\n" });
    expect(() => loadReportFolder(dir)).toThrow(/measures\[0\]\.quote: 引文在 source\.txt 中找不到/);
  });

  test("a folder whose name is not the report id is refused", () => {
    const { dir } = folder("renamed", {});
    expect(() => loadReportFolder(dir)).toThrow(/id「mouzhen-2020-ideology」必须与所在文件夹名「renamed」相同/);
  });

  test("a folder without source.txt names the missing file", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "hbkb-")), SEED_ID);
    mkdirSync(dir);
    writeFileSync(join(dir, "report.json"), seedJson);
    expect(() => loadReportFolder(dir)).toThrow(/缺少文件 source\.txt/);
  });
});
