/**
 * A .docx (Word, WPS) to text with mammoth, in Node and in the browser. The zip's declared sizes
 * are checked first, so a zip bomb is refused before anything is inflated.
 */
import mammoth from "mammoth";
import { htmlToLines } from "./html-blocks";
import { zipInflatedSize } from "./sniff";
import type { ReadResult } from "./types";

/** A report's document.xml is a few MB at most; far more is not a report (or is a bomb). */
export const MAX_INFLATED_BYTES = 200 * 1024 * 1024;

export async function readDocx(bytes: Uint8Array, name: string): Promise<ReadResult> {
  const size = zipInflatedSize(bytes);
  if (!size.ok) return { ok: false, error: `${name}：${size.error}，请在 Word 或 WPS 中打开后重新另存为 .docx` };
  if (size.bytes > MAX_INFLATED_BYTES || size.entries > 5000) {
    return { ok: false, error: `${name}：解压后超过 ${MAX_INFLATED_BYTES / 1024 / 1024} MB（压缩炸弹或不是汇报），已拒绝读取` };
  }
  let html: string;
  try {
    // Node's mammoth reads `buffer`, the browser build `arrayBuffer`; give both.
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const input = { buffer: bytes as unknown as Buffer, arrayBuffer };
    html = (await mammoth.convertToHtml(input, { ignoreEmptyParagraphs: true })).value;
  } catch (e) {
    const why =
      e instanceof Error && /word\/document\.xml|main document/i.test(e.message)
        ? "不是 Word 文档（缺少正文 document.xml）"
        : "文件已损坏，无法读取";
    return { ok: false, error: `${name}：${why}，请在 Word 或 WPS 中打开后重新另存为 .docx` };
  }
  const { lines, tables } = htmlToLines(html);
  if (lines.length === 0) return { ok: false, error: `${name}：文档中没有文字（可能全是图片），扫描件需先识别文字（OCR）再导入` };
  const normalisations = ["从 Word 文档读取正文：每个段落、标题、列表项一行"];
  if (tables) normalisations.push(`${tables} 张表格按行读成文字，每格带上行标签与列标签（单位取自表头括号）`);
  return { ok: true, text: `${lines.join("\n\n")}\n`, kind: "docx", normalisations };
}
