"use client";
import Link from "next/link";
import { useMemo, useState } from "react";
import {
  compareHref,
  filterEntries,
  noFilter,
  previousPeriods,
  type ArchivePage,
  type Filter,
  type ReportEntry,
  type ReportSummary,
} from "@/lib/report/archive";
import { CompletenessMeter } from "../overview/CompletenessMeter";
import { Button, buttonClass } from "../ui/Button";
import { useStaticJson } from "../ui/useStaticJson";

const field = "rounded-md border border-line bg-surface px-3 py-2 text-sm";

/**
 * Every report, filterable by organization, period and words in the title; tick two or more to
 * compare. A long archive draws `pageSize` rows at a time (a thousand rows would be slow to draw
 * and to read); filtering starts from the first rows again. The page brings only its first rows
 * (`page`); the whole list (reports.json) is read once a person filters or asks for more.
 */
export function ReportList({ page, pageSize }: { page: ArchivePage; pageSize: number }) {
  const [filter, setFilterState] = useState<Filter>(noFilter);
  const [limit, setLimit] = useState(pageSize);
  const setFilter = (next: Filter) => {
    setFilterState(next);
    setLimit(pageSize);
  };
  const [selected, setSelected] = useState<ReportEntry[]>([]);
  const filtered = filter.organization !== "" || filter.period !== "" || filter.query !== "";
  const wanted = filtered || limit > pageSize;
  const complete = page.first.length === page.total;
  const read = useStaticJson<ReportSummary[]>("reports.json", wanted && !complete);
  const whole = complete ? page.first : (read.data ?? null);
  const error = read.error ? `读不到完整的汇报列表：${read.error}。下面只列出前 ${page.first.length} 份，请刷新重试。` : null;

  const list = whole ?? page.first;
  const shown = useMemo(() => filterEntries(list, filter), [list, filter]);
  const previous = useMemo(() => (whole ? previousPeriods(whole) : new Map(Object.entries(page.previous))), [whole, page.previous]);
  const waiting = wanted && !whole && !error;
  const total = whole || error ? shown.length : page.total;
  const set = (key: keyof Filter) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setFilter({ ...filter, [key]: e.target.value });
  const isChosen = (id: string) => selected.some((s) => s.id === id);
  const toggle = (entry: ReportEntry) => setSelected(isChosen(entry.id) ? selected.filter((s) => s.id !== entry.id) : [...selected, entry]);
  const canCompare = page.total > 1;
  const { organizations, periods } = page;

  return (
    <>
      <form role="search" aria-label="筛选汇报" className="flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
        <label className="grid gap-1 text-sm">
          <span className="text-muted">汇报单位</span>
          <select name="organization" value={filter.organization} onChange={set("organization")} className={field}>
            <option value="">全部单位（{organizations.length}）</option>
            {organizations.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-sm">
          <span className="text-muted">汇报期</span>
          <select name="period" value={filter.period} onChange={set("period")} className={field}>
            <option value="">全部汇报期（{periods.length}）</option>
            {periods.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-sm">
          <span className="text-muted">标题关键词</span>
          <input
            type="search"
            name="q"
            value={filter.query}
            onChange={set("query")}
            placeholder="如：意识形态"
            className={`${field} w-56`}
          />
        </label>
        {filtered ? (
          <Button variant="link" size="lg" onClick={() => setFilter(noFilter)}>
            清除筛选
          </Button>
        ) : null}
      </form>

      <div className="mt-4 flex flex-wrap items-center justify-between gap-3 border-y border-line py-3 text-sm" aria-live="polite">
        <p>
          共 <strong className="tabular-nums">{page.total}</strong> 份汇报
          {filtered && whole ? (
            <>
              ，筛选后显示 <strong className="tabular-nums">{shown.length}</strong> 份
            </>
          ) : null}
          {waiting ? <span className="text-muted">（正在读取完整列表…）</span> : null}
        </p>
        {canCompare ? (
          <div className="flex items-center gap-3">
            <span className="text-muted">
              已选 <span className="tabular-nums">{selected.length}</span> 份
            </span>
            {selected.length >= 2 ? (
              <Link href={compareHref(selected)} className={buttonClass({ variant: "primary", size: "lg" })}>
                对比所选汇报
              </Link>
            ) : (
              <span className="text-muted">勾选两份或以上即可对比</span>
            )}
            {selected.length > 0 ? (
              <Button variant="link" size="inline" onClick={() => setSelected([])}>
                清空
              </Button>
            ) : null}
          </div>
        ) : (
          <p className="text-muted">
            汇报库里目前只有这一份汇报。本机保存的汇报可以在
            <Link href="/compare/" className="mx-1 underline underline-offset-4">
              对比页
            </Link>
            与它并列对比。
          </p>
        )}
      </div>

      {error ? (
        <p role="alert" className="mt-3 rounded-md border border-gap bg-gap-soft px-4 py-3 text-sm">
          {error}
        </p>
      ) : null}
      {shown.length === 0 && !waiting ? (
        <p className="py-12 text-center text-muted">
          没有符合筛选条件的汇报。
          <Button variant="link" size="inline" onClick={() => setFilter(noFilter)}>
            清除筛选
          </Button>
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">汇报列表</caption>
            <thead>
              <tr className="whitespace-nowrap border-b border-line text-muted">
                {canCompare ? (
                  <th scope="col" className="w-12 py-2 pr-2 font-medium">
                    对比
                  </th>
                ) : null}
                <th scope="col" className="py-2 pr-4 font-medium">
                  汇报单位
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  汇报期
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  标题
                </th>
                <th scope="col" className="py-2 pr-4 text-right font-medium">
                  举措
                </th>
                <th scope="col" className="py-2 pr-4 text-right font-medium">
                  数字
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  数据完整度
                </th>
                {canCompare ? (
                  <th scope="col" className="py-2 font-medium">
                    <span className="sr-only">快捷对比</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {shown.slice(0, limit).map((s) => (
                <tr key={s.id} className="border-b border-line/70 align-top hover:bg-surface">
                  {canCompare ? (
                    <td className="py-3 pr-2">
                      <input
                        type="checkbox"
                        checked={isChosen(s.id)}
                        onChange={() => toggle(s)}
                        aria-label={`选择对比：${s.organization} ${s.period}`}
                        className="size-4 accent-[var(--accent)]"
                      />
                    </td>
                  ) : null}
                  <td className="py-3 pr-4 whitespace-nowrap">{s.organization}</td>
                  <td className="py-3 pr-4 whitespace-nowrap">{s.period}</td>
                  <td className="py-3 pr-4">
                    <Link href={`/reports/${s.id}/`} className="font-medium hover:text-accent hover:underline">
                      {s.title}
                    </Link>
                  </td>
                  <td className="py-3 pr-4 text-right tabular-nums">{s.measures}</td>
                  <td className="py-3 pr-4 text-right text-base font-semibold tabular-nums">{s.completeness.total}</td>
                  <td className="py-3 pr-4">
                    <CompletenessMeter completeness={s.completeness} />
                  </td>
                  {canCompare ? (
                    <td className="py-3 whitespace-nowrap">
                      {previous.has(s.id) ? (
                        <Link href={compareHref([previous.get(s.id)!, s])} className="text-accent underline-offset-4 hover:underline">
                          对比{previous.get(s.id)!.period}
                        </Link>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
          {total > limit ? (
            <p className="flex flex-wrap items-center gap-3 py-3 text-sm" data-testid="list-more">
              <span>
                已显示 <span className="tabular-nums">{limit}</span> 份，共 <span className="tabular-nums">{total}</span> 份
              </span>
              <Button onClick={() => setLimit(limit + pageSize)}>再显示 {Math.min(pageSize, total - limit)} 份</Button>
              <Button variant="link" size="inline" onClick={() => setLimit(total)}>
                显示全部
              </Button>
            </p>
          ) : null}
        </div>
      )}
    </>
  );
}
