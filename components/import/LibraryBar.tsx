import Link from "next/link";
import { pageHref } from "@/lib/report/links";
import { Button } from "../ui/Button";
import type { DraftSession } from "./useDraft";

const clock = (d: Date) => d.toLocaleTimeString("zh-CN", { hour12: false });

/** What the autosave did: restored, saved, or why the browser refused; and the way to start anew (asks first). */
export function LibraryBar({ session }: { session: DraftSession }) {
  const { notice, autosavedAt, startOver } = session.library;
  const empty = session.text === "" && !session.draft;
  return (
    <div className="grid gap-2">
      {notice ? (
        <p
          role={notice.kind === "error" ? "alert" : "status"}
          className={`rounded border px-3 py-2 text-sm ${notice.kind === "error" ? "border-gap bg-gap-soft text-gap" : "border-line bg-surface"}`}
        >
          {notice.text}
          {notice.kind === "error" ? " 本页的“下载 report.json / source.txt”仍可使用。" : null}
          {notice.savedId ? (
            <>
              {" "}
              <Link href={pageHref({ store: "local", id: notice.savedId }, "overview")} className="underline underline-offset-4">
                查看看板
              </Link>{" "}
              ·{" "}
              <Link href={pageHref({ store: "local", id: notice.savedId }, "present")} className="underline underline-offset-4">
                演示
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3 text-sm text-muted">
        <span aria-live="polite">
          {autosavedAt && !empty
            ? `原文与每处修改已自动保存在本机（${clock(autosavedAt)}），刷新或关闭页面不会丢失`
            : "原文与每处修改都会自动保存在本机"}
        </span>
        {empty ? null : (
          <Button variant="link" size="inline" onClick={startOver}>
            重新开始
          </Button>
        )}
      </div>
    </div>
  );
}
