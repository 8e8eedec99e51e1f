/**
 * Word 97–2003 (.doc) and old WPS (.wps) files through LibreOffice, when it is installed: converted
 * to .docx in a fresh temporary folder, read back, and the folder removed. Without LibreOffice the
 * message says how to install it or how to save the file as .docx instead.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sniff } from "@/lib/extract/read/sniff";

export const isOldWord = (bytes: Uint8Array) => sniff(bytes) === "cfb";

export function convertOldWord(file: string): { ok: true; bytes: Uint8Array; note: string } | { ok: false; error: string } {
  const saveAs = "或在 Word/WPS 中打开后另存为 .docx 再导入";
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "huibao-doc-"));
  try {
    const run = spawnSync("soffice", ["--headless", "--convert-to", "docx", "--outdir", dir, path.resolve(file)], {
      encoding: "utf8",
      timeout: 120_000,
    });
    if (run.error && (run.error as NodeJS.ErrnoException).code === "ENOENT") {
      return {
        ok: false,
        error: `${file} 是旧版 Word（.doc）或 WPS（.wps）格式：安装 LibreOffice（如 apt-get install libreoffice-writer）后可自动转换，${saveAs}`,
      };
    }
    const out = fs.readdirSync(dir).find((f) => f.endsWith(".docx"));
    if (run.status !== 0 || !out) {
      return { ok: false, error: `${file}：LibreOffice 未能转换这个 .doc/.wps 文件（可能已损坏或设有密码），${saveAs}` };
    }
    return {
      ok: true,
      bytes: new Uint8Array(fs.readFileSync(path.join(dir, out))),
      note: "旧版 Word/WPS 文件已由 LibreOffice 转换为 .docx 后读取",
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
