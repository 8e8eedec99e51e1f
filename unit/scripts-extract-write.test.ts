import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadReportFolder } from "@/lib/server/reports";
import { runExtract } from "@/scripts/extract";
import { replaceFolder, WriteError, type FolderFs } from "@/scripts/extract-write";

let root: string;
let dir: string;
const saved = process.env.REPORTS_DIR;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "extract-write-"));
  dir = path.join(root, "saohei");
  process.env.REPORTS_DIR = root;
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
  if (saved === undefined) delete process.env.REPORTS_DIR;
  else process.env.REPORTS_DIR = saved;
});

/** The real file system, except that the listed calls of `call` (1 = the first) fail with the system error `code`. */
function failing(call: keyof FolderFs, code: string, ...nths: number[]): FolderFs {
  let calls = 0;
  const wrapped = (...args: unknown[]) => {
    if (nths.includes(++calls)) throw Object.assign(new Error(`${code}: simulated, ${call}`), { code });
    return (fs[call] as (...a: unknown[]) => unknown)(...args);
  };
  return { ...fs, [call]: wrapped } as FolderFs;
}

const contents = (folder: string) =>
  Object.fromEntries(fs.readdirSync(folder).map((f) => [f, fs.readFileSync(path.join(folder, f), "utf8")]));
const old = { "source.txt": "旧原文", "report.json": '{"old":true}\n' };
const fresh = { "source.txt": "新原文", "report.json": '{"new":true}\n' };

function oldReport() {
  fs.mkdirSync(dir);
  for (const [name, text] of Object.entries(old)) fs.writeFileSync(path.join(dir, name), text);
}

describe("replaceFolder: all or nothing", () => {
  it("writes a new folder, leaving nothing else beside it", async () => {
    expect(replaceFolder(dir, fresh)).toEqual({});
    expect(contents(dir)).toEqual(fresh);
    expect(fs.readdirSync(root)).toEqual(["saohei"]);
    // as open to others as any folder made here, not private like a temporary one
    fs.mkdirSync(path.join(root, "plain"));
    expect(fs.statSync(dir).mode).toBe(fs.statSync(path.join(root, "plain")).mode);
  });

  it("replaces an old report's two files, keeps anything else the folder held, and removes the old folder", async () => {
    oldReport();
    fs.writeFileSync(path.join(dir, "原文.docx"), "附件");
    expect(replaceFolder(dir, fresh)).toEqual({});
    expect(contents(dir)).toEqual({ ...fresh, "原文.docx": "附件" });
    expect(fs.readdirSync(root)).toEqual(["saohei"]);
  });

  it.each([
    ["the second file cannot be written (disk full)", failing("writeFileSync", "ENOSPC", 2), "saohei/report.json", "ENOSPC"],
    ["the first file cannot be written (read-only disk)", failing("writeFileSync", "EROFS", 1), "saohei/source.txt", "EROFS"],
    ["the old folder cannot be moved aside", failing("renameSync", "EACCES", 1), "saohei", "EACCES"],
    ["the new folder cannot be moved into place", failing("renameSync", "EIO", 2), "saohei", "EIO"],
    ["an extra file cannot be carried over", failing("cpSync", "ENOSPC", 1), "saohei/原文.docx", "ENOSPC"],
  ])("leaves the old report whole and no temporary folder when %s", async (_, io, file, code) => {
    oldReport();
    fs.writeFileSync(path.join(dir, "原文.docx"), "附件");
    let thrown: unknown;
    try {
      replaceFolder(dir, fresh, io);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(WriteError);
    expect((thrown as WriteError).file).toBe(path.join(root, file));
    expect((thrown as WriteError).message).toContain(`（${code}）`);
    expect((thrown as WriteError).kept).toBeUndefined();
    expect(contents(dir)).toEqual({ ...old, "原文.docx": "附件" });
    expect(fs.readdirSync(root)).toEqual(["saohei"]);
  });

  it("says where the old report is when a failed swap cannot be undone", async () => {
    oldReport();
    let thrown: WriteError | undefined;
    try {
      replaceFolder(dir, fresh, failing("renameSync", "EIO", 2, 3));
    } catch (error) {
      thrown = error as WriteError;
    }
    expect(thrown?.kept).toMatch(/[\\/]\.saohei\.old-[\w-]+$/);
    expect(contents(thrown!.kept!)).toEqual(old);
    expect(fs.existsSync(dir)).toBe(false);
  });

  it("puts the new report in place and names the old folder when it cannot be deleted", async () => {
    oldReport();
    const { leftover } = replaceFolder(dir, fresh, failing("rmSync", "EBUSY", 1));
    expect(contents(dir)).toEqual(fresh);
    expect(contents(leftover!)).toEqual(old);
  });
});

describe("npm run extract when the disk fails", () => {
  const args = ["fixtures/extract/saohei-xiang.txt", "--id", "saohei"];
  const shown = () => path.relative(process.cwd(), dir);

  it("--force on a full disk: one Chinese line naming the file, exit 1, the reviewed report intact", async () => {
    expect((await runExtract(args)).code).toBe(0);
    const reviewed = contents(dir);
    const result = await runExtract([...args, "--force"], failing("writeFileSync", "ENOSPC", 2));
    expect(result.code).toBe(1);
    expect(result.err).toEqual([`错误：无法写入 ${shown()}/report.json：磁盘空间已满（ENOSPC）；原有汇报未改动`]);
    expect(contents(dir)).toEqual(reviewed);
    expect(loadReportFolder(dir).report.id).toBe("saohei");
    expect(fs.readdirSync(root)).toEqual(["saohei"]);
  });

  it("no permission to write the reports folder: one line, nothing written", async () => {
    const result = await runExtract(args, failing("mkdirSync", "EACCES", 2));
    expect(result.code).toBe(1);
    expect(result.err).toEqual([`错误：无法写入 ${shown()}：没有权限（EACCES）；未写入任何文件`]);
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it("refuses to replace a file or symlink that stands where the folder would go", async () => {
    fs.writeFileSync(dir, "not a folder");
    const result = await runExtract([...args, "--force"]);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([`错误：${shown()} 已存在，但不是文件夹（是文件或符号链接）：不会覆盖，请先把它移走`]);
    expect(fs.readFileSync(dir, "utf8")).toBe("not a folder");
  });
});
