import { deckPptx } from "@/lib/exports/pptx";
import { presentedOn } from "@/lib/deck/deck";
import { summaryDeck } from "@/lib/summary/deck";
import { summaryOf, summaryStaticParams, type SummaryRouteProps } from "@/lib/server/summary-route";

// Written at build from the deck machinery (the same slides and PPTX writer as a report's deck).
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = summaryStaticParams;

export async function GET(_request: Request, props: SummaryRouteProps) {
  const { group, summary } = await summaryOf(props);
  const pptx = deckPptx(summaryDeck(group, summary), {
    title: `${group.label} 汇总`,
    organization: `${summary.towns.length} 个单位`,
    presentedOn: presentedOn(new Date()),
  });
  const bytes = new Uint8Array((await pptx.write({ outputType: "uint8array", compression: true })) as Uint8Array);
  return new Response(bytes, { headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.presentationml.presentation" } });
}
