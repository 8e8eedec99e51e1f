import { outline } from "@/lib/report/derive";
import { typeset } from "@/lib/report/format";
import type { Report } from "@/lib/model/schema";
import { MeasureItem } from "./MeasureItem";
import { SectionHeading } from "../ui/SectionHeading";

/** The report's own structure (一、二、三 with 一是…五是), every measure under its heading. */
export function ReportOutline({ report }: { report: Report }) {
  return (
    <section aria-labelledby="outline_heading" className="mb-10">
      <SectionHeading id="outline_heading" note={`共 ${report.measures.length} 项举措，按原文部分排列`}>
        工作举措
      </SectionHeading>
      <div className="grid gap-6">
        {outline(report).map(({ section, loose, campaigns, weaknesses, plans }) => (
          <article
            key={section.id}
            id={section.id}
            aria-labelledby={`${section.id}_h`}
            className="rounded-lg border border-line bg-surface p-5"
          >
            <h3 id={`${section.id}_h`} className="text-lg font-semibold">
              {section.ordinal}、{typeset(section.heading)}
            </h3>
            {loose.length > 0 ? (
              <ul className="mt-2 grid gap-1 lg:grid-cols-2">
                {loose.map((m) => (
                  <MeasureItem key={m.id} report={report} measure={m} />
                ))}
              </ul>
            ) : null}
            {campaigns.map(({ campaign, measures }) => (
              <div key={campaign.id} id={campaign.id} className="mt-4">
                <h4 className="border-l-4 border-accent pl-2 font-semibold">
                  {campaign.ordinal}
                  {campaign.title}
                </h4>
                <ul className="mt-1 grid gap-1 lg:grid-cols-2">
                  {measures.map((m) => (
                    <MeasureItem key={m.id} report={report} measure={m} />
                  ))}
                </ul>
              </div>
            ))}
            {weaknesses.length + plans.length > 0 ? (
              <p className="mt-2 text-sm">
                本部分列出存在的不足 {weaknesses.length} 项、下一步计划 {plans.length} 项，
                <a href="#plans_heading" className="underline underline-offset-4 hover:text-accent">
                  见“不足与计划”
                </a>
                。
              </p>
            ) : null}
          </article>
        ))}
      </div>
    </section>
  );
}
