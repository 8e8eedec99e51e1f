import Link from "next/link";
import { pageHref } from "@/lib/report/links";
import { Button } from "../ui/Button";
import type { DraftSession } from "./useDraft";
import type { LibraryNotice } from "./useLibrarySession";

const clock = (d: Date) => d.toLocaleTimeString("zh-CN", { hour12: false });

/** A library notice: restored, saved (with its pages), or why the browser refused. */
export function LibraryNoticeLine({ notice }: { notice: LibraryNotice }) {
  return (
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
  );
}

/** Whether a notice belongs beside 保存到本机 (what the button did) rather than at the top of the page. */
export const shownBySaveButton = (notice: LibraryNotice | undefined, drafted: boolean) =>
  notice !== undefined && (notice.kind === "saved" || (notice.kind === "error" && drafted));

/** What the autosave did: restored, or why the browser refused; and the way to start anew (asks first). */
export function LibraryBar({ session }: { session: DraftSession }) {
  const { notice, autosavedAt, upToDate, startOver } = session.library;
  const empty = session.text === "" && !session.draft;
  return (
    <div className="grid gap-2">
      {notice && !shownBySaveButton(notice, session.draft !== undefined) ? <LibraryNoticeLine notice={notice} /> : null}
      <div className="flex flex-wrap items-center gap-3 text-sm text-muted">
        <span aria-live="polite">
          {autosavedAt && !empty
            ? upToDate
              ? `原文与每处修改已自动保存在本机（${clock(autosavedAt)}），刷新或关闭页面不会丢失`
              : "正在自动保存最新的修改…"
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
