import { confirmAll } from "@/lib/extract/review";
import { SectionHeading } from "../ui/SectionHeading";
import { Button } from "../ui/Button";
import { Code } from "../ui/Code";
import type { DraftSession } from "./useDraft";
import { LibraryNoticeLine, shownBySaveButton } from "./LibraryBar";

/** Step 3: the id, 保存到本机 (whatever the draft's state), the checked download of report.json and source.txt, and where to put them. */
export function DownloadPanel({ session }: { session: DraftSession }) {
  const { id, problems } = session;
  return (
    <section aria-labelledby="save_heading">
      <SectionHeading id="save_heading" note="保存到本机即可查看看板、演示与导出；发布到汇报库请在看板上“导出发布包”交给管理员">
        3. 确认并保存
      </SectionHeading>
      <div className="grid gap-4 rounded-lg border border-line bg-surface p-5 lg:grid-cols-2">
        <div className="grid content-start gap-3">
          <label htmlFor="report_id" className="text-sm font-medium">
            数据集标识 <span className="font-normal text-muted">（文件夹名：小写字母、数字、连字符，如 mouzhen-2021-publicity）</span>
          </label>
          <input
            id="report_id"
            value={id}
            onChange={(e) => session.setId(e.target.value)}
            aria-invalid={!session.idValid}
            className="rounded border border-line bg-bg px-3 py-2 font-mono text-sm aria-[invalid=true]:border-gap"
          />
          {!session.idValid ? <p className="text-sm text-gap">标识只能由小写字母、数字和连字符组成，且不能以连字符开头。</p> : null}
          <div className="flex flex-wrap gap-3">
            <Button size="lg" onClick={() => session.update(confirmAll)}>
              全部确认
            </Button>
            <Button
              variant="primary"
              size="lg"
              onClick={() => void session.library.saveLocal()}
              disabled={!session.idValid || session.stale}
            >
              保存到本机
            </Button>
            <Button size="lg" onClick={session.downloadReport} disabled={!session.idValid || session.stale}>
              下载 report.json
            </Button>
            <Button size="lg" onClick={session.downloadSource} disabled={session.stale}>
              下载 source.txt
            </Button>
          </div>
          {shownBySaveButton(session.library.notice, true) ? <LibraryNoticeLine notice={session.library.notice!} /> : null}
          <p className="text-sm text-muted">
            未核对完也可保存到本机，看板上标为“草稿/待核对”。尚未确认的条目在 report.json 中带有 <Code>&quot;draft&quot;: true</Code>
            ，看板会标出“草稿”；确认后该标记删去。
          </p>
          {problems?.length ? (
            <div role="alert" className="rounded border border-gap bg-gap-soft p-3 text-sm text-gap">
              <p className="font-medium">草稿还有 {problems.length} 处问题，未下载：</p>
              <ul className="mt-1 list-disc pl-5">
                {problems.slice(0, 12).map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          ) : problems ? (
            <p role="status" className="text-sm">
              已通过校验并下载 report.json。
            </p>
          ) : null}
        </div>
        <div>
          <p className="text-sm font-medium">把两份文件加入网站</p>
          <pre className="mt-2 overflow-x-auto rounded bg-bg p-3 text-xs leading-relaxed">
            {`mkdir -p data/reports/${id}\ncp source.txt report.json data/reports/${id}/\nnpm run build`}
          </pre>
          <p className="mt-3 text-sm text-muted">或在命令行直接从原文起草（不含本页的修改）：</p>
          <pre className="mt-2 overflow-x-auto rounded bg-bg p-3 text-xs">{`npm run extract -- 汇报原文.txt --id ${id}`}</pre>
        </div>
      </div>
    </section>
  );
}
