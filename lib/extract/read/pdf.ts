/** A .pdf's text layer with unpdf (a pdf.js build that runs on Node 20 and in the browser). */
import { extractTextItems, getDocumentProxy } from "unpdf";
import { pageLines, type PageLine } from "./pdf-table";
import { normalisePdfPages } from "./pdf-text";
import type { ReadResult } from "./types";

export async function readPdf(bytes: Uint8Array, name: string): Promise<ReadResult> {
  let pages: PageLine[][];
  let tables = 0;
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    // Items with their positions, so that a table's columns can be told apart.
    pages = (await extractTextItems(pdf)).items.map((items) => {
      const page = pageLines(items);
      tables += page.tables;
      return page.lines;
    });
  } catch (e) {
    const kind = e instanceof Error ? e.name : "";
    if (kind === "PasswordException") return { ok: false, error: `${name}：PDF 设有密码，请先解除密码（或另存为无密码的 PDF）再导入` };
    return { ok: false, error: `${name}：PDF 已损坏或不完整，无法读取；请重新导出 PDF，或在 Word/WPS 中另存为 .docx 再导入` };
  }
  const chars = pages
    .flat()
    .map((l) => l.text)
    .join("")
    .replace(/\s/g, "").length;
  if (chars < 20 * Math.max(1, pages.length / 4)) {
    return { ok: false, error: `${name}：PDF 没有文字层（像是扫描件或图片），扫描件需先识别文字（OCR）再导入，或提供 Word 原件` };
  }
  const { text, normalisations } = normalisePdfPages(pages, tables);
  return { ok: true, text, kind: "pdf", normalisations };
}
