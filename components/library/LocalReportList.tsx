"use client";
import Link from "next/link";
import { useEffect, useState } from "react";
import { deleteRecord, listRecords, saveRecords } from "@/lib/library/db";
import { BundleError, libraryText, parseLibrary, type LibraryRecord } from "@/lib/library/record";
import { reviewStatus } from "@/lib/report/derive";
import { saveBlob } from "@/lib/exports/browser/download";
import { choicesKey, parseChoices } from "@/lib/deck/choices";
import { deckKeyOf, pageHref } from "@/lib/report/links";
import { readStored, writeChoices } from "../deck/useDeckChoices";
import { Badge, ReviewBadge } from "../ui/Badge";
import { Button, buttonClass } from "../ui/Button";
import { SectionHeading } from "../ui/SectionHeading";

const savedTime = (iso: string) => new Date(iso).toLocaleString("zh-CN", { hour12: false });
const deckOf = (id: string) => deckKeyOf({ store: "local", id });

/** The records with the presenter's choices this browser keeps for their decks, for the library file. */
function withDecks(records: LibraryRecord[]): LibraryRecord[] {
  return records.map((r) => {
    const deck = parseChoices(readStored(choicesKey(deckOf(r.id))));
    return Object.keys(deck).length ? { ...r, deck } : r;
  });
}

/** The reports kept in this browser, beside the archive's: open, go on checking, delete (asked first), move. */
export function LocalReportList() {
  const [records, setRecords] = useState<LibraryRecord[] | undefined>();
  const [message, setMessage] = useState<{ error: boolean; text: string } | undefined>();
  const reload = () =>
    listRecords().then(setRecords, (e: Error) => {
      setRecords([]);
      setMessage({ error: true, text: e.message });
    });
  useEffect(() => {
    void reload();
  }, []);

  const remove = async (r: LibraryRecord) => {
    if (!window.confirm(`从本机删除「${r.report.title}」？删除后无法恢复（已导出的文件不受影响）。`)) return;
    try {
      await deleteRecord(r.id);
      writeChoices(deckOf(r.id), {});
      setMessage({ error: false, text: `已从本机删除「${r.report.title}」。` });
      await reload();
    } catch (e) {
      setMessage({ error: true, text: (e as Error).message });
    }
  };

  const importLibrary = async (file: File | undefined) => {
    if (!file) return;
    try {
      const incoming = parseLibrary(await file.text(), file.name);
      const present = new Set((records ?? []).map((r) => r.id));
      const replaced = incoming.filter((r) => present.has(r.id));
      if (
        replaced.length &&
        !window.confirm(`本机已有 ${replaced.length} 份同编号的汇报（${replaced.map((r) => r.id).join("、")}），用文件中的替换？`)
      )
        return;
      // The deck choices live in localStorage, beside the decks that read them.
      await saveRecords(incoming.map((r) => ({ ...r, deck: undefined })));
      for (const r of incoming) if (r.deck) writeChoices(deckOf(r.id), r.deck);
      setMessage({ error: false, text: `已从「${file.name}」导入 ${incoming.length} 份汇报。` });
      await reload();
    } catch (e) {
      setMessage({ error: true, text: e instanceof BundleError ? e.message : (e as Error).message });
    }
  };

  // The section is drawn before IndexedDB answers (and in the served HTML), so the archive below
  // does not jump down when it does.
  return (
    <section aria-labelledby="local_heading" className="mb-10">
      <SectionHeading id="local_heading" note="只保存在这台电脑的浏览器中；发布到汇报库请“导出发布包”交给管理员">
        本机汇报
      </SectionHeading>
      {message ? (
        <p
          role={message.error ? "alert" : "status"}
          className={`mb-3 text-sm ${message.error ? "rounded border border-gap bg-gap-soft px-3 py-2 text-gap" : ""}`}
        >
          {message.text}
        </p>
      ) : null}
      {records === undefined ? (
        <p className="text-sm text-muted" aria-busy="true">
          正在读取这台电脑上保存的汇报……
        </p>
      ) : records.length === 0 ? (
        <p className="text-sm text-muted">
          还没有本机汇报。在
          <Link href="/import/" prefetch={false} className="mx-1 underline underline-offset-4">
            导入新汇报
          </Link>
          页核对后点“保存到本机”，即出现在这里。
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">本机汇报列表</caption>
            <thead>
              <tr className="whitespace-nowrap border-b border-line text-muted">
                {["汇报单位", "汇报期", "标题", "状态", "保存时间", "操作"].map((h) => (
                  <th key={h} scope="col" className="py-2 pr-4 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {records.map((r) => (
                <tr key={r.id} className="border-b border-line/70 align-top hover:bg-surface">
                  <td className="py-3 pr-4 whitespace-nowrap">{r.report.organization.name}</td>
                  <td className="py-3 pr-4 whitespace-nowrap">{r.report.period.label}</td>
                  <td className="py-3 pr-4">
                    <Badge tone="accent">本机</Badge>{" "}
                    <Link
                      href={pageHref({ store: "local", id: r.id }, "overview")}
                      className="font-medium hover:text-accent hover:underline"
                    >
                      {r.report.title}
                    </Link>
                  </td>
                  <td className="py-3 pr-4 whitespace-nowrap">
                    <ReviewBadge status={reviewStatus(r.report)} />
                  </td>
                  <td className="py-3 pr-4 whitespace-nowrap tabular-nums">{savedTime(r.savedAt)}</td>
                  <td className="py-3 whitespace-nowrap">
                    <Link
                      href={`/import/?open=${encodeURIComponent(r.id)}`}
                      prefetch={false}
                      className="mr-3 underline underline-offset-4 hover:text-accent"
                    >
                      继续核对
                    </Link>
                    <Button variant="danger" size="inline" onClick={() => void remove(r)} aria-label={`删除本机汇报：${r.report.title}`}>
                      删除
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
        {records?.length ? (
          <Button
            onClick={() =>
              saveBlob(new Blob([libraryText(withDecks(records))], { type: "application/json" }), "本机汇报库.huibao-library.json")
            }
          >
            导出全部本机汇报
          </Button>
        ) : null}
        <label className={buttonClass({ className: "cursor-pointer" })}>
          导入汇报库文件
          <input
            type="file"
            accept=".json,application/json"
            className="sr-only"
            onChange={(e) => void importLibrary(e.target.files?.[0])}
          />
        </label>
        <span className="text-muted">换电脑时：在旧电脑导出，在新电脑导入。</span>
      </div>
    </section>
  );
}
