import { useState } from "react";
import { SectionHeading } from "../ui/SectionHeading";
import { Button, buttonClass } from "../ui/Button";
import type { DraftSession } from "./useDraft";

/** Step 1: the report's text, pasted, dropped or chosen as a file, and the button that drafts from it. */
export function InputPanel({ session }: { session: DraftSession }) {
  const [dragging, setDragging] = useState(false);
  return (
    <section aria-labelledby="source_heading">
      <SectionHeading id="source_heading" note="全部在本机浏览器中处理，不上传、不联网">
        1. 汇报原文
      </SectionHeading>
      <div
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
          汇报原文 <span className="font-normal text-muted">（粘贴全文，或把 .txt 文件拖到这里）</span>
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
          <Button variant="primary" size="lg" onClick={session.generate} disabled={session.busy}>
            {session.busy ? "正在起草…" : session.draft && !session.stale ? "重新生成草稿" : "生成草稿"}
          </Button>
          <label className={buttonClass({ size: "lg", className: "cursor-pointer" })}>
            选择 .txt 文件
            <input
              type="file"
              accept=".txt,text/plain"
              className="sr-only"
              onChange={(e) => {
                void session.readFile(e.target.files?.[0]);
                e.target.value = ""; // so choosing the same file again reads it again
              }}
            />
          </label>
          <span className="text-sm text-muted">支持 UTF-8、GBK/GB18030、UTF-16 编码；Word 文件请先另存为纯文本。</span>
        </div>
        {session.notes.length ? <p className="mt-2 text-sm text-muted">{session.notes.join("；")}</p> : null}
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
