/** /import's drafting job (run in the worker): text and files drafted as the CLI drafts them, bad files refused with their message. */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { runDraftJob } from "@/components/import/draftJob";
import { draftReducer, fileNotes, initialDraftState } from "@/components/import/draftState";
import { readReportFile } from "@/lib/extract/read";
import { fileSource } from "@/lib/extract/source";
import { precedentsOf } from "@/lib/extract/precedents";
import { seedSource } from "./helpers";
import { checkedLiuan, LIUAN, TAOYUAN } from "./precedent-towns";

const file = (path: string) => {
  const bytes = fs.readFileSync(path);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};
const expected = (name: string) =>
  (JSON.parse(fs.readFileSync(`fixtures/extract/${name}.expected.json`, "utf8")) as { figures: { text: string; value: number | null }[] })
    .figures;

describe("runDraftJob", () => {
  it("drafts pasted text with no source", async () => {
    const result = await runDraftJob({ kind: "text", text: seedSource, precedents: [] });
    if (result.kind !== "drafted" || !result.outcome.ok) throw new Error("no draft");
    expect(result.file).toBeUndefined();
    expect(result.outcome.extraction.report.source).toBeUndefined();
    expect(result.outcome.extraction.report.title).toBe("某某镇关于落实意识形态工作的情况汇报");
  });

  for (const kind of ["docx", "pdf"] as const) {
    it(`reads a .${kind}, drafts its figures and records the source as npm run extract does`, async () => {
      const path = `fixtures/extract/anquan-qingshi-zhen.${kind}`;
      const result = await runDraftJob({ kind: "file", name: `青石镇.${kind}`, bytes: file(path), precedents: [] });
      if (result.kind !== "drafted" || !result.outcome.ok) throw new Error("no draft");
      const read = await readReportFile(`青石镇.${kind}`, new Uint8Array(fs.readFileSync(path)));
      if (!read.ok) throw new Error(read.error);
      const { report } = result.outcome.extraction;
      expect(result.text).toBe(read.text);
      expect(report.source).toEqual(fileSource(`青石镇.${kind}`, kind, read.normalisations));
      expect(report.source).toMatchObject({ file: `青石镇.${kind}`, kind });
      expect(result.file).toEqual({ name: `青石镇.${kind}`, kind, normalisations: read.normalisations });
      const texts = report.measures.map((m) => m.quantity?.text.replace(/\s/g, ""));
      for (const f of expected("anquan-qingshi-zhen").slice(0, 5)) expect(texts).toContain(f.text.replace(/\s/g, ""));
    });
  }

  it("drafts a file with the precedents the page sent, and text too", async () => {
    const liuan = await runDraftJob({ kind: "text", text: LIUAN, precedents: [] });
    if (liuan.kind !== "drafted" || !liuan.outcome.ok) throw new Error("no draft");
    const precedents = precedentsOf(checkedLiuan(liuan.outcome.extraction.report));
    const bytes = new TextEncoder().encode(TAOYUAN).buffer as ArrayBuffer;
    for (const job of [
      { kind: "file", name: "桃源镇.txt", bytes, precedents },
      { kind: "text", text: TAOYUAN, precedents },
    ] as const) {
      const result = await runDraftJob(job);
      if (result.kind !== "drafted" || !result.outcome.ok) throw new Error("no draft");
      const stores = result.outcome.extraction.report.measures.find((m) => m.quantity?.text === "4个");
      expect(stores?.metric).toMatchObject({ counts: "秸秆收储点", suggested: true });
    }
  });

  it("refuses a scanned PDF and a truncated .docx with their messages, and drafts nothing", async () => {
    const scanned = await runDraftJob({ kind: "file", name: "扫描.pdf", bytes: file("fixtures/bad-files/scanned.pdf"), precedents: [] });
    expect(scanned).toEqual({ kind: "unreadable", error: expect.stringContaining("扫描件需先识别文字") });
    const half = file("fixtures/extract/anquan-qingshi-zhen.docx").slice(0, 3000);
    const corrupt = await runDraftJob({ kind: "file", name: "汇报.docx", bytes: half, precedents: [] });
    expect(corrupt).toEqual({ kind: "unreadable", error: expect.stringMatching(/^汇报\.docx：文件不完整或已损坏/) });
  });
});

describe("the workbench with files", () => {
  it("keeps the text, file name and what reading changed with a file's draft", async () => {
    const result = await runDraftJob({
      kind: "file",
      name: "青石镇.pdf",
      bytes: file("fixtures/extract/anquan-qingshi-zhen.pdf"),
      precedents: [],
    });
    if (result.kind !== "drafted") throw new Error(result.error);
    const state = draftReducer(initialDraftState, { type: "drafted", ...result });
    expect(state).toMatchObject({ text: result.text, fileName: "青石镇.pdf", notes: fileNotes(result.file!) });
    expect(state.notes[0]).toBe("已读入「青石镇.pdf」（PDF）");
    expect(state.notes.slice(1)).toEqual(result.file!.normalisations);
    expect(state.draft?.report.source?.file).toBe("青石镇.pdf");
  });

  it("typing while a file is read stops that read; typing while text drafts does not", () => {
    const reading = draftReducer(initialDraftState, { type: "start", pending: { label: "正在读取「a.pdf」并起草", file: "a.pdf" } });
    const typed = draftReducer(reading, { type: "edit", text: "某某镇" });
    expect(typed).toMatchObject({ text: "某某镇", pending: undefined, notes: ["已停止读取「a.pdf」：原文框已修改"] });
    const drafting = draftReducer(initialDraftState, { type: "start", pending: { label: "正在起草" } });
    expect(draftReducer(drafting, { type: "edit", text: "某" }).pending).toEqual({ label: "正在起草" });
  });

  it("a file that cannot be read ends the busy state and drops the old draft", () => {
    const reading = draftReducer(initialDraftState, { type: "start", pending: { label: "正在读取", file: "a.docx" } });
    expect(draftReducer(reading, { type: "unreadable", error: "a.docx：文件已损坏" })).toMatchObject({
      pending: undefined,
      error: "a.docx：文件已损坏",
      draft: undefined,
    });
  });
});
