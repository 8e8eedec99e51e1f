import { summaryCsv } from "@/lib/exports/summary";
import { summaryOf, summaryStaticParams, type SummaryRouteProps } from "@/lib/server/summary-route";

// Written to out/summary/<group>/summary.csv at build (UTF-8 with BOM for Excel), no server needed.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = summaryStaticParams;

export async function GET(_request: Request, props: SummaryRouteProps) {
  const { summary } = await summaryOf(props);
  return new Response(summaryCsv(summary), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
}
