import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeText } from "@/lib/model/decode";

const report = fs.readFileSync("fixtures/extract/saohei-xiang.txt", "utf8");

/** The UTF-16 bytes of a text, no BOM, as some editors save "Unicode" text. */
function utf16(text: string, order: "LE" | "BE"): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 * i + (order === "LE" ? 0 : 1)] = unit & 0xff;
    bytes[2 * i + (order === "LE" ? 1 : 0)] = unit >> 8;
  }
  return bytes;
}

describe("decoding a .txt file", () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  it("reads UTF-8, drops a BOM and turns CRLF into LF, saying so", () => {
    const out = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("某某镇\r\n汇报")]));
    expect(out).toEqual({
      ok: true,
      text: "某某镇\n汇报",
      encoding: "UTF-8",
      notes: ["已去掉文件开头的 UTF-8 BOM 标记", "已将 Windows 换行（CRLF）统一为 LF"],
    });
  });
  it("detects GBK/GB18030 and converts it", () => {
    const gbk = decodeText(new Uint8Array(fs.readFileSync("fixtures/extract-cli/gbk.txt")));
    expect(gbk.ok && gbk.encoding).toBe("GB18030");
    expect(gbk.ok && gbk.text.startsWith("某某镇推进移风易俗工作情况汇报")).toBe(true);
  });
  it("refuses empty and binary files with a reason", () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, error: "文件是空的（0 字节）" });
    const binary = decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x00]));
    expect(binary.ok).toBe(false);
    if (!binary.ok) expect(binary.error).toContain("二进制");
  });
});

describe("UTF-16 without a BOM", () => {
  it.each(["LE", "BE"] as const)("reads a Chinese report saved as UTF-16%s and says how it knew", (order) => {
    const out = decodeText(utf16(report.replace(/\n/g, "\r\n"), order));
    expect(out).toEqual({
      ok: true,
      text: report,
      encoding: `UTF-16${order}`,
      notes: [
        `文件开头没有 BOM 标记，按内容判断为 UTF-16${order} 编码`,
        `原文为 UTF-16${order} 编码，已转换为 UTF-8`,
        "已将 Windows 换行（CRLF）统一为 LF",
      ],
    });
  });

  it("reads text full of 一 (U+4E00, a NUL byte of its own) in the right order", () => {
    const text = "一是统一思想，进一步提高认识。\n二是一以贯之，抓好12项工作。\n".repeat(20);
    for (const order of ["LE", "BE"] as const)
      expect(decodeText(utf16(text, order))).toMatchObject({ ok: true, text, encoding: `UTF-16${order}` });
  });

  it("still calls binary data binary, and a UTF-8 file with a stray NUL UTF-8", () => {
    // A zip (.docx) or Word file: NUL bytes, but read as UTF-16 mostly NUL or other scripts.
    const zipLike = new Uint8Array(4096);
    for (let i = 0; i < zipLike.length; i++) zipLike[i] = i % 3 === 0 ? 0 : (i * 7919) % 256;
    const binary = decodeText(zipLike);
    expect(binary.ok).toBe(false);
    if (!binary.ok) expect(binary.error).toContain("二进制数据");

    // Read as UTF-16, lowercase ASCII looks like CJK ideographs ("we" → 敷); one NUL is too few to be UTF-16.
    const stray = new TextEncoder().encode(`${"we hung banners and set up boxes in every village ".repeat(8)}\u0000 `);
    expect(decodeText(stray)).toMatchObject({ ok: true, encoding: "UTF-8" });
  });

  it("keeps reading UTF-16 with a BOM, UTF-8 and GBK as before", () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...utf16(report, "LE")]))).toMatchObject({
      ok: true,
      text: report,
      encoding: "UTF-16LE",
    });
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...utf16(report, "BE")]))).toMatchObject({
      ok: true,
      text: report,
      encoding: "UTF-16BE",
    });
    expect(decodeText(new TextEncoder().encode(report))).toEqual({ ok: true, text: report, encoding: "UTF-8", notes: [] });
    expect(decodeText(new Uint8Array(fs.readFileSync("fixtures/extract-cli/gbk.txt")))).toMatchObject({ ok: true, encoding: "GB18030" });
  });
});
