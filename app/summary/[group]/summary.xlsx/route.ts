import { summaryXlsx } from "@/lib/exports/summary";
import { summaryOf, summaryStaticParams, type SummaryRouteProps } from "@/lib/server/summary-route";

// Written at build: exceljs runs here, never in the browser (it would be ~300 kB of page script).
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = summaryStaticParams;

export async function GET(_request: Request, props: SummaryRouteProps) {
  const { group, summary } = await summaryOf(props);
  const bytes = await summaryXlsx(summary, `${group.label} 汇总`);
  return new Response(bytes, { headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } });
}
