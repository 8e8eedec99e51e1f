import { figureText } from "@/lib/report/format";
import type { SummaryColumn, Town } from "@/lib/summary/summary";

const names = (ids: readonly string[], towns: readonly Town[]) => ids.map((id) => towns.find((t) => t.id === id)?.label ?? id).join("、");

/** "11 个镇合计 ≥1,365 条；南岭镇 留空，未计入；北坡镇 未报": the total says what it leaves out. */
export function totalText(column: SummaryColumn, towns: readonly Town[]): string {
  const counted = Object.keys(column.cells).length - column.blanks.length;
  const parts = [`${counted} 个单位合计 ${counted === 0 ? "—" : figureText(column.total.quantity)} ${column.unit}`];
  if (column.total.lowerBound && column.blanks.length === 0) parts.push("含“余”“以上”等下限，合计是下限");
  if (column.total.approx) parts.push("含“近”“约”等约数，合计是约数");
  if (column.blanks.length) parts.push(`${column.blanks.length} 个单位原文留空（${names(column.blanks, towns)}），未计入，合计是下限`);
  if (column.absent.length) parts.push(`${column.absent.length} 个单位未报此项（${names(column.absent, towns)}）`);
  return parts.join("；");
}

export { names as townNames };
