const legend: [string, string][] = [
  ["≥80", "原文写“80余”“80以上”：只知道下限，差值也只能给范围"],
  ["≈5,000", "原文写“近5000”“约5000”：约数，差值为近似值"],
  ["原文缺失", "原文在数字处留空，无法计算差值"],
  ["无此项", "该汇报没有这个数字或类别：不是 0，不画柱"],
  ["口径不同", "统计对象、单位或累计与本期不同：并列列出，不画在一起"],
];

/** How /compare writes what the sources leave inexact, before any comparison is read. */
export function CompareLegend() {
  return (
    <dl className="mt-4 mb-8 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 xl:grid-cols-3">
      {legend.map(([term, text]) => (
        <div key={term} className="flex gap-2">
          <dt className="w-16 shrink-0 font-semibold tabular-nums">{term}</dt>
          <dd className="text-muted">{text}</dd>
        </div>
      ))}
    </dl>
  );
}
