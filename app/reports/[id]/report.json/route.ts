import { findReport, getReportIds } from "@/lib/reports";

// Written to out/reports/<id>/report.json at build: the checked dataset as a static file, for
// download, for other tools, and for pages that load one report in the browser.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getReportIds().map((id) => ({ id }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { report } = findReport((await params).id)!;
  return Response.json(report);
}
