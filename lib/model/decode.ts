/**
 * Bytes of a .txt file to text. Chinese documents are often saved as GBK/GB18030 (Windows, WPS)
 * or UTF-16 (Notepad's "Unicode", sometimes without its BOM); TextDecoder reads all of them in Node
 * and in browsers, so no dependency is needed. Line endings become \n, as a browser's textarea gives them.
 */
export type Encoding = "UTF-8" | "GB18030" | "UTF-16LE" | "UTF-16BE";
export type Decoded = { ok: true; text: string; encoding: Encoding; notes: string[] } | { ok: false; error: string };

const decode = (label: string, bytes: Uint8Array) => {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

// What a Chinese report is written with: ASCII, Latin-1 signs (·×°), general punctuation, letterlike
// and enclosed forms (℃ ①), arrows and shapes (→ ■), CJK punctuation and ideographs, full-width forms.
const EXPECTED = /[\t\n\r\x20-\x7e\xa0-\xff\u2000-\u27bf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]+/g;

/**
 * UTF-16 without a BOM: many NUL bytes, which every ASCII character (digit, line break) leaves in
 * it, and read in the right byte order, text made of what reports are made of. Read in the wrong
 * order, or from a Word or zip file, the same bytes give NUL characters or mostly other scripts;
 * a stray NUL in a UTF-8 file is too few.
 */
function utf16WithoutBom(bytes: Uint8Array): { text: string; encoding: "UTF-16LE" | "UTF-16BE" } | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  let nuls = 0;
  for (const byte of bytes) if (byte === 0) nuls++;
  if (nuls < bytes.length / 100) return undefined;
  for (const encoding of ["UTF-16LE", "UTF-16BE"] as const) {
    const text = decode(encoding.toLowerCase(), bytes);
    if (text === undefined || text.includes("\u0000")) continue;
    const unexpected = text.replace(EXPECTED, "").length;
    if (unexpected <= text.length / 50) return { text, encoding };
  }
  return undefined;
}

/** The text in the encoding the bytes look like; text is undefined when they are not text in it. */
function read(bytes: Uint8Array, notes: string[]): { text: string | undefined; encoding: Encoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode("utf-16le", bytes.subarray(2)), encoding: "UTF-16LE" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode("utf-16be", bytes.subarray(2)), encoding: "UTF-16BE" };
  const bomless = utf16WithoutBom(bytes);
  if (bomless) {
    notes.push(`文件开头没有 BOM 标记，按内容判断为 ${bomless.encoding} 编码`);
    return bomless;
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) notes.push("已去掉文件开头的 UTF-8 BOM 标记");
  const text = decode("utf-8", bom ? bytes.subarray(3) : bytes);
  if (text === undefined && !bytes.includes(0)) {
    const gbk = decode("gb18030", bytes);
    if (gbk !== undefined) return { text: gbk, encoding: "GB18030" };
  }
  return { text, encoding: "UTF-8" };
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, error: "文件是空的（0 字节）" };
  const notes: string[] = [];
  const { text, encoding } = read(bytes, notes);
  if (text === undefined && encoding === "UTF-8" && bytes.includes(0)) {
    return { ok: false, error: "文件含有二进制数据，不是纯文本：Word、WPS 或 PDF 文件请先另存为纯文本（.txt）再导入" };
  }
  if (text === undefined) return { ok: false, error: "无法识别文件编码（既不是 UTF-8，也不是 GBK/GB18030 或 UTF-16）：可能不是文本文件" };
  if (encoding !== "UTF-8") notes.push(`原文为 ${encoding === "GB18030" ? "GBK/GB18030" : encoding} 编码，已转换为 UTF-8`);
  if (!text.includes("\r")) return { ok: true, text, encoding, notes };
  notes.push("已将 Windows 换行（CRLF）统一为 LF");
  return { ok: true, text: text.replace(/\r\n?/g, "\n"), encoding, notes };
}
