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
