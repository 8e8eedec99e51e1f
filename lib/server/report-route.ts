/**
 * What every /reports/[id]/… route shares: the ids to export, the title template, and the report
 * or the Chinese 404. app/reports/[id]/layout.tsx declares the ids and titles once for the pages;
 * the two route handlers, which no layout wraps, declare the ids themselves. Server-only.
 */
import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findReport, getReportIds, type LoadedReport } from "./reports";

export type ReportRouteProps = { params: Promise<{ id: string }> };

export function reportStaticParams() {
  return getReportIds().map((id) => ({ id }));
}

/**
 * The report's title for its overview, and "<page> · <report title>" for a page that names itself
 * (export const metadata = { title: "不足与计划" }). A nested template replaces the root layout's,
 * so it repeats the site's name.
 */
export async function reportMetadata({ params }: ReportRouteProps): Promise<Metadata> {
  const loaded = findReport((await params).id);
  if (!loaded) return { title: "未找到汇报" };
  const { title } = loaded.report;
  return { title: { default: title, template: `%s · ${title} · 汇报看板` } };
}

/** The report a route is for; an unknown id renders the Chinese 404 page. */
export async function reportOf({ params }: ReportRouteProps): Promise<LoadedReport> {
  return findReport((await params).id) ?? notFound();
}
