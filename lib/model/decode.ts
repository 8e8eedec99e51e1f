/**
 * Bytes of a .txt file to text. Chinese documents are often saved as GBK/GB18030 (Windows, WPS)
 * or UTF-16 (Notepad's "Unicode"); TextDecoder reads all of them in Node and in browsers, so no
 * dependency is needed. Line endings become \n, as a browser's textarea gives them.
 */
export type Decoded =
  { ok: true; text: string; encoding: "UTF-8" | "GB18030" | "UTF-16LE" | "UTF-16BE"; notes: string[] } | { ok: false; error: string };

const decode = (label: string, bytes: Uint8Array) => {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, error: "文件是空的（0 字节）" };
  const notes: string[] = [];
  let text: string | undefined;
  let encoding: "UTF-8" | "GB18030" | "UTF-16LE" | "UTF-16BE" = "UTF-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = "UTF-16LE";
    text = decode("utf-16le", bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = "UTF-16BE";
    text = decode("utf-16be", bytes.subarray(2));
  } else {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    text = decode("utf-8", bom ? bytes.subarray(3) : bytes);
    if (bom) notes.push("已去掉文件开头的 UTF-8 BOM 标记");
    if (text === undefined && !bytes.includes(0)) {
      text = decode("gb18030", bytes);
      if (text !== undefined) encoding = "GB18030";
    }
  }
  if (text === undefined && encoding === "UTF-8" && bytes.includes(0)) {
    return { ok: false, error: "文件含有二进制数据，不是纯文本：Word、WPS 或 PDF 文件请先另存为纯文本（.txt）再导入" };
  }
  if (text === undefined) return { ok: false, error: "无法识别文件编码（既不是 UTF-8，也不是 GBK/GB18030 或 UTF-16）：可能不是文本文件" };
  if (encoding !== "UTF-8") notes.push(`原文为 ${encoding === "GB18030" ? "GBK/GB18030" : encoding} 编码，已转换为 UTF-8`);
  if (text.includes("\r")) {
    text = text.replace(/\r\n?/g, "\n");
    notes.push("已将 Windows 换行（CRLF）统一为 LF");
  }
  return { ok: true, text, encoding, notes };
}
