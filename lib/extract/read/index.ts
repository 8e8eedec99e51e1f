/**
 * One reader per kind of file a report arrives as: .txt (any encoding decodeText knows), .docx
 * (mammoth) and .pdf (unpdf). Works on bytes, in Node and in the browser. What a file is comes
 * from its bytes, not its name, so a renamed .doc or a web page saved as .docx gets its own message.
 */
import { decodeText } from "../../model/decode";
import { MAX_FILE_BYTES } from "../../model/limits";
import { readDocx } from "./docx";
import { readPdf } from "./pdf";
import { sniff } from "./sniff";
import type { ReadResult } from "./types";

export type { ReadResult, SourceKind } from "./types";

const SAVE_AS_DOCX = "请在 Word 或 WPS 中打开，另存为 .docx（或导出 PDF）后再导入";

export async function readReportFile(name: string, bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      ok: false,
      error: `${name}：文件过大（${(bytes.length / 1024 / 1024).toFixed(1)} MB，上限 ${MAX_FILE_BYTES / 1024 / 1024} MB），不像是一份汇报`,
    };
  }
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";
  switch (sniff(bytes)) {
    case "zip":
      if (ext === "xlsx" || ext === "pptx")
        return { ok: false, error: `${name}：这是 Excel/PowerPoint 文件，不是汇报正文；${SAVE_AS_DOCX}` };
      return readDocx(bytes, name);
    case "pdf":
      return readPdf(bytes, name);
    case "encrypted-office":
      return { ok: false, error: `${name}：文件设有打开密码，请在 Word 或 WPS 中取消密码并另存为 .docx 后再导入` };
    case "cfb":
      return { ok: false, error: `${name}：这是旧版 Word（.doc）或 WPS（.wps）格式，${SAVE_AS_DOCX}` };
    case "rtf":
      return { ok: false, error: `${name}：这是 RTF 格式，${SAVE_AS_DOCX}` };
    case "html":
      if (ext === "docx" || ext === "doc" || ext === "wps") {
        return { ok: false, error: `${name}：文件其实是网页（HTML），不是 Word 文档；${SAVE_AS_DOCX}` };
      }
      break;
  }
  if (ext === "docx" || ext === "pdf")
    return { ok: false, error: `${name}：文件内容不是 ${ext === "pdf" ? "PDF" : "Word 文档"}（可能已损坏或扩展名不对）` };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, error: `${name}：${decoded.error}` };
  return { ok: true, text: decoded.text, kind: "txt", normalisations: decoded.notes };
}
