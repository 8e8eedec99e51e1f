/**
 * What every /reports/[id]/… route shares: the ids to export, the page title, and the report or
 * the Chinese 404. Server-only.
 */
import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findReport, getReportIds, type LoadedReport } from "./reports";

export type ReportRouteProps = { params: Promise<{ id: string }> };

export function reportStaticParams() {
  return getReportIds().map((id) => ({ id }));
}

/** generateMetadata for a report page: "<page> · <report title>", or the report title alone. */
export function reportMetadata(page?: string) {
  return async ({ params }: ReportRouteProps): Promise<Metadata> => {
    const loaded = findReport((await params).id);
    if (!loaded) return { title: "未找到汇报" };
    return { title: page ? `${page} · ${loaded.report.title}` : loaded.report.title };
  };
}

/** The report a route is for; an unknown id renders the Chinese 404 page. */
export async function reportOf({ params }: ReportRouteProps): Promise<LoadedReport> {
  return findReport((await params).id) ?? notFound();
}
