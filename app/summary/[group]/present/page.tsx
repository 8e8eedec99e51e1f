import type { Metadata } from "next";
import { SummaryDeck } from "@/components/summary/SummaryDeck";
import { summaryDeck } from "@/lib/summary/deck";
import { summaryOf, summaryStaticParams, type SummaryRouteProps } from "@/lib/server/summary-route";

export const dynamicParams = false;
export const generateStaticParams = summaryStaticParams;

export async function generateMetadata(props: SummaryRouteProps): Promise<Metadata> {
  const { group } = await summaryOf(props);
  return { title: `汇报演示 · ${group.label} 汇总` };
}

export default async function SummaryPresentPage(props: SummaryRouteProps) {
  const { group, summary } = await summaryOf(props);
  return (
    <SummaryDeck
      groupId={group.id}
      title={`${group.label} 汇总`}
      organization={`${summary.towns.length} 个单位`}
      slides={summaryDeck(group, summary)}
      // Relative, so the export works under a basePath: /summary/<id>/present/ → /reports/.
      reportsHref="../../../reports/"
    />
  );
}
