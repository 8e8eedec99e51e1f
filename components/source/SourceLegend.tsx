import { qualifierCounts, type Completeness } from "@/lib/report/derive";
import { qualifierLabel } from "@/lib/report/format";
import { QualifierBadge } from "../ui/Badge";
import { markClass } from "./SourceText";

/** How the source view marks what it shows, and how many figures and blanks the text holds. */
export function SourceLegend({ completeness: c }: { completeness: Completeness }) {
  return (
    <div className="mb-8 grid gap-3 rounded-lg border border-line bg-surface p-4 text-sm lg:grid-cols-[minmax(0,46rem)_minmax(16rem,1fr)] lg:gap-x-8">
      <div>
        <p>下面是汇报原文，逐段照录，未作改动（包括原文的半角标点与分页断行）。每个数字都标出原文的说法：</p>
        <ul className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2" aria-label="图例">
          <li className="flex items-center gap-1.5">
            <QualifierBadge qualifier="exact" />
            原文给出的确切数
          </li>
          <li className="flex items-center gap-1.5">
            <QualifierBadge qualifier="at_least" label="余·至少" />
            “余”“多”：下限
          </li>
          <li className="flex items-center gap-1.5">
            <QualifierBadge qualifier="approx" label="近·约数" />
            “近”“约”：约数
          </li>
          <li className="flex items-center gap-1.5">
            <QualifierBadge qualifier="missing" />
            原文留空
          </li>
          <li className="flex items-center gap-1.5">
            <span className={markClass.figure}>数字句</span>
            <span className={markClass.measure}>其他举措</span>
          </li>
        </ul>
      </div>
      <p className="self-center text-muted">
        本文共 <strong className="text-ink tabular-nums">{c.total}</strong> 个数字：
        {qualifierCounts(c)
          .map(({ qualifier, count }) => `${qualifierLabel[qualifier]} ${count}`)
          .join(" · ")}
        ；原文空白 <strong className="text-gap tabular-nums">{c.gaps}</strong> 处。
      </p>
    </div>
  );
}
