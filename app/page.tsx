import Link from "next/link";
import { buttonClass } from "@/components/ui/Button";
import { ReportList } from "@/components/archive/ReportList";
import { SectionHeading } from "@/components/ui/SectionHeading";
import { LocalReportList } from "@/components/library/LocalReportList";
import { archivePage } from "@/lib/report/archive";
import { listPageSize } from "@/lib/server/pageSize";
import { getArchiveList } from "@/lib/server/reports";

export default function Home() {
  // The first page of summaries only: the rest is read from reports.json when asked for.
  const page = archivePage(getArchiveList(), listPageSize());
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-wide">全部汇报</h1>
        <Link href="/summary/" className={buttonClass({ size: "lg", className: "ml-auto" })}>
          汇总各单位
        </Link>
        {/* The import page carries the extractor (~60 kB): fetched when asked for, not ahead. */}
        <Link href="/import/" prefetch={false} className={buttonClass({ size: "lg" })}>
          导入新汇报
        </Link>
      </div>
      <p className="mt-2 mb-6 text-muted">
        每份汇报的数字、举措、不足与计划都可追溯到原文句子。按单位、汇报期筛选，勾选两份或以上可并排对比。
      </p>
      <LocalReportList />
      <SectionHeading id="archive_heading" note="已发布到本站，打开本站的人都能看到">
        汇报库
      </SectionHeading>
      <ReportList page={page} pageSize={listPageSize()} />
    </>
  );
}
