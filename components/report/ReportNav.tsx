import Link from "next/link";
import { pageHref, type ReportHome } from "@/lib/report/links";

/** The pages of one report. `current` is the tab's key; add a tab when its page lands. */
const tabs = [
  { key: "overview", label: "概览" },
  { key: "plans", label: "不足与计划" },
  { key: "source", label: "原文对照" },
  { key: "present", label: "汇报演示" },
] as const;

export function ReportNav({ home, current }: { home: ReportHome; current: (typeof tabs)[number]["key"] }) {
  return (
    <nav aria-label="本汇报的页面" className="mb-8 flex gap-1 border-b border-line print-hidden">
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={pageHref(home, tab.key)}
          aria-current={tab.key === current ? "page" : undefined}
          className="-mb-px border-b-2 border-transparent px-4 py-2 text-sm hover:text-ink aria-[current=page]:border-accent aria-[current=page]:font-semibold text-muted aria-[current=page]:text-ink"
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
