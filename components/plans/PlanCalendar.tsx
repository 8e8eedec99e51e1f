import type { Calendar, PlanPeriod, ScheduleItem } from "@/lib/plans/calendar";
import { formatNumber, typeset } from "@/lib/report/format";
import { CALENDAR_ANCHOR, traceHref } from "@/lib/report/links";
import { Badge } from "../ui/Badge";

const weekdays = ["一", "二", "三", "四", "五", "六", "日"];
const derived = <Badge tone="muted">本站推算</Badge>;

function ItemLink({ item }: { item: ScheduleItem }) {
  return (
    <a
      href={traceHref({ page: "plans", at: CALENDAR_ANCHOR }, item.id)}
      className="underline decoration-line underline-offset-4 hover:text-accent"
    >
      {typeset(item.label)}
    </a>
  );
}

/**
 * The commitments with a cadence, month by month over the plan period: dated ones on their days,
 * monthly ones in their month without a day, 不定期 ones listed apart. Counts are ours, and say so.
 */
export function PlanCalendar({ period, calendar }: { period: PlanPeriod; calendar: Calendar }) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {calendar.months.map((m) => {
          const marked = new Set(m.dated.map((d) => d.day));
          return (
            <section
              key={`${m.year}-${m.month}`}
              aria-label={`${m.year}年${m.month}月`}
              className="rounded-lg border border-line bg-surface p-4"
            >
              <h3 className="font-semibold">
                {m.year}年{m.month}月
              </h3>
              <div className="mt-2 grid grid-cols-7 gap-0.5 text-center text-xs tabular-nums" aria-hidden>
                {weekdays.map((w) => (
                  <span key={w} className="py-0.5 text-muted">
                    {w}
                  </span>
                ))}
                {Array.from({ length: m.firstWeekday }, (_, i) => (
                  <span key={`pad-${i}`} />
                ))}
                {Array.from({ length: m.days }, (_, i) => i + 1).map((day) => (
                  <span key={day} className={`rounded py-1 ${marked.has(day) ? "bg-accent-soft font-semibold text-accent" : "text-muted"}`}>
                    {day}
                  </span>
                ))}
              </div>
              <ul className="mt-3 grid gap-1 text-sm">
                {m.dated.map((d) => (
                  <li key={d.day} className="flex gap-2">
                    <span className="w-9 shrink-0 font-semibold tabular-nums">{d.day}日</span>
                    <span>
                      {d.items.map((item, i) => (
                        <span key={item.id}>
                          {i > 0 ? "、" : ""}
                          <ItemLink item={item} />
                        </span>
                      ))}
                    </span>
                  </li>
                ))}
                {m.undated.map((item) => (
                  <li key={item.id} className="flex gap-2">
                    <span className="w-9 shrink-0 text-muted">本月</span>
                    <span>
                      <ItemLink item={item} />
                      <span className="text-muted">（原文未写日期）</span>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>

      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <div className="rounded-lg border border-line bg-surface p-5">
          <h3 className="flex items-center gap-2 font-semibold">次数 {derived}</h3>
          <p className="mt-1 text-sm text-muted">原文只写频次，没有写次数；下列次数由本站按频次和计划时段推算。</p>
          <table className="mt-3 w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-line text-muted">
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  事项
                </th>
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  来源
                </th>
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  原文频次
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                  {period.label}
                </th>
                <th scope="col" className="py-1.5 text-right font-medium">
                  折合全年
                </th>
              </tr>
            </thead>
            <tbody>
              {calendar.counts.map((c) => (
                <tr key={c.item.id} className="border-b border-line/60 align-top">
                  <th scope="row" className="py-1.5 pr-3 font-normal">
                    <ItemLink item={c.item} />
                  </th>
                  <td className="py-1.5 pr-3 text-muted">{c.item.origin}</td>
                  <td className="py-1.5 pr-3">{c.item.cadence.text}</td>
                  <td className="py-1.5 pr-3 text-right font-semibold tabular-nums">
                    {c.inPeriod === null ? "—" : `${formatNumber(c.inPeriod)} 次`}
                  </td>
                  <td className="py-1.5 text-right font-semibold tabular-nums">
                    {c.perYear === null ? "—" : `${formatNumber(c.perYear)} 次`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {calendar.counts.some((c) => c.skipped.length > 0) ? (
            <p className="mt-2 text-sm text-muted">
              当月没有的日期不计、不挪：
              {calendar.counts.flatMap((c) => c.skipped.map((d) => `${d.month}月无${d.day}日`)).join("、")}
            </p>
          ) : null}
          {calendar.periodic.length > 0 ? (
            <p className="mt-2 text-sm">
              按季度或年度、原文未写具体时间：{calendar.periodic.map((i) => `${i.label}（${i.cadence.text}）`).join("、")}
            </p>
          ) : null}
        </div>
        <div className="rounded-lg border border-line bg-surface p-5">
          <h3 className="font-semibold">不定期事项</h3>
          <p className="mt-1 text-sm text-muted">原文写明“不定期”，没有日程，不计次数。</p>
          {calendar.unscheduled.length === 0 ? (
            <p className="mt-3 text-sm text-muted">无</p>
          ) : (
            <ul className="mt-3 grid gap-2 text-sm">
              {calendar.unscheduled.map((item) => (
                <li key={item.id} className="flex flex-wrap items-baseline gap-1.5">
                  <ItemLink item={item} />
                  <span className="text-muted">{item.origin}</span>
                  <Badge tone="strong">{item.cadence.text}</Badge>
                  {item.owner ? <Badge tone="strong">责任：{item.owner}</Badge> : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </>
  );
}
