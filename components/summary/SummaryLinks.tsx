import { groupKindLabel, type SummaryGroup } from "@/lib/summary/groups";

/** On a report's page: the summaries it is part of (same notice, period or topic). `root` leads back to the site's root. */
export function SummaryLinks({ groups, root }: { groups: SummaryGroup[]; root: string }) {
  const shown = groups.filter((g) => g.kind !== "all");
  if (shown.length === 0) return null;
  return (
    <p className="mb-6 text-sm print-hidden" data-testid="summary-links">
      <span className="text-muted">汇总：</span>
      {shown.map((g, i) => (
        <span key={g.id}>
          {i > 0 ? "　" : ""}
          <a href={`${root}summary/${g.id}/`} className="text-accent hover:underline">
            {groupKindLabel[g.kind]}「{g.label}」（{g.reportIds.length} 份）
          </a>
        </span>
      ))}
    </p>
  );
}
