import type { Metadata } from "next";
import Link from "next/link";
import { groupKindLabel } from "@/lib/summary/groups";
import { getSummaryGroups } from "@/lib/server/summary";

export const metadata: Metadata = { title: "汇总" };

export default function SummaryIndex() {
  const groups = getSummaryGroups();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-wide">汇总</h1>
      <p className="mt-2 mb-6 text-muted">
        把回应同一通知、同一汇报期或同一主题的各单位汇报放在一起：每个单位一行，每个指标一列，合计不把留空当 0。
      </p>
      <ul className="grid gap-3 md:grid-cols-2" data-testid="summary-groups">
        {groups.map((g) => (
          <li key={g.id} className="rounded-lg border border-line bg-surface p-4">
            <span className="text-xs text-muted">{groupKindLabel[g.kind]}</span>
            <Link href={`/summary/${g.id}/`} className="block font-semibold hover:text-accent">
              {g.label}
            </Link>
            <span className="text-sm text-muted">{g.reportIds.length} 份汇报</span>
          </li>
        ))}
      </ul>
    </>
  );
}
