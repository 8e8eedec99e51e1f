import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadReportFolder, loadReportsDir } from "@/lib/server/reports";
import { SEED_ID, seedDir, seedJson, seedSource } from "./helpers";

/** A report folder in a temp dir (or under `root`), made from the seed with its files replaced as given. */
function folder(
  name: string,
  files: { json?: string | Uint8Array; source?: string | Uint8Array },
  root = mkdtempSync(join(tmpdir(), "hbkb-")),
) {
  const dir = join(root, name);
  mkdirSync(dir);
  cpSync(`${seedDir}/source.txt`, join(dir, "source.txt"));
  writeFileSync(join(dir, "report.json"), files.json ?? seedJson);
  if (files.source !== undefined) writeFileSync(join(dir, "source.txt"), files.source);
  return { dir, root };
}

const BOM = "\uFEFF";
const crlf = (text: string) => text.replace(/\n/g, "\r\n");

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

  test("a report.json that is an array, or empty, or only blank, says so", () => {
    expect(() => loadReportFolder(folder(SEED_ID, { json: "[]" }).dir)).toThrow(
      /report\.json: \(根\): 类型错误：应为 object，实际为 array/,
    );
    expect(() => loadReportFolder(folder(SEED_ID, { json: "" }).dir)).toThrow(/report\.json: \(根\): 文件是空的（0 字节）/);
    expect(() => loadReportFolder(folder(SEED_ID, { json: " \n\t" }).dir)).toThrow(/report\.json: \(根\): 文件只有空白/);
  });

  test("a source.txt that is not UTF-8 is refused, naming source.txt and the encoding it looks like", () => {
    // 某某镇 in GBK
    const gbk = new Uint8Array([0xc4, 0xb3, 0xc4, 0xb3, 0xd5, 0xf2, 0x0a]);
    expect(() => loadReportFolder(folder(SEED_ID, { source: gbk }).dir)).toThrow(
      /source\.txt: \(根\): 不是 UTF-8 编码的文本（看起来是 GBK\/GB18030 编码）/,
    );
    expect(() => loadReportFolder(folder(SEED_ID, { source: "" }).dir)).toThrow(/source\.txt: \(根\): 文件是空的/);
  });

  test("a BOM and Windows line endings are read transparently: quotes across lines still match", () => {
    expect(seedJson).toContain("\\n"); // the seed has quotes spanning a line break
    const { dir } = folder(SEED_ID, { json: BOM + crlf(seedJson), source: BOM + crlf(seedSource) });
    const loaded = loadReportFolder(dir);
    expect(loaded.source).toBe(seedSource);
    expect(loaded.report).toEqual(loadReportFolder(seedDir).report);
    // Old Mac line endings (CR alone) too.
    expect(loadReportFolder(folder(SEED_ID, { source: seedSource.replace(/\n/g, "\r") }).dir).source).toBe(seedSource);
  });

  test("a report.json that is a folder names it", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "hbkb-")), SEED_ID);
    mkdirSync(join(dir, "report.json"), { recursive: true });
    writeFileSync(join(dir, "source.txt"), seedSource);
    expect(() => loadReportFolder(dir)).toThrow(/report\.json: \(根\): report\.json 不是文件/);
  });

  test.each(["my report", "...", "Mouzhen-2020", "-x", "汇报"])("a folder named %j is refused before its files are read", (name) => {
    const { dir } = folder(name, {});
    expect(() => loadReportFolder(dir)).toThrow(`文件夹名「${name}」不能用作汇报 id`);
  });
});

describe("loadReportsDir", () => {
  test("lists every folder at fault at once, and ignores loose files such as a README", () => {
    const { root } = folder(SEED_ID, {});
    folder("bad name", {}, root);
    folder("broken-json", { json: "{" }, root);
    writeFileSync(join(root, "README.md"), "# 汇报");
    let error: unknown;
    try {
      loadReportsDir(root);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AggregateError);
    const messages = (error as AggregateError).errors.map((e: Error) => e.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain("文件夹名「bad name」不能用作汇报 id");
    expect(messages[1]).toMatch(/broken-json\/report\.json: \(根\): 不是合法的 JSON/);
  });

  test("a missing reports directory is named, with the variable that sets it", () => {
    expect(() => loadReportsDir("/nonexistent/reports")).toThrow(
      "汇报目录 /nonexistent/reports 不存在或不是文件夹（由环境变量 REPORTS_DIR 指定",
    );
  });
});
