"use client";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { compareHref, latestPairs, localId, parseSelection, selectionQuery, type ReportEntry } from "@/lib/report/archive";
import { compareReports } from "@/lib/compare/compare";
import { completeness } from "@/lib/report/derive";
import { pageHref } from "@/lib/report/links";
import { CompletenessMeter } from "../overview/CompletenessMeter";
import { Badge } from "../ui/Badge";
import { buttonClass, Button } from "../ui/Button";
import { Code } from "../ui/Code";
import { SectionHeading } from "../ui/SectionHeading";
import type { HrefFor } from "./ComparePanel";
import { ComparisonView } from "./ComparisonView";
import { useStaticJson } from "../ui/useStaticJson";
import { useLocalEntries, useReports } from "./useReports";

/**
 * The /compare page's live part: the selection is the URL (?r=id1,id2, the first being the baseline),
 * so a comparison can be shared; only the archive's list (reports.json, as on /) and the selected
 * reports are fetched, so the page weighs the same with ten reports or ten thousand.
 */
export function CompareView({ basePath }: { basePath: string }) {
  const list = useStaticJson<ReportEntry[]>(`${basePath}/reports.json`, true);
  if (list.error)
    return (
      <p role="alert" className="rounded-md border border-gap bg-gap-soft px-4 py-3">
        读不到汇报列表：{list.error}。请刷新重试，或从
        <Link href="/" className="mx-1 underline underline-offset-4">
          全部汇报
        </Link>
        逐份打开。
      </p>
    );
  if (!list.data) return <p className="text-muted">正在读取汇报列表…</p>;
  return <Selection archive={list.data} basePath={basePath} />;
}

function Selection({ archive, basePath }: { archive: ReportEntry[]; basePath: string }) {
  const ids = parseSelection(useSearchParams().get("r"));
  const localRead = useLocalEntries();
  const local = localRead ?? [];
  const entries = [...archive, ...local];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const selected = ids.filter((id) => byId.has(id));
  // Local reports are listed after the page has loaded: until then an id marked ~ is not yet unknown.
  const unknown = ids.filter((id) => !byId.has(id) && (localRead !== undefined || !localId(id)));
  const loaded = useReports(selected, basePath);
  const ready = loaded.flatMap((l) => (l.status === "ready" ? [l.report] : []));
  const comparison = ready.length === selected.length && ready.length >= 2 ? compareReports(ready) : null;

  // Next keeps useSearchParams in step with pushState; Back returns to the previous selection.
  const go = (next: string[]) => window.history.pushState(null, "", `${window.location.pathname}${selectionQuery(next)}`);
  const hrefFor: HrefFor = (id, place) => {
    const mine = localId(id);
    const home = mine ? { store: "local" as const, id: mine } : { store: "archive" as const, id };
    return basePath + pageHref(home, place?.page ?? "overview", { at: place?.at });
  };
  const addable = archive.filter((e) => !selected.includes(e.id));
  const organizations = [...new Set(addable.map((e) => e.organization))];
  const addableLocal = local.filter((e) => !selected.includes(e.id));

  if (entries.length < 2) return <OnlyOne entries={entries} />;

  return (
    <>
      <section aria-labelledby="selection_heading" className="mb-10">
        <SectionHeading id="selection_heading" note="第一份为基准，差值均为“其他汇报 − 基准”">
          所选汇报
        </SectionHeading>
        {unknown.length > 0 ? (
          <p role="alert" className="mb-3 rounded-md border border-gap bg-gap-soft px-4 py-2 text-sm">
            链接中的汇报「{unknown.join("」「")}」不存在（可能已被移除或改名），已略过。
          </p>
        ) : null}
        {selected.length > 0 ? (
          // grid-cols-1 (minmax(0, 1fr)): a long title is cut short with … instead of widening the page
          <ol className="mb-4 grid grid-cols-1 gap-2">
            {selected.map((id, i) => {
              const entry = byId.get(id)!;
              const state = loaded[i];
              return (
                <li key={id} className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-line bg-surface px-4 py-3">
                  <Badge tone={i === 0 ? "accentFill" : "muted"}>{i === 0 ? "基准" : `对比 ${i}`}</Badge>
                  {localId(id) ? <Badge tone="muted">本机</Badge> : null}
                  <a href={hrefFor(id)} className="font-medium hover:underline">
                    {entry.organization} · {entry.period}
                  </a>
                  <span className="min-w-0 flex-1 truncate text-sm text-muted" title={entry.title}>
                    {entry.title}
                  </span>
                  {state.status === "ready" ? <CompletenessMeter completeness={completeness(state.report)} /> : null}
                  {state.status === "loading" ? <span className="text-sm text-muted">正在读取…</span> : null}
                  {state.status === "error" ? (
                    <span role="alert" className="text-sm text-accent">
                      {state.message}
                    </span>
                  ) : null}
                  <span className="flex gap-2">
                    {i > 0 ? (
                      <Button size="sm" onClick={() => go([id, ...selected.filter((s) => s !== id)])}>
                        设为基准
                      </Button>
                    ) : null}
                    <Button
                      size="sm"
                      onClick={() => go(selected.filter((s) => s !== id))}
                      aria-label={`移除 ${entry.organization} ${entry.period}`}
                    >
                      移除
                    </Button>
                  </span>
                </li>
              );
            })}
          </ol>
        ) : null}
        {addable.length + addableLocal.length > 0 ? (
          <label className="flex flex-wrap items-center gap-3 text-sm">
            <span className="font-medium">{selected.length === 0 ? "选择第一份汇报（基准）" : "添加一份汇报"}</span>
            <select
              value=""
              onChange={(e) => e.target.value && go([...selected, e.target.value])}
              // A select is as wide as its longest option; a long title must not widen the page.
              className="w-full min-w-0 max-w-2xl rounded-md border border-line bg-surface px-3 py-2"
            >
              <option value="">请选择…</option>
              {organizations.map((org) => (
                <optgroup key={org} label={org}>
                  {addable
                    .filter((e) => e.organization === org)
                    .map((e) => (
                      <option key={e.id} value={e.id}>
                        {e.organization} · {e.period} · {e.title}
                      </option>
                    ))}
                </optgroup>
              ))}
              {addableLocal.length > 0 ? (
                <optgroup label="本机汇报（只在这个浏览器中）">
                  {addableLocal.map((e) => (
                    <option key={e.id} value={e.id}>
                      本机 · {e.organization} · {e.period} · {e.title}
                    </option>
                  ))}
                </optgroup>
              ) : null}
            </select>
          </label>
        ) : null}
      </section>

      {selected.length < 2 ? <PickMore entries={entries} count={selected.length} /> : null}
      {comparison ? <ComparisonView comparison={comparison} hrefFor={hrefFor} /> : null}
      {selected.length >= 2 && !comparison && loaded.every((l) => l.status !== "error") ? (
        <p className="text-muted" aria-live="polite">
          正在读取所选汇报…
        </p>
      ) : null}
    </>
  );
}

/** Fewer than two selected: say what to do, and offer the comparisons a town asks for first. */
function PickMore({ entries, count }: { entries: ReportEntry[]; count: number }) {
  const pairs = latestPairs(entries).slice(0, 12);
  return (
    <section aria-labelledby="pick_heading" className="rounded-lg border border-line bg-surface p-5">
      <h2 id="pick_heading" className="text-lg font-semibold">
        {count === 0 ? "请选择要对比的汇报" : "请再选择至少一份汇报"}
      </h2>
      <p className="mt-1 text-sm text-muted">
        用上方的“{count === 0 ? "选择第一份汇报" : "添加一份汇报"}”，或在
        <Link href="/" className="mx-1 underline underline-offset-4">
          全部汇报
        </Link>
        中勾选两份或以上。
      </p>
      {pairs.length > 0 ? (
        <>
          <p className="mt-4 text-sm font-medium">同一单位的最近两期：</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {pairs.map(([earlier, later]) => (
              <li key={earlier.id}>
                <Link href={compareHref([earlier, later])} className={buttonClass()}>
                  {earlier.organization}：{earlier.period} → {later.period}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** An archive of one report: no dead end, but how to add the second. */
function OnlyOne({ entries }: { entries: ReportEntry[] }) {
  const only = entries[0];
  return (
    <section aria-labelledby="only_heading" className="max-w-3xl rounded-lg border border-line bg-surface p-6">
      <h2 id="only_heading" className="text-xl font-semibold">
        目前只有 {entries.length} 份汇报，还不能对比
      </h2>
      <p className="mt-2 text-muted">对比至少需要两份汇报，例如同一镇的上半年与下半年，或两个镇的同一期。添加一份汇报：</p>
      <ol className="mt-4 list-decimal space-y-2 pl-6">
        <li>
          在 <Code>data/reports/</Code> 下新建一个文件夹，文件夹名即汇报编号（小写字母、数字和连字符，如 <Code>yizhen-2021-h1</Code>）。
        </li>
        <li>
          放入汇报原文 <Code>source.txt</Code> 和整理好的数据 <Code>report.json</Code>（每个数字须引用原文）； 可先在
          <Link href="/import/" prefetch={false} className="mx-1 underline underline-offset-4">
            导入新汇报
          </Link>
          页粘贴原文，自动起草 report.json，再人工核对。
        </li>
        <li>
          要让两份汇报的数字逐项对比，给同一个数字标上相同的对比口径 <Code>metric.key</Code>。
        </li>
        <li>
          重新构建（<Code>npm run build</Code>），新汇报即出现在列表中，并可在此对比。
        </li>
      </ol>
      {only ? (
        <p className="mt-5">
          现有汇报：
          <Link href={`/reports/${only.id}/`} className="font-medium underline underline-offset-4">
            {only.title}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
