import { getSummaryTable } from "@/lib/server/summary";
import { summaryStaticParams, type SummaryRouteProps } from "@/lib/server/summary-route";

// The group's compact figures table, written at build: each town's accepted indicator figures and
// commitments only, so a tool (or a future client view) of a thousand towns reads one file, not every report.json.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = summaryStaticParams;

export async function GET(_request: Request, { params }: SummaryRouteProps) {
  return Response.json(getSummaryTable((await params).group));
}
