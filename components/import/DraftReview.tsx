import { memo, useMemo, useRef } from "react";
import { completeness, figures, qualifierCounts } from "@/lib/report/derive";
import { removeMeasure, restoreMeasure, setCategory } from "@/lib/extract/review";
import { markDraftText } from "@/lib/extract/marks";
import { qualifierLabel } from "@/lib/report/format";
import type { Measure, Report } from "@/lib/model/schema";
import type { TrapHit } from "@/lib/extract/hits";
import { SectionHeading } from "../ui/SectionHeading";
import { chipClass } from "../ui/Badge";
import { Button } from "../ui/Button";
import { CategorySelect } from "./CategorySelect";
import { DraftStructure } from "./DraftStructure";
import { knownIndicators } from "@/lib/extract/indicator-review";
import { FigureList, type FigureListHandle } from "./FigureList";
import { SourceView } from "./SourceView";
import { precedentOffers } from "./precedentOffers";
import type { Draft } from "./draftState";

type Update = (change: (r: Report) => Report) => void;

/**
 * Step 2: the draft over its text, each figure as a card to fix or confirm, and the report's outline.
 * What does not change with an edit (the marked text, doubts and hints, sections, traps) is worked out once
 * per draft, so one correction among thousands of figures costs only that figure's card.
 */
export function DraftReview({ draft, update }: { draft: Draft; update: Update }) {
  const { report, extraction, text, original } = draft;
  const segments = useMemo(
    () => markDraftText(text, extraction, extraction.traps, extraction.navigation, original),
    [text, extraction, original],
  );
  const marks = useMemo(() => new Map(extraction.figureMarks.map((f) => [f.measureId, f])), [extraction]);
  const offers = useMemo(() => precedentOffers(extraction), [extraction]);
  const sections = useMemo(() => new Map(report.sections.map((s) => [s.id, s])), [report.sections]);
  const own = report.indicators;
  const indicators = useMemo(() => knownIndicators({ indicators: own }), [own]);
  const list = useRef<FigureListHandle>(null);

  const c = completeness(report);
  const figureList = figures(report);
  const others = report.measures.filter((m) => !m.quantity);
  const kept = new Set(report.measures.map((m) => m.id));
  const removed = original.measures.filter((m) => !kept.has(m.id));
  const confirmed = figureList.filter((m) => !m.draft).length;
  const stats: [string, string | number][] = [
    ["数字", c.total],
    ...qualifierCounts(c)
      .filter(({ count }) => count > 0)
      .map(({ qualifier, count }): [string, number] => [qualifierLabel[qualifier], count]),
    ["留空处", c.gaps],
    ["部分", report.sections.length],
    ["不足", report.weaknesses.length],
    ["计划", report.plans.length],
    ["已确认", `${confirmed}/${figureList.length}`],
  ];

  return (
    <section aria-labelledby="review_heading">
      <SectionHeading id="review_heading" note="逐条核对：改类别、单位或限定词，删去误认的数字，然后确认">
        2. 核对草稿
      </SectionHeading>
      <p className="mb-3 text-lg font-semibold">{report.title}</p>
      <dl className="mb-4 flex flex-wrap gap-2">
        {stats.map(([label, n]) => (
          <div key={label} className="rounded border border-line bg-surface px-3 py-1.5 text-center">
            <dt className="text-xs text-muted">{label}</dt>
            <dd className="text-lg font-semibold tabular-nums">{n}</dd>
          </div>
        ))}
      </dl>
      {extraction.warnings.length ? (
        <ul className="mb-4 grid gap-1 rounded border border-gap bg-gap-soft p-3 text-sm text-gap">
          {extraction.warnings.map((w) => (
            <li key={w}>提示：{w}</li>
          ))}
        </ul>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <SourceView segments={segments} measures={report.measures} onJump={(id) => list.current?.reveal(id)} />
        <div className="grid content-start gap-6">
          <div>
            <h3 className="mb-2 font-semibold">数字（{figureList.length}）</h3>
            <FigureList
              figures={figureList}
              marks={marks}
              offers={offers}
              sections={sections}
              indicators={indicators}
              update={update}
              handle={list}
            />
          </div>
          {removed.length ? (
            <div>
              <h3 className="mb-2 font-semibold">已删除（{removed.length}）</h3>
              <ul className="grid max-h-64 gap-1 overflow-y-auto text-sm">
                {removed.map((m) => (
                  <li key={m.id} className="flex items-center gap-3">
                    <span className="text-muted line-through">{m.quantity?.text ?? m.label}</span>
                    <Button variant="link" size="inline" onClick={() => update((r) => restoreMeasure(r, original, m.id))}>
                      恢复
                    </Button>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <OtherMeasures others={others} update={update} />
        </div>
      </div>
      <DraftStructure sections={report.sections} weaknesses={report.weaknesses} plans={report.plans} update={update} />
      <Traps traps={extraction.traps} text={text} />
    </section>
  );
}

/** The same items in the same order: a figure's edit leaves every other measure the same object. */
const sameItems = <T,>(a: T[], b: T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Cadences and documents: measures without a figure, filed under a category or removed. */
const OtherMeasures = memo(
  function OtherMeasures({ others, update }: { others: Measure[]; update: Update }) {
    if (!others.length) return null;
    return (
      <details>
        <summary className="cursor-pointer font-semibold">频次与文件（{others.length}）</summary>
        <ul className="mt-2 grid gap-2 text-sm">
          {others.map((m) => (
            <li
              key={m.id}
              id={`card-${m.id}`}
              className="flex flex-wrap items-center gap-2 rounded border border-line bg-surface px-3 py-2"
            >
              <span>{m.cadence ? `频次：${m.cadence.text}` : m.document ? `${m.document.action}《${m.document.title}》` : m.label}</span>
              <CategorySelect
                value={m.category}
                onChange={(cat) => update((r) => setCategory(r, m.id, cat))}
                label={`「${m.label}」的类别`}
              />
              <Button variant="danger" size="inline" onClick={() => update((r) => removeMeasure(r, m.id))}>
                删除
              </Button>
            </li>
          ))}
        </ul>
      </details>
    );
  },
  (a, b) => a.update === b.update && sameItems(a.others, b.others),
);

const Traps = memo(function Traps({ traps, text }: { traps: TrapHit[]; text: string }) {
  if (!traps.length) return null;
  return (
    <details className="mt-6">
      <summary className="cursor-pointer font-semibold">未计为数字的写法（{traps.length}）</summary>
      <p className="mt-1 text-sm text-muted">年份、日期、序号、名称中的数字等不计为数字；在原文中以虚线标出，鼠标悬停可见原因。</p>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm">
        {traps.slice(0, 300).map((t) => (
          <li key={t.start} className={chipClass}>
            {text.slice(t.start, t.end)}
          </li>
        ))}
      </ul>
    </details>
  );
});
