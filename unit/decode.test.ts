import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeText } from "@/lib/model/decode";

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
  it("detects GBK/GB18030 and UTF-16 and converts them", () => {
    const gbk = decodeText(new Uint8Array(fs.readFileSync("fixtures/extract-cli/gbk.txt")));
    expect(gbk.ok && gbk.encoding).toBe("GB18030");
    expect(gbk.ok && gbk.text.startsWith("某某镇推进移风易俗工作情况汇报")).toBe(true);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from("某镇").flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeText(utf16)).toMatchObject({ ok: true, text: "某镇", encoding: "UTF-16LE" });
  });
  it("refuses empty and binary files with a reason", () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, error: "文件是空的（0 字节）" });
    const binary = decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x00]));
    expect(binary.ok).toBe(false);
    if (!binary.ok) expect(binary.error).toContain("二进制");
  });
});
