/**
 * What a file really is, from its first bytes and, for a zip, its central directory: a renamed
 * .doc, an encrypted Office file or a web page saved as .docx each get their own message, and a
 * zip's declared sizes are checked before anything is inflated (a zip bomb never reaches JSZip).
 */
export type Sniffed = "zip" | "pdf" | "cfb" | "encrypted-office" | "html" | "rtf" | "other";

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** The UTF-16LE bytes of a stream name, as an OLE compound file stores it in its directory. */
const utf16 = (s: string) => [...s].flatMap((c) => [c.charCodeAt(0), 0]);
function includes(bytes: Uint8Array, needle: number[]): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return "zip";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "pdf"; // %PDF
  // An OLE compound file: a Word 97–2003 .doc, an old .wps, or a password-protected .docx (which
  // Office wraps in one, with an EncryptedPackage stream).
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return includes(bytes, utf16("EncryptedPackage")) ? "encrypted-office" : "cfb";
  }
  const head = new TextDecoder("utf-8")
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  if (head.startsWith("{\\rtf")) return "rtf";
  if (/^(<!doctype html|<html|<\?xml|<meta|<head|<body|mime-version:)/.test(head)) return "html";
  return "other";
}

/** Sum of a zip's declared uncompressed sizes, or a reason it cannot be trusted. */
export function zipInflatedSize(bytes: Uint8Array): { ok: true; bytes: number; entries: number } | { ok: false; error: string } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: the last 22 bytes, or earlier when the zip carries a comment.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, error: "文件不完整或已损坏（找不到 zip 目录）" };
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (at === 0xffffffff || entries === 0xffff) return { ok: false, error: "文件使用 zip64 格式，不像是一份汇报" };
  let total = 0;
  for (let k = 0; k < entries; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) {
      return { ok: false, error: "文件不完整或已损坏（zip 目录有误）" };
    }
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return { ok: false, error: "文件使用 zip64 格式，不像是一份汇报" };
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { ok: true, bytes: total, entries };
}
