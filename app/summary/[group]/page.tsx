import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommitmentsByTown } from "@/components/summary/CommitmentsByTown";
import { PagedTowns } from "@/components/summary/PagedTowns";
import { RankingPanel } from "@/components/summary/RankingPanel";
import { SummaryTable } from "@/components/summary/SummaryTable";
import { SectionHeading } from "@/components/ui/SectionHeading";
import { buttonClass } from "@/components/ui/Button";
import { groupKindLabel } from "@/lib/summary/groups";
import { listPageSize } from "@/lib/server/pageSize";
import { getSummary, getSummaryGroups } from "@/lib/server/summary";
import { byTopicText, commitmentsText, viewOf } from "@/lib/summary/view";

type Props = { params: Promise<{ group: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getSummaryGroups().map((g) => ({ group: g.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = getSummary((await params).group);
  return { title: found ? `汇总 · ${found.group.label}` : "未找到汇总" };
}

export default async function SummaryPage({ params }: Props) {
  const found = getSummary((await params).group) ?? notFound();
  const { group, summary, indicators } = found;
  // A large group sends its first page; the pager reads the rest from figures.json when asked.
  const pageSize = listPageSize();
  const paged = summary.towns.length > pageSize;
  const first = viewOf(summary, paged ? summary.towns.slice(0, pageSize) : summary.towns);
  const pager = (show: "figures" | "commitments") => (
    <PagedTowns show={show} first={first} townCount={summary.towns.length} indicators={indicators} pageSize={pageSize} />
  );
  return (
    <>
      <p className="text-sm text-muted">
        <Link href="/summary/" className="hover:underline">
          汇总
        </Link>{" "}
        · {groupKindLabel[group.kind]}
      </p>
      <h1 className="text-2xl font-bold tracking-wide">{group.label}</h1>
      <p className="mt-2 mb-6 text-muted">
        {summary.towns.length} 份汇报，{summary.columns.length}{" "}
        列指标。只汇总经人工确认的指标；“留空”是原文未写数字，“未报”是汇报中没有这一项，二者都不计为 0。
      </p>
      {group.byTopic && (
        <p className="-mt-3 mb-6 text-sm text-muted" data-testid="summary-by-topic">
          {byTopicText(group.byTopic, summary.towns)}
        </p>
      )}
      <p className="mb-6 flex flex-wrap gap-3 print-hidden" data-testid="summary-downloads">
        {/* Files written at build beside this page: exceljs and the PPTX writer never reach the browser. */}
        <a href="summary.xlsx" download className={buttonClass()}>
          下载 Excel（.xlsx）
        </a>
        <a href="summary.csv" download className={buttonClass()}>
          下载 CSV
        </a>
        <a href="summary.pptx" download className={buttonClass()}>
          下载汇报幻灯片（.pptx）
        </a>
        <Link href="present/" className={buttonClass()}>
          汇报演示
        </Link>
        {/* The deck prints itself once its charts are drawn: one 16:9 page a slide. */}
        <a href="present/?print" className={buttonClass()}>
          汇报幻灯片 PDF（打印）
        </a>
      </p>
      <section aria-labelledby="table_heading" className="mb-10">
        <SectionHeading id="table_heading" note="点击数字查看原文句子">
          各单位数字
        </SectionHeading>
        {summary.columns.length ? (
          paged ? (
            pager("figures")
          ) : (
            <SummaryTable view={first} />
          )
        ) : (
          <p className="text-muted">这些汇报还没有经确认的指标。</p>
        )}
      </section>
      <section aria-labelledby="ranking_heading" className="mb-10">
        <SectionHeading id="ranking_heading" note="“≥”是下限，“≈”是约数，区间画作区间">
          各指标排名与合计
        </SectionHeading>
        <div className="grid gap-4 lg:grid-cols-2">
          {summary.columns.map((c) => (
            <RankingPanel key={c.id} column={c} towns={summary.towns} />
          ))}
        </div>
      </section>
      <section aria-labelledby="commitments_heading" className="mb-10">
        <SectionHeading id="commitments_heading" note="以后续汇报的跟进为准">
          各单位承诺与落实
        </SectionHeading>
        <p className="mb-3 text-sm" data-testid="summary-commitment-count">
          {commitmentsText(summary.towns)}
        </p>
        {paged ? pager("commitments") : <CommitmentsByTown towns={summary.towns} />}
      </section>
    </>
  );
}
