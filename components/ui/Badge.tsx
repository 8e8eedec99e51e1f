import type { Qualifier, Status } from "@/lib/model/schema";
import { reviewLabel, type ReviewStatus } from "@/lib/report/derive";
import { qualifierLabel, statusLabel } from "@/lib/report/format";

/** A badge's tones, declared once; a qualifier or a commitment's state picks one. */
const tones = {
  muted: "border-line text-muted",
  strong: "border-ink/40 text-ink",
  gap: "border-gap bg-gap-soft text-gap",
  accent: "border-accent text-accent",
  inkFill: "border-ink bg-ink text-surface",
  accentFill: "border-accent bg-accent text-surface",
  dashed: "border-dashed border-line text-muted",
} as const;

export type BadgeTone = keyof typeof tones;

const qualifierTone: Record<Qualifier | "absent", BadgeTone> = {
  exact: "muted",
  at_least: "strong",
  at_most: "strong",
  approx: "strong",
  range: "strong",
  missing: "gap",
  absent: "dashed",
};

const stateTone: Record<Status["state"], BadgeTone> = {
  planned: "muted",
  in_progress: "strong",
  done: "inkFill",
  dropped: "accent",
};

/** className is for placement (margins, indent), not for restyling: a new look is a new tone here. */
export function Badge({ children, tone, className = "" }: { children: React.ReactNode; tone: BadgeTone; className?: string }) {
  return (
    <span
      className={`inline-flex items-center rounded border px-1.5 py-0.5 text-xs leading-none whitespace-nowrap ${tones[tone]} ${className}`}
    >
      {children}
    </span>
  );
}

/**
 * A qualifier, by default in its short name (至少); `label` gives the source's own word too (余·至少).
 * "absent" (on /compare): the report has no such figure at all, which is not the same as a blank.
 */
export function QualifierBadge({ qualifier, label }: { qualifier: Qualifier | "absent"; label?: string }) {
  return <Badge tone={qualifierTone[qualifier]}>{label ?? (qualifier === "absent" ? "无此项" : qualifierLabel[qualifier])}</Badge>;
}

export function StatusBadge({ state }: { state: Status["state"] }) {
  return <Badge tone={stateTone[state]}>{statusLabel[state]}</Badge>;
}

/** 草稿/待核对 or 已核对: whether a person has checked everything the extractor drafted. */
export function ReviewBadge({ status }: { status: ReviewStatus }) {
  return <Badge tone={status === "draft" ? "gap" : "muted"}>{reviewLabel[status]}</Badge>;
}

/** An item the source lists (原文列举) or a numeral it does not count, set off as a chip in a row of them. */
export const chipClass = "rounded bg-bg px-2 py-0.5";
