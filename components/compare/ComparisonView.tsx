import type { Comparison } from "@/lib/compare/compare";
import { sourceAnchor } from "@/lib/report/links";
import { StatusBadge } from "../ui/Badge";
import { SectionHeading } from "../ui/SectionHeading";
import { ComparePanel, type HrefFor } from "./ComparePanel";

const grid = "grid gap-4 md:grid-cols-2 xl:grid-cols-3";

/** A comparison laid out: figures per unit, the figures that cannot be compared and why, measures per category, and what was left out. */
export function ComparisonView({ comparison: c, hrefFor }: { comparison: Comparison; hrefFor: HrefFor }) {
  const unmatched = c.unmatched.filter((u) => u.figures.length > 0);
  return (
    <>
      <section aria-labelledby="figures_heading" className="mb-10">
        <SectionHeading id="figures_heading" note="同一口径的数字并排；按单位分图，同一单位的图比例尺相同">
          原文数字对比
        </SectionHeading>
        {c.figures.length === 0 ? (
          <p className="text-muted">所选汇报没有标注对比口径（metric）的数字，无法逐项对比；各类举措数量见下文。</p>
        ) : (
          <div className={grid}>
            {c.figures.flatMap((group) =>
              group.rows.map((row) => (
                <ComparePanel key={row.key} row={row} reports={c.reports} domainMax={group.max} kind="figures" hrefFor={hrefFor} />
              )),
            )}
          </div>
        )}
      </section>

      {c.notComparable.length > 0 ? (
        <section aria-labelledby="incomparable_heading" className="mb-10">
          <SectionHeading id="incomparable_heading" note="统计对象、单位或累计口径不同：并列列出，不画在一起，不计算差值">
            口径不同，不作比较
          </SectionHeading>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">口径不同的数字</caption>
              <thead>
                <tr className="border-b border-line text-muted">
                  <th scope="col" className="py-2 pr-4 font-medium">
                    数字
                  </th>
                  {c.reports.map((r) => (
                    <th key={r.id} scope="col" className="py-2 pr-4 font-medium">
                      {r.label}
                    </th>
                  ))}
                  <th scope="col" className="py-2 font-medium">
                    为何不比较
                  </th>
                </tr>
              </thead>
              <tbody>
                {c.notComparable.map((row) => (
                  <tr key={row.key} className="border-b border-line/60 align-top">
                    <th scope="row" className="py-2 pr-4 font-medium">
                      {row.label}
                    </th>
                    {row.cells.map((cell, i) => (
                      <td key={c.reports[i].id} className="py-2 pr-4">
                        {cell.state === "absent" ? (
                          <span className="text-muted">{cell.display}</span>
                        ) : (
                          <>
                            <span className="font-semibold tabular-nums">{cell.display}</span> {cell.unit}
                            <span className="block text-xs text-muted">
                              {cell.definition}（{cell.cumulative ? "累计数" : "本期数"}）
                            </span>
                          </>
                        )}
                      </td>
                    ))}
                    <td className="py-2 text-accent">
                      {row.reasons.map((r) => (
                        <p key={r}>{r}</p>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <section aria-labelledby="categories_heading" className="mb-10">
        <SectionHeading id="categories_heading" note="按本站整理的类别统计举措数，不是原文数字；“无此类别”表示该汇报没有这一类，不是 0">
          各类举措数量
        </SectionHeading>
        <div className={grid}>
          {c.categories.map((row) => (
            <ComparePanel key={row.key} row={row} reports={c.reports} domainMax={c.categoryMax} kind="categories" hrefFor={hrefFor} />
          ))}
        </div>
      </section>

      {c.followUps.map(({ earlier, followers, rows }) => (
        <section key={earlier.id} aria-labelledby={`followups_${earlier.id}`} className="mb-10">
          <SectionHeading id={`followups_${earlier.id}`} note="后一期汇报对前一期承诺的说法；“未提及”不等于未落实">
            {earlier.label}的承诺落实情况
          </SectionHeading>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{earlier.label}的承诺，及后续汇报的说法</caption>
              <thead>
                <tr className="border-b border-line text-muted">
                  <th scope="col" className="py-2 pr-4 font-medium">
                    承诺（{earlier.label}）
                  </th>
                  {followers.map((f) => (
                    <th key={f.id} scope="col" className="py-2 pr-4 font-medium">
                      {f.label}的说法
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id} className="border-b border-line/60 align-top">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      <a href={hrefFor(earlier.id, { page: "plans", at: row.id })} className="underline-offset-4 hover:underline">
                        {row.text}
                      </a>
                    </th>
                    {row.cells.map((cell, i) => (
                      <td key={followers[i].id} className="py-2 pr-4">
                        {cell ? (
                          <>
                            <StatusBadge state={cell.state} />
                            {cell.date ? <span className="ml-2 tabular-nums">{cell.date}</span> : null}
                            <a
                              href={hrefFor(followers[i].id, { page: "source", at: sourceAnchor(cell.id) })}
                              className="mt-1 block text-muted hover:underline"
                            >
                              「{cell.quote}」
                            </a>
                          </>
                        ) : (
                          <span className="text-muted">未提及</span>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}

      {unmatched.length > 0 ? (
        <section aria-labelledby="unmatched_heading" className="mb-10">
          <SectionHeading id="unmatched_heading" note="这些数字没有标注对比口径（metric），不与其他汇报配对">
            未参与对比的数字
          </SectionHeading>
          <ul className="grid gap-2 text-sm">
            {unmatched.map(({ report, figures }) => (
              <li key={report.id}>
                <span className="font-medium">{report.label}：</span>
                {figures.map((f, i) => (
                  <span key={f.id}>
                    {i > 0 ? "、" : ""}
                    <a href={hrefFor(report.id, { page: "source", at: sourceAnchor(f.id) })} className="underline-offset-4 hover:underline">
                      {f.label} {f.display}
                    </a>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
