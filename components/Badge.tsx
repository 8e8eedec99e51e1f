import type { Qualifier } from "@/lib/schema";
import { qualifierLabel } from "@/lib/format";

const tone: Record<Qualifier, string> = {
  exact: "border-line text-muted",
  at_least: "border-ink/40 text-ink",
  at_most: "border-ink/40 text-ink",
  approx: "border-ink/40 text-ink",
  range: "border-ink/40 text-ink",
  missing: "border-gap text-gap bg-gap-soft",
};

export function Badge({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return <span className={`inline-flex items-center rounded border px-1.5 py-0.5 text-xs leading-none whitespace-nowrap ${className}`}>{children}</span>;
}

export function QualifierBadge({ qualifier }: { qualifier: Qualifier }) {
  return <Badge className={tone[qualifier]}>{qualifierLabel[qualifier]}</Badge>;
}
