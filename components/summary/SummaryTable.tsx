import { figureText } from "@/lib/report/format";
import { summaryReportHref, type SummaryView } from "@/lib/summary/view";

/**
 * One row per shown town, one column per indicator; the last row is the honest total of the whole
 * group. A blank reads 留空 and an indicator a town did not report reads 未报: neither is a 0.
 */
export function SummaryTable({ view }: { view: SummaryView }) {
  const { towns, columns } = view;
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full border-collapse text-left text-sm" data-testid="summary-table">
        <caption className="sr-only">各单位各指标的数字与合计</caption>
        <thead>
          <tr className="border-b border-line bg-bg">
            <th scope="col" className="sticky left-0 bg-bg px-3 py-2">
              单位
            </th>
            {columns.map((c) => (
              <th key={c.id} scope="col" className="px-3 py-2 whitespace-nowrap" title={`统计：${c.counts}`}>
                {c.name}
                <span className="block text-xs font-normal text-muted">
                  {c.unit} · {c.cumulative ? "累计" : "本期"}
                  {c.apart ? " · ⚠ 单列" : ""}
                </span>
                {/* A column kept apart says what it counts, since that may be why it stands apart. */}
                {c.apart ? <span className="block max-w-48 truncate text-xs font-normal text-muted">统计：{c.counts}</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {towns.map((t) => (
            <tr key={t.id} className="border-b border-line">
              <th scope="row" className="sticky left-0 bg-surface px-3 py-2 font-medium whitespace-nowrap">
                <a href={summaryReportHref(t.id)} className="hover:underline">
                  {t.label}
                </a>
              </th>
              {columns.map((c) => {
                const cell = c.cells[t.id];
                if (!cell) {
                  return (
                    <td key={c.id} className="px-3 py-2 text-muted">
                      {c.absent.includes(t.id) ? "未报" : "（见另列）"}
                    </td>
                  );
                }
                return (
                  <td key={c.id} className="px-3 py-2 tabular-nums">
                    <a
                      href={summaryReportHref(t.id, cell.measure)}
                      className={cell.quantity.value === null ? "text-gap hover:underline" : "hover:underline"}
                    >
                      {cell.quantity.value === null ? "留空" : figureText(cell.quantity)}
                    </a>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="bg-bg font-semibold">
            <th scope="row" className="sticky left-0 bg-bg px-3 py-2">
              合计
            </th>
            {columns.map((c) => (
              <td key={c.id} className="px-3 py-2 align-top tabular-nums" title={c.totalNote}>
                {c.figureCount > c.blankCount ? figureText(c.total.quantity) : "—"}
                {c.blankCount ? <span className="block text-xs font-normal text-muted">{c.blankCount} 个留空未计入</span> : null}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
