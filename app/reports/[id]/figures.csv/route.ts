import { figuresCsv } from "@/lib/exports/csv";
import { reportOf, reportStaticParams, type ReportRouteProps } from "@/lib/server/report-route";

// Written to out/reports/<id>/figures.csv at build: every figure as one CSV row for Excel
// (UTF-8 with BOM), downloadable from the static site with no server.
export const dynamic = "force-static";
// No layout wraps a route handler: it declares its ids itself (the build refuses it otherwise).
export const dynamicParams = false;
export const generateStaticParams = reportStaticParams;

export async function GET(_request: Request, props: ReportRouteProps) {
  const { report } = await reportOf(props);
  return new Response(figuresCsv(report), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
}
