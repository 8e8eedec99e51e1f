import { reportOf, reportStaticParams, type ReportRouteProps } from "@/lib/server/report-route";

// Written to out/reports/<id>/report.json at build: the checked dataset as a static file, for
// download, for other tools, and for pages that load one report in the browser.
export const dynamic = "force-static";
// No layout wraps a route handler: it declares its ids itself (the build refuses it otherwise).
export const dynamicParams = false;
export const generateStaticParams = reportStaticParams;

export async function GET(_request: Request, props: ReportRouteProps) {
  const { report } = await reportOf(props);
  return Response.json(report);
}
