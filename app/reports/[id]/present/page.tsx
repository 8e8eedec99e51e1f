import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Deck } from "@/components/deck/Deck";
import { buildDeck } from "@/lib/deck";
import { exportFileName } from "@/lib/exports/fileName";
import { findReport, getReportIds } from "@/lib/reports";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getReportIds().map((id) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = findReport((await params).id);
  return { title: loaded ? `${loaded.report.title}（汇报演示）` : "未找到汇报" };
}

export default async function PresentPage({ params }: Props) {
  const loaded = findReport((await params).id);
  if (!loaded) notFound();
  const { report } = loaded;
  return (
    <Deck
      reportId={report.id}
      reportTitle={report.title}
      organization={report.organization.name}
      slides={buildDeck(report)}
      downloads={{
        csv: exportFileName(report.title, "数字", "csv"),
        json: exportFileName(report.title, "数据", "json"),
        chartBase: exportFileName(report.title, "图表"),
      }}
    />
  );
}
