"use client";
import { useMemo, useState } from "react";
import type { Indicator } from "@/lib/model/indicators";
import { summarize } from "@/lib/summary/summary";
import type { TownRow } from "@/lib/summary/table";
import { findTowns, pageOf, viewOf, type SummaryView } from "@/lib/summary/view";
import { Button } from "../ui/Button";
import { useStaticJson } from "../ui/useStaticJson";
import { CommitmentsByTown } from "./CommitmentsByTown";
import { SummaryTable } from "./SummaryTable";

/**
 * A group too large for one page: the server sends its first page (`first`), and the pager reads
 * the group's figures table (figures.json beside the page) once a person turns a page, searches
 * or asks for every town, and builds the same summary from it (lib/summary).
 */
export function PagedTowns({
  show,
  first,
  townCount,
  indicators,
  pageSize,
}: {
  show: "figures" | "commitments";
  first: SummaryView;
  townCount: number;
  /** the catalogue entries (and the reports' own) the group's columns name, in catalogue order */
  indicators: Indicator[];
  pageSize: number;
}) {
  const [page, setPage] = useState(0);
  const [query, setQuery] = useState("");
  const [all, setAll] = useState(false);
  const wanted = page > 0 || query.trim() !== "" || all;
  const table = useStaticJson<TownRow[]>("figures.json", wanted);
  const full = useMemo(() => (table.data ? summarize(table.data, indicators) : null), [table.data, indicators]);
  const error = table.error ? `读不到全部单位的数字表：${table.error}。请刷新重试，或下载 Excel 查看全部单位。` : null;

  const found = full ? findTowns(full.towns, query) : null;
  const count = found ? found.length : townCount;
  const paged = all ? pageOf(count, 0, Math.max(1, count)) : pageOf(count, page, pageSize);
  // Until the table is read, the first page stays on screen and the line above says it is reading.
  const view = full && found ? viewOf(full, found.slice(paged.start, paged.end)) : first;
  const waiting = wanted && !full && !error;
  const turn = (to: number) => setPage(pageOf(count, to, pageSize).page);
  const label = show === "figures" ? "各单位数字" : "各单位承诺";

  return (
    <div>
      <div role="navigation" aria-label={`${label}分页`} className="mb-3 flex flex-wrap items-center gap-3 text-sm print-hidden">
        <span aria-live="polite" data-testid="pager-status">
          {query.trim() && full ? `找到 ${count.toLocaleString("zh-CN")} 个单位` : `共 ${count.toLocaleString("zh-CN")} 个单位`}
          {count > 0 && !all ? `，第 ${paged.from.toLocaleString("zh-CN")}–${paged.to.toLocaleString("zh-CN")} 个` : ""}
          {waiting ? "（正在读取全部单位…）" : ""}
        </span>
        {all ? null : (
          <>
            <Button size="sm" onClick={() => turn(page - 1)} disabled={page === 0}>
              ‹ 上一页
            </Button>
            <Button size="sm" onClick={() => turn(page + 1)} disabled={paged.page >= paged.pages - 1}>
              下一页 ›
            </Button>
          </>
        )}
        <Button size="sm" aria-pressed={all} onClick={() => setAll(!all)}>
          {all ? "分页显示" : "显示全部"}
        </Button>
        <label className="flex items-center gap-2">
          查找单位
          <input
            type="search"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setPage(0);
            }}
            placeholder="单位名称"
            className="w-40 rounded border border-line bg-surface px-2 py-0.5"
          />
        </label>
      </div>
      {error ? (
        <p role="alert" className="mb-3 rounded border border-gap bg-gap-soft px-3 py-2 text-sm">
          {error}
        </p>
      ) : null}
      {full && count === 0 ? (
        <p className="text-muted">没有名称含「{query.trim()}」的单位。</p>
      ) : show === "figures" ? (
        <SummaryTable view={view} />
      ) : (
        <CommitmentsByTown towns={view.towns} />
      )}
      {all ? null : (
        <p className="mt-2 hidden text-sm text-muted print:block">
          此处打印的是第 {paged.from}–{paged.to} 个单位；全部单位请点“显示全部”后再打印，或下载 Excel。
        </p>
      )}
    </div>
  );
}
