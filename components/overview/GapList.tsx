import { gapKindLabel, inline } from "@/lib/report/format";
import { splitAtBlank } from "@/lib/report/format";
import type { Gap } from "@/lib/model/schema";
import { Badge } from "../ui/Badge";

/**
 * Every place the source leaves blank, each with its sentence and the blank shown where it is;
 * never filled in. `gapHref(gapId, from)` leads to the blank in the source view.
 */
export function GapList({ gaps, gapHref }: { gaps: Gap[]; gapHref: (gapId: string, from: string) => string }) {
  if (gaps.length === 0) return <p className="text-sm text-muted">原文没有留空之处。</p>;
  return (
    <ul className="grid gap-3 md:grid-cols-3">
      {gaps.map((g) => {
        const [before, after] = splitAtBlank(g);
        return (
          <li
            key={g.id}
            id={g.id}
            tabIndex={-1}
            className="scroll-mt-6 rounded-lg border border-gap bg-gap-soft p-4 target:ring-2 target:ring-gap"
          >
            <p className="text-sm font-medium text-gap">缺少{gapKindLabel[g.kind]}</p>
            <p className="mt-1 font-semibold">{g.what}</p>
            <p className="mt-2 text-sm leading-relaxed">
              <a href={gapHref(g.id, g.id)} className="hover:underline">
                <span className="sr-only">原文：</span>「{inline(before)}
                <Badge tone="gap" className="mx-0.5">
                  此处空白
                </Badge>
                {inline(after)}」
              </a>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
