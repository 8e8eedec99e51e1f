import { useState } from "react";
import { SectionHeading } from "../ui/SectionHeading";
import { Button, buttonClass } from "../ui/Button";
import type { DraftSession } from "./useDraft";

/** What the file input offers; what a file really is comes from its bytes (lib/extract/read). */
const ACCEPT = [
  ".docx",
  ".pdf",
  ".txt",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/pdf",
  "text/plain",
].join(",");

/** Step 1: the report's text, pasted, dropped or chosen as a file, and the button that drafts from it. */
export function InputPanel({ session }: { session: DraftSession }) {
  const [dragging, setDragging] = useState(false);
  const [read, ...normalisations] = session.fileName ? session.notes : [];
  return (
    <section aria-labelledby="source_heading">
      <SectionHeading id="source_heading" note="全部在本机浏览器中处理，不上传、不联网">
        1. 汇报原文
      </SectionHeading>
      <div
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void session.readFile(e.dataTransfer.files[0]);
        }}
        className={`rounded-lg border-2 border-dashed p-4 ${dragging ? "border-accent bg-accent-soft" : "border-line bg-surface"}`}
      >
        <label htmlFor="source_text" className="mb-2 block text-sm font-medium">
          汇报原文 <span className="font-normal text-muted">（粘贴全文，或把 .docx、.pdf、.txt 文件拖到这里）</span>
        </label>
        <textarea
          id="source_text"
          value={session.text}
          onChange={(e) => session.edit(e.target.value)}
          rows={10}
          spellCheck={false}
          placeholder={"某某镇关于……的情况汇报\n\n一、……"}
          className="w-full resize-y rounded border border-line bg-bg p-3 font-sans text-sm leading-relaxed"
        />
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <Button variant="primary" size="lg" onClick={session.generate}>
            {session.draft && !session.stale ? "重新生成草稿" : "生成草稿"}
          </Button>
          <label className={buttonClass({ size: "lg", className: "cursor-pointer focus-within:ring-2 focus-within:ring-accent" })}>
            选择文件（.docx / .pdf / .txt）
            <input
              type="file"
              accept={ACCEPT}
              className="sr-only"
              onChange={(e) => {
                void session.readFile(e.target.files?.[0]);
                e.target.value = ""; // so choosing the same file again reads it again
              }}
            />
          </label>
          <span className="text-sm text-muted">
            Word（.docx，WPS 亦可另存为 .docx）、有文字层的 PDF、纯文本（UTF-8、GBK、UTF-16）；旧版 .doc/.wps 请先另存为
            .docx，扫描件需先识别文字（OCR）。
          </span>
        </div>
        {session.pending ? (
          <p role="status" className="mt-3 flex flex-wrap items-center gap-3 rounded border border-line bg-bg px-3 py-2 text-sm">
            <span aria-hidden className="inline-block size-3 animate-spin rounded-full border-2 border-accent border-t-transparent" />
            <span>{session.pending.label}…（在后台进行，本页可继续使用；再次生成或选择文件会取代这一次）</span>
            <Button variant="link" size="inline" onClick={session.cancel}>
              取消
            </Button>
          </p>
        ) : null}
        {read ? (
          <div className="mt-2 text-sm text-muted">
            <p>{read}</p>
            {normalisations.length ? (
              <ul aria-label="读取时的处理" className="mt-1 list-disc pl-5">
                {normalisations.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : session.notes.length ? (
          <p className="mt-2 text-sm text-muted">{session.notes.join("；")}</p>
        ) : null}
        {session.error ? (
          <p role="alert" className="mt-3 rounded border border-gap bg-gap-soft px-3 py-2 text-sm text-gap">
            {session.error}
          </p>
        ) : null}
        {session.stale ? (
          <p role="status" className="mt-3 text-sm text-gap">
            原文已修改：请重新生成草稿，下方草稿对应的是修改前的原文。
          </p>
        ) : null}
      </div>
    </section>
  );
}
