/**
 * The summary's deck, in the deck's own slide kinds (lib/deck/deck.ts), so the screen, the PPTX
 * and the PDF render it as they render a report's: a title, one chart per indicator (the honest total,
 * blanks and towns that did not report it in the notes), the totals, and a closing slide.
 */
import { fitSlideChart, type Slide, type SlideFigure } from "../deck/deck";
import { figureSentence, figureText } from "../report/format";
import { rankingChart } from "./chart";
import { groupKindLabel, type SummaryGroup } from "./groups";
import type { Summary, SummaryColumn } from "./summary";

/** Bars on one summary chart slide. */
const MAX_ROWS = 9;

const totalFigure = (c: SummaryColumn): SlideFigure => ({
  id: `total-${c.id}`,
  // A column kept apart says how it differs, or two cards would read 悬挂条幅合计.
  label: `${c.name}${c.apart ? `（${c.cumulative ? "累计" : "本期"}，${c.unit}）` : ""}合计`,
  text: `${figureText(c.total.quantity)}${c.unit}`,
  value: c.total.quantity.value,
  sentence: `${figureSentence(c.total.quantity)}（${Object.keys(c.cells).length - c.blanks.length} 个单位相加）`,
});

/** The periods a summary spans, as the title slide names them: one, a few, or how many. */
function periodsOf(periods: string[]): string {
  const distinct = [...new Set(periods.filter(Boolean))];
  return distinct.length <= 3 ? distinct.join("、") : `${distinct.length} 个汇报期（${distinct[0]} 等）`;
}

export function summaryDeck(group: SummaryGroup, summary: Summary): Slide[] {
  const { towns, columns } = summary;
  const name = (id: string) => towns.find((t) => t.id === id)?.label ?? id;
  const source = `${towns.length} 份汇报（${groupKindLabel[group.kind]}）`;
  const states = towns.flatMap((t) => t.commitments.map((c) => c.state));
  const count = (s: string) => states.filter((x) => x === s).length;
  const base = { source, notes: [] };
  const totals = columns.map(totalFigure);
  return [
    {
      ...base,
      kind: "title",
      id: "title",
      title: `${group.label} 汇总`,
      remarks: [],
      organization: `${towns.length} 个单位`,
      period: group.kind === "period" ? group.label : periodsOf(towns.map((t) => t.period)),
    },
    ...columns.map((c, i): Slide => ({
      ...base,
      kind: "chart",
      id: `c${i + 1}`,
      title: `${c.name}（${c.cumulative ? "累计" : "本期"}）`,
      chart: fitSlideChart(rankingChart(c, towns), MAX_ROWS, "汇总表"),
      remarks: [
        `合计：${totals[i].sentence}`,
        ...c.warnings,
        ...(c.blanks.length ? [`原文留空、未计入：${c.blanks.map(name).join("、")}`] : []),
        ...(c.absent.length ? [`未报此项：${c.absent.map(name).join("、")}`] : []),
      ],
    })),
    {
      ...base,
      kind: "summary",
      id: "summary",
      title: "各项合计",
      remarks: [
        `承诺 ${states.length} 项：已完成 ${count("done")} 项，推进中或计划中 ${count("in_progress") + count("planned")} 项（以后续汇报为准）`,
        ...columns.flatMap((c) => c.blanks.map((t) => `${name(t)}：${c.name}原文留空`)),
      ],
      figures: totals.slice(0, 6),
      candidates: totals,
    },
    { ...base, kind: "closing", id: "closing", title: "汇报完毕，谢谢！", remarks: [], organization: `${towns.length} 个单位` },
  ];
}
