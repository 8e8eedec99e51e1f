import type { Report } from "@/lib/schema";
import { Quote } from "./Quote";
import { SectionHeading } from "./SectionHeading";

const kindLabel = { number: "数字", date: "日期", place: "地点", name: "名称" } as const;

/** Every place the source leaves blank. Shown as a blank, never filled in. */
export function GapList({ report }: { report: Report }) {
  if (report.gaps.length === 0) return null;
  return (
    <section aria-labelledby="gaps_heading" className="mb-10">
      <SectionHeading id="gaps_heading" note="原文在这些地方留了空白，本站不作猜测">原文缺失</SectionHeading>
      <ul className="grid gap-3 md:grid-cols-3">
        {report.gaps.map((g) => (
          <li key={g.id} id={g.id} className="rounded-lg border border-gap bg-gap-soft p-4">
            <p className="text-sm font-medium text-gap">缺少{kindLabel[g.kind]}</p>
            <p className="mt-1 font-semibold">{g.what}</p>
            <p className="mt-2 text-sm">
              {g.measure ? <a href={`#${g.measure}`} className="hover:underline"><Quote text={g.quote} /></a> : <Quote text={g.quote} />}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
