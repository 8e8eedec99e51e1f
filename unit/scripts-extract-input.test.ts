import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runExtract } from "@/scripts/extract";

let dir: string;
const saved = process.env.REPORTS_DIR;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "extract-input-"));
  process.env.REPORTS_DIR = path.join(dir, "reports");
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (saved === undefined) delete process.env.REPORTS_DIR;
  else process.env.REPORTS_DIR = saved;
});

/** Runs the CLI on `file` and expects exactly one error line, and no report folder. */
async function refused(file: string): Promise<string> {
  const result = await runExtract([file, "--id", "x"]);
  expect(result.code).toBe(1);
  expect(result.err).toHaveLength(1);
  expect(fs.existsSync(path.join(dir, "reports"))).toBe(false);
  return result.err[0];
}

describe("npm run extract refuses what is not a report file before reading it", () => {
  it("a 3 GB file: its size and the limit, no stack trace", async () => {
    const file = path.join(dir, "huge.txt");
    fs.writeFileSync(file, "");
    fs.truncateSync(file, 3 * 1024 ** 3); // sparse: takes no disk space
    expect(await refused(file)).toBe(`错误：${file} 太大（3 GB），上限 20 MB：汇报正文一般不超过几百 KB，请确认选对了文件`);
  });

  it("a file one byte over the limit", async () => {
    const file = path.join(dir, "big.txt");
    fs.writeFileSync(file, "");
    fs.truncateSync(file, 20 * 1024 ** 2 + 1);
    expect(await refused(file)).toContain(`${file} 太大（20 MB），上限 20 MB`);
  });

  it.skipIf(process.platform === "win32")("a FIFO, which would wait forever for a writer", async () => {
    const fifo = path.join(dir, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    expect(await refused(fifo)).toBe(`错误：${fifo} 是命名管道（FIFO），不是普通文件：请给出汇报原文的文件（.docx、.pdf 或 .txt）`);
  });

  it.skipIf(process.platform === "win32")("a device", async () => {
    expect(await refused(os.devNull)).toBe(`错误：${os.devNull} 是设备文件，不是普通文件：请给出汇报原文的文件（.docx、.pdf 或 .txt）`);
  });

  it.skipIf(process.platform === "win32")("a socket", async () => {
    const socket = path.join(dir, "s.sock");
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      expect(await refused(socket)).toBe(`错误：${socket} 是套接字（socket），不是普通文件：请给出汇报原文的文件（.docx、.pdf 或 .txt）`);
    } finally {
      server.close();
    }
  });
});

describe("npm run extract reads UTF-16 without a BOM", () => {
  it("drafts from it and says how the encoding was known", async () => {
    const text = fs.readFileSync("fixtures/extract/saohei-xiang.txt", "utf8");
    const file = path.join(dir, "unicode.txt");
    fs.writeFileSync(file, Buffer.from(text, "utf16le"));
    const result = await runExtract([file, "--id", "saohei"]);
    expect(result.err).toEqual([]);
    expect(result.out).toContain("  说明：文件开头没有 BOM 标记，按内容判断为 UTF-16LE 编码");
    expect(fs.readFileSync(path.join(dir, "reports", "saohei", "source.txt"), "utf8")).toBe(text);
  });
});
