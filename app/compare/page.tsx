import type { Metadata } from "next";
import { Suspense } from "react";
import { CompareView } from "@/components/compare/CompareView";
import { byOrganizationThenLatest, entryOf } from "@/lib/report/archive";
import { getReports } from "@/lib/server/reports";

export const metadata: Metadata = { title: "对比汇报" };

const legend: [string, string][] = [
  ["≥80", "原文写“80余”“80以上”：只知道下限，差值也只能给范围"],
  ["≈5,000", "原文写“近5000”“约5000”：约数，差值为近似值"],
  ["原文缺失", "原文在数字处留空，无法计算差值"],
  ["无此项", "该汇报没有这个数字或类别：不是 0，不画柱"],
  ["口径不同", "统计对象、单位或累计与本期不同：并列列出，不画在一起"],
];

export default function ComparePage() {
  // The picker needs every report's name only; the reports themselves are fetched in the browser, only those shown.
  const entries = getReports()
    .map(({ report }) => entryOf(report))
    .sort(byOrganizationThenLatest);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-wide">对比汇报</h1>
      <p className="mt-2 text-muted">两个镇的同一期，或同一镇的相邻两期：同一口径的数字并排比较，差值照原文的“余”“近”如实标注。</p>
      <dl className="mt-4 mb-8 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 xl:grid-cols-3">
        {legend.map(([term, text]) => (
          <div key={term} className="flex gap-2">
            <dt className="w-16 shrink-0 font-semibold tabular-nums">{term}</dt>
            <dd className="text-muted">{text}</dd>
          </div>
        ))}
      </dl>
      <noscript>
        <p className="rounded-md border border-gap bg-gap-soft px-4 py-3">
          对比页需要在浏览器中启用 JavaScript 才能读取所选汇报。各汇报的概览页不需要。
        </p>
      </noscript>
      <Suspense fallback={<p className="text-muted">正在读取所选汇报…</p>}>
        <CompareView entries={entries} basePath={process.env.BASE_PATH ?? ""} />
      </Suspense>
    </>
  );
}
