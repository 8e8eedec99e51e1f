"use client";
import Link from "next/link";
import type { LibraryRecord } from "@/lib/library/record";
import type { ReportHome } from "@/lib/report/links";
import { OverviewPage } from "../views/OverviewPage";
import { PlansPage } from "../views/PlansPage";
import { PresentPage, PresenterPage } from "../views/PresentPage";
import { SourcePage } from "../views/SourcePage";
import { useLocalReport } from "./useLocalReport";

const views = {
  overview: { title: "", render: (r: LibraryRecord, home: ReportHome) => <OverviewPage {...props(r, home)} files={files(r)} /> },
  plans: { title: "不足与计划", render: (r: LibraryRecord, home: ReportHome) => <PlansPage {...props(r, home)} all={[r.report]} /> },
  source: { title: "原文对照", render: (r: LibraryRecord, home: ReportHome) => <SourcePage {...props(r, home)} source={r.source} /> },
  present: {
    title: "汇报演示",
    render: (r: LibraryRecord, home: ReportHome) => <PresentPage report={r.report} home={home} files={files(r)} />,
  },
  presenter: { title: "演讲者视图", render: (r: LibraryRecord, home: ReportHome) => <PresenterPage report={r.report} home={home} /> },
} as const;

const props = (r: LibraryRecord, home: ReportHome) => ({ report: r.report, home, savedAt: r.savedAt });
const files = (r: LibraryRecord) => ({ store: "local" as const, report: r.report, source: r.source });

/** One page of a report kept in this browser: the archive's view, fed by the library instead of the build. */
export function LocalReportPage({ page }: { page: keyof typeof views }) {
  const view = views[page];
  const state = useLocalReport(view.title);
  if (state.kind === "loading") return <p className="text-muted">正在从本机读取汇报…</p>;
  if (state.kind !== "ready") {
    const why =
      state.kind === "error"
        ? state.message
        : state.id
          ? `编号为「${state.id}」的汇报不在这个浏览器的本机汇报中：可能已被删除，或是在另一台电脑、另一个浏览器中保存的。`
          : "链接中缺少汇报编号（?id=）。";
    return (
      <div role="alert" className="grid gap-3">
        <h1 className="text-2xl font-bold">{state.kind === "error" ? "无法读取本机汇报" : "本机没有这份汇报"}</h1>
        <p className="text-muted">{why}</p>
        <p>
          <Link href="/" className="underline underline-offset-4">
            返回全部汇报
          </Link>
        </p>
      </div>
    );
  }
  return view.render(state.record, { store: "local", id: state.record.id });
}
