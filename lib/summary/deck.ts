/**
 * The summary's deck, in the deck's own slide kinds (lib/deck/deck.ts), so the screen, the PPTX
 * and the PDF render it as they render a report's: a title, one slide per indicator (ranking, honest
 * total, what it leaves out) and a closing slide of blanks and commitments.
 */
import { fitSlideChart, type Slide, type SlideFigure } from "../deck/deck";
import { maxSlideRows } from "../deck/stage";
import { figureSentence, figureText, qualifierLabel } from "../report/format";
import { rankingChart } from "./chart";
import { groupKindLabel, type SummaryGroup } from "./groups";
import type { Summary, SummaryColumn } from "./summary";

const totalFigure = (c: SummaryColumn): SlideFigure => ({
  id: `total-${c.id}`,
  label: `${c.name}合计`,
  display: figureText(c.total.quantity),
  value: c.total.quantity.value,
  unit: c.unit,
  qualifier: c.total.quantity.qualifier,
  sentence: figureSentence(c.total.quantity),
  caption: `${qualifierLabel[c.total.quantity.qualifier]} · ${Object.keys(c.cells).length - c.blanks.length} 个单位相加`,
});

export function summaryDeck(group: SummaryGroup, summary: Summary): Slide[] {
  const { towns, columns } = summary;
  const name = (id: string) => towns.find((t) => t.id === id)?.label ?? id;
  const footer = `数据来源：${towns.length} 份汇报（${groupKindLabel[group.kind]}）`;
  const states = towns.flatMap((t) => t.commitments.map((c) => c.state));
  const count = (s: string) => states.filter((x) => x === s).length;
  return [
    {
      kind: "title",
      id: "title",
      title: "封面",
      footer,
      notes: [],
      topic: `${group.label} 汇总`,
      organization: `${towns.length} 个单位`,
      period: group.kind === "period" ? group.label : "",
    },
    ...columns.map((c, i): Slide => ({
      kind: "section",
      id: `c${i + 1}`,
      title: c.name,
      footer,
      notes: [],
      part: `${c.name}（${c.unit}，${c.cumulative ? "累计" : "本期"}）`,
      chart: fitSlideChart(rankingChart(c, towns), maxSlideRows(true)),
      figures: [totalFigure(c)],
      pointsTitle: "说明",
      points: [
        ...c.warnings,
        ...(c.blanks.length ? [`原文留空、未计入：${c.blanks.map(name).join("、")}`] : []),
        ...(c.absent.length ? [`未报此项：${c.absent.map(name).join("、")}`] : []),
      ],
    })),
    {
      kind: "summary",
      id: "summary",
      title: "小结",
      footer,
      notes: [],
      stats: [
        { label: "单位", value: String(towns.length), unit: "个", note: "本组汇报" },
        { label: "指标", value: String(columns.length), unit: "列", note: "经确认的指标" },
        { label: "承诺已完成", value: String(count("done")), unit: "项", note: `共 ${states.length} 项承诺` },
        { label: "承诺推进中或计划中", value: String(count("in_progress") + count("planned")), unit: "项", note: "以后续汇报为准" },
      ],
      figures: columns.slice(0, 3).map(totalFigure),
      gaps: columns.flatMap((c) => c.blanks.map((t) => `${name(t)}：${c.name}留空`)),
    },
  ];
}
