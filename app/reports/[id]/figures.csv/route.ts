import { figuresCsv } from "@/lib/exports/csv";
import { findReport, getReportIds } from "@/lib/reports";

// Written to out/reports/<id>/figures.csv at build: every figure as one CSV row for Excel
// (UTF-8 with BOM), downloadable from the static site with no server.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getReportIds().map((id) => ({ id }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { report } = findReport((await params).id)!;
  return new Response(figuresCsv(report), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
}
