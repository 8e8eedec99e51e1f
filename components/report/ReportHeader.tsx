import { requestedByText } from "@/lib/report/format";
import type { Report } from "@/lib/model/schema";
import { reviewStatus } from "@/lib/report/derive";
import type { ReportHome } from "@/lib/report/links";
import { Breadcrumb } from "../ui/Breadcrumb";

/** `savedAt` (a local report's last save) marks the report as kept in this browser only. */
export function ReportHeader({ report, home, savedAt }: { report: Report; home?: ReportHome; savedAt?: string }) {
  const meta: [string, React.ReactNode][] = [
    ["汇报单位", report.organization.name],
    [
      "汇报期",
      <span key="p">
        {report.period.label}
        <span className="ml-2 text-xs text-muted">（{report.period.basis}）</span>
      </span>,
    ],
    ...(report.period.plansFor ? [["计划时段", report.period.plansFor.label] as [string, React.ReactNode]] : []),
    ...(report.requestedBy ? [["汇报依据", requestedByText(report.requestedBy)] as [string, React.ReactNode]] : []),
  ];
  return (
    <header className="mb-8">
      <Breadcrumb here={report.organization.name} />
      <p className="text-sm font-medium text-accent">{report.topic}</p>
      <h1 className="mt-1 text-3xl font-bold leading-tight tracking-wide text-balance">{report.title}</h1>
      {home?.store === "local" ? (
        <p className="mt-2 mr-2 inline-block rounded border border-line bg-surface px-3 py-1 text-sm">
          本机汇报：只保存在这台电脑的浏览器中{savedAt ? `，保存于 ${new Date(savedAt).toLocaleString("zh-CN", { hour12: false })}` : ""}
        </p>
      ) : null}
      {reviewStatus(report) === "draft" ? (
        <p className="mt-2 inline-block rounded border border-gap bg-gap-soft px-3 py-1 text-sm text-gap">
          草稿/待核对：由抽取程序按规则起草，尚未全部经人工核对
        </p>
      ) : null}
      <dl className="mt-4 grid gap-x-8 gap-y-2 text-sm sm:grid-cols-2">
        {meta.map(([term, value]) => (
          <div key={term} className="flex gap-3">
            <dt className="w-16 shrink-0 text-muted">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
