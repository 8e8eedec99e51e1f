import type { Metadata } from "next";
import { Suspense } from "react";
import { CompareLegend } from "@/components/compare/CompareLegend";
import { CompareView } from "@/components/compare/CompareView";

export const metadata: Metadata = { title: "对比汇报" };

export default function ComparePage() {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-wide">对比汇报</h1>
      <p className="mt-2 text-muted">两个镇的同一期，或同一镇的相邻两期：同一口径的数字并排比较，差值照原文的“余”“近”如实标注。</p>
      <CompareLegend />
      <noscript>
        <p className="rounded-md border border-gap bg-gap-soft px-4 py-3">
          对比页需要在浏览器中启用 JavaScript 才能读取所选汇报。各汇报的概览页不需要。
        </p>
      </noscript>
      <Suspense fallback={<p className="text-muted">正在读取所选汇报…</p>}>
        <CompareView basePath={process.env.BASE_PATH ?? ""} />
      </Suspense>
    </>
  );
}
