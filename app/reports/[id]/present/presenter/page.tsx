import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Presenter } from "@/components/deck/Presenter";
import { buildDeck } from "@/lib/deck";
import { findReport, getReportIds } from "@/lib/reports";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getReportIds().map((id) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = findReport((await params).id);
  return { title: loaded ? `演讲者视图 · ${loaded.report.title}` : "未找到汇报" };
}

export default async function PresenterPage({ params }: Props) {
  const loaded = findReport((await params).id);
  if (!loaded) notFound();
  const { report } = loaded;
  return <Presenter reportId={report.id} reportTitle={report.title} organization={report.organization.name} slides={buildDeck(report)} />;
}
