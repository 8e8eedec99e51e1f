import type { Qualifier, Status } from "@/lib/model/schema";
import { qualifierLabel, statusLabel } from "@/lib/report/format";

const tone: Record<Qualifier | "absent", string> = {
  exact: "border-line text-muted",
  at_least: "border-ink/40 text-ink",
  at_most: "border-ink/40 text-ink",
  approx: "border-ink/40 text-ink",
  range: "border-ink/40 text-ink",
  missing: "border-gap text-gap bg-gap-soft",
  absent: "border-dashed border-line text-muted",
};

const stateTone: Record<Status["state"], string> = {
  planned: "border-line text-muted",
  in_progress: "border-ink/40 text-ink",
  done: "border-ink bg-ink text-surface",
  dropped: "border-accent text-accent",
};

export function Badge({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return (
    <span className={`inline-flex items-center rounded border px-1.5 py-0.5 text-xs leading-none whitespace-nowrap ${className}`}>
      {children}
    </span>
  );
}

/**
 * A qualifier, by default in its short name (至少); `label` gives the source's own word too (余·至少).
 * "absent" (on /compare): the report has no such figure at all, which is not the same as a blank.
 */
export function QualifierBadge({ qualifier, label }: { qualifier: Qualifier | "absent"; label?: string }) {
  return <Badge className={tone[qualifier]}>{label ?? (qualifier === "absent" ? "无此项" : qualifierLabel[qualifier])}</Badge>;
}

export function StatusBadge({ state }: { state: Status["state"] }) {
  return <Badge className={stateTone[state]}>{statusLabel[state]}</Badge>;
}
