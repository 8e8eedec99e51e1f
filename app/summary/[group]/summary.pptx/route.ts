import { deckPptxFile } from "@/lib/exports/pptx";
import { summaryDeck } from "@/lib/summary/deck";
import { summaryOf, summaryStaticParams, type SummaryRouteProps } from "@/lib/server/summary-route";

// Written at build from the deck machinery (the same slides, PPTX writer and package repair as a report's deck).
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = summaryStaticParams;

export async function GET(_request: Request, props: SummaryRouteProps) {
  const { group, summary } = await summaryOf(props);
  const bytes = await deckPptxFile(summaryDeck(group, summary), {
    title: `${group.label} 汇总`,
    organization: `${summary.towns.length} 个单位`,
  });
  return new Response(new Uint8Array(bytes), {
    headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
  });
}
