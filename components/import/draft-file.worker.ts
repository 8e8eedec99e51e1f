/**
 * Reads a dropped or chosen file (.txt, .docx, .pdf) and drafts from it off the page's thread, so a
 * large Word or PDF file never freezes /import. Posts back what draftFile returns.
 */
import { draftFile, type FileDraft } from "./draftFile";

self.onmessage = async (event: MessageEvent<{ name: string; bytes: ArrayBuffer }>) => {
  let result: FileDraft;
  try {
    result = await draftFile(event.data.name, new Uint8Array(event.data.bytes));
  } catch {
    result = { ok: false, error: `文件「${event.data.name}」无法读取：文件可能已损坏，请在 Word 或 WPS 中另存为 .docx 后重试` };
  }
  self.postMessage(result);
};
