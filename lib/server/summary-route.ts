/** What the /summary/<group>/ files share: the groups to export and the group's summary or a 404. Server-only. */
import "server-only";
import { getSummary, getSummaryGroups } from "./summary";

export type SummaryRouteProps = { params: Promise<{ group: string }> };

export const summaryStaticParams = () => getSummaryGroups().map((g) => ({ group: g.id }));

export async function summaryOf({ params }: SummaryRouteProps) {
  const found = getSummary((await params).group);
  if (!found) throw new Error(`没有汇总组「${(await params).group}」`);
  return found;
}
