import Link from "next/link";
import { figures } from "@/lib/derive";
import { getReports } from "@/lib/reports";

export default function Home() {
  const reports = getReports();
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-wide">全部汇报</h1>
        <Link href="/import/" className="rounded border border-line bg-surface px-4 py-2 text-sm font-medium hover:border-accent hover:text-accent">
          导入新汇报
        </Link>
      </div>
      <p className="mt-2 text-muted">每份汇报的数字、举措、不足与计划都可追溯到原文句子。</p>
      <ul className="mt-8 grid gap-4 md:grid-cols-2">
        {reports.map(({ report }) => {
          const figs = figures(report);
          return (
            <li key={report.id} className="rounded-lg border border-line bg-surface p-5">
              <p className="text-sm font-medium text-accent">{report.organization.name} · {report.period.label}</p>
              <h2 className="mt-1 text-xl font-semibold">
                <Link href={`/reports/${report.id}/`} className="hover:underline">{report.title}</Link>
              </h2>
              <dl className="mt-4 grid grid-cols-4 gap-2 text-center">
                {([
                  ["举措", report.measures.length],
                  ["数字", figs.length],
                  ["不足", report.weaknesses.length],
                  ["原文缺失", report.gaps.length],
                ] as const).map(([label, n]) => (
                  <div key={label} className="rounded bg-bg py-2">
                    <dt className="text-xs text-muted">{label}</dt>
                    <dd className="text-2xl font-semibold tabular-nums">{n}</dd>
                  </div>
                ))}
              </dl>
            </li>
          );
        })}
      </ul>
    </>
  );
}
