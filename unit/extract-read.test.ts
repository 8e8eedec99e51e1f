/** The file readers (lib/extract/read): .docx and .pdf of the committed fixtures, tables, and every bad file class. */
import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { readReportFile } from "@/lib/extract/read";
import { normalisePdfPages } from "@/lib/extract/read/pdf-text";
import { MAX_FILE_BYTES } from "@/lib/model/limits";

const dir = "fixtures/extract";
const bytes = (file: string) => new Uint8Array(fs.readFileSync(path.join(dir, file)));
const read = async (file: string) => {
  const r = await readReportFile(file, bytes(file));
  if (!r.ok) throw new Error(r.error);
  return r;
};
const lines = (text: string) => text.split("\n").filter((l) => l.trim());
const squeeze = (s: string) => s.replace(/\s/g, "");

describe(".docx (mammoth)", () => {
  it("keeps every paragraph of the report as the .txt has it, in order", async () => {
    const r = await read("xinfang-longquan-zhen.docx");
    expect(r.kind).toBe("docx");
    expect(lines(r.text)).toEqual(lines(fs.readFileSync(path.join(dir, "xinfang-longquan-zhen.txt"), "utf8")));
    expect(r.normalisations[0]).toContain("Word");
  });

  it("reads a table as rows in which each cell keeps its row label, column label and the header's unit", async () => {
    const r = await read("table-anquan.docx");
    expect(r.text).toContain("东岭村　排查隐患86处、整改完成86处、整改率100%、投入资金12.5万元。");
    expect(r.text).toContain("合计　排查隐患312处、整改完成303处、整改率97.1%、投入资金46.0万元。");
    expect(r.normalisations.join()).toContain("1 张表格");
  });

  it("joins stacked, merged headers and keeps a dash cell as written", async () => {
    const r = await read("table-minzheng.docx");
    expect(r.text).toContain("东岗村　城乡低保·户数52户、城乡低保·人数87人、城乡低保·低保金42.6万元、临时救助·救助人次18人次");
    expect(r.text).toContain("高龄津贴发放96人。");
    expect(r.text).toContain("清河社区　城乡低保·户数17户");
    expect(r.text).toContain("临时救助·救助金—");
  });
});

describe(".pdf (unpdf)", () => {
  it("gives the report's paragraphs back: wrapped lines joined, the spaces around numbers removed", async () => {
    const r = await read("anquan-qingshi-zhen.pdf");
    expect(r.kind).toBe("pdf");
    const txt = lines(fs.readFileSync(path.join(dir, "anquan-qingshi-zhen.txt"), "utf8"));
    expect(lines(r.text).map(squeeze)).toEqual(txt.map(squeeze));
    expect(r.text).toContain("总面积126.5平方公里，常住人口3.8万人。");
    expect(r.normalisations.join()).toMatch(/合并了 \d+ 处.*句中换行/);
  });

  it("a full line cut mid-phrase goes on into a line starting 六、; after a sentence's end, 六、 heads a part", () => {
    const full = "书屋由村文化管理员兼管，开放时间固定，借阅登记齐全，图书按季轮换，每周";
    const pages = [[full, "六、周日下午开放。", "到此为止。", "六、其他工作", "正文。"].map((text) => ({ text }))];
    const { text } = normalisePdfPages(pages);
    expect(text).toContain("每周六、周日下午开放。");
    expect(text.split("\n").filter(Boolean)).toContain("六、其他工作");
  });

  it("drops page numbers and a running header repeated on every page", () => {
    const body = (k: number) => `第${k}段正文，内容写满了一整行文字，直到页面的右边为止，然后换行`;
    const pages = [1, 2, 3].map((k) => ["某某镇工作汇报", body(k), "到此为止。", `- ${k} -`].map((text) => ({ text })));
    const { text, normalisations } = normalisePdfPages(pages);
    expect(text).not.toContain("某某镇工作汇报");
    expect(text).not.toMatch(/- \d -/);
    expect(normalisations.join()).toContain("去掉了 3 个页码");
    expect(normalisations.join()).toContain("去掉了 3 行重复的页眉页脚");
  });
});

describe("bad files: one clear Chinese message each, never a throw", () => {
  const refuse = async (name: string, data: Uint8Array) => {
    const r = await readReportFile(name, data);
    expect(r.ok).toBe(false);
    return r.ok ? "" : r.error;
  };
  const zip = async (files: Record<string, string>) => {
    const z = new JSZip();
    for (const [name, content] of Object.entries(files)) z.file(name, content);
    return z.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  };

  it("a corrupt .docx (a truncated zip)", async () => {
    const half = bytes("table-anquan.docx").slice(0, 3000);
    expect(await refuse("汇报.docx", half)).toMatch(/^汇报\.docx：文件不完整或已损坏.*另存为 \.docx/);
  });

  it("a zip that is no Word document", async () => {
    expect(await refuse("汇报.docx", await zip({ "a.txt": "hello" }))).toMatch(/不是 Word 文档|已损坏/);
  });

  it("a zip bomb: refused from the declared sizes, before anything is inflated", async () => {
    // A small zip whose directory says its document.xml inflates to 2 GB, as a bomb's does.
    const bomb = await zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "0".repeat(100_000) });
    const view = new DataView(bomb.buffer);
    for (let at = 0; at + 4 <= bomb.length; at++) {
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 0x7fff0000, true);
    }
    expect(await refuse("汇报.docx", bomb)).toContain("压缩炸弹");
  });

  it("an encrypted .docx (Office wraps it in a compound file with an EncryptedPackage stream)", async () => {
    const cfb = new Uint8Array(1024);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    cfb.set(
      [..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]),
      600,
    );
    expect(await refuse("汇报.docx", cfb)).toContain("设有打开密码");
  });

  it("an old .doc or .wps", async () => {
    const cfb = new Uint8Array(1024);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await refuse("汇报.wps", cfb)).toMatch(/旧版 Word（\.doc）或 WPS（\.wps）.*另存为 \.docx/);
  });

  it("a web page saved as .docx", async () => {
    const html = new TextEncoder().encode("<html><head><meta charset='utf-8'></head><body><p>汇报</p></body></html>");
    expect(await refuse("汇报.docx", html)).toContain("其实是网页（HTML）");
  });

  it("a corrupt .pdf", async () => {
    const half = bytes("anquan-qingshi-zhen.pdf").slice(0, 2000);
    expect(await refuse("汇报.pdf", half)).toMatch(/PDF 已损坏|没有文字层/);
  });

  it("an encrypted .pdf", async () => {
    expect(await refuse("加密.pdf", bytes("../bad-files/encrypted.pdf"))).toContain("PDF 设有密码");
  });

  it("a scanned .pdf with no text layer", async () => {
    expect(await refuse("扫描.pdf", bytes("../bad-files/scanned.pdf"))).toContain("扫描件需先识别文字");
  });

  it("a file over the size limit, refused before it is parsed", async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set([0x25, 0x50, 0x44, 0x46]);
    expect(await refuse("大.pdf", big)).toMatch(/^大\.pdf：文件过大（20\.0 MB，上限 20 MB）/);
  });
});
