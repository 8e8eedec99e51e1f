import { useMemo } from "react";
import { completeness, figures, qualifierCounts } from "@/lib/report/derive";
import {
  confirmMeasure,
  patchQuantity,
  removeMeasure,
  restoreMeasure,
  setCategory,
  setHeadline,
  setLabel,
  type QuantityPatch,
} from "@/lib/extract/review";
import { markDraftText } from "@/lib/extract/marks";
import { qualifierLabel } from "@/lib/report/format";
import type { Report } from "@/lib/model/schema";
import { SectionHeading } from "../ui/SectionHeading";
import { chipClass } from "../ui/Badge";
import { Button } from "../ui/Button";
import { CategorySelect } from "./CategorySelect";
import { DraftStructure } from "./DraftStructure";
import { DraftFigureCard } from "./DraftFigureCard";
import { SourceView } from "./SourceView";
import type { Draft } from "./useDraft";

type Update = (change: (r: Report) => Report) => void;

/** Step 2: the draft over its text, each figure as a card to fix or confirm, and the report's outline. */
export function DraftReview({ draft, update }: { draft: Draft; update: Update }) {
  const { report, extraction, text, original } = draft;
  const segments = useMemo(
    () => markDraftText(text, extraction, extraction.traps, extraction.navigation, report),
    [text, extraction, report],
  );
  const c = completeness(report);
  const figureList = figures(report);
  const others = report.measures.filter((m) => !m.quantity);
  const kept = new Set(report.measures.map((m) => m.id));
  const removed = original.measures.filter((m) => !kept.has(m.id));
  const doubts = new Map(extraction.figureMarks.map((f) => [f.measureId, f.doubts]));
  const confirmed = new Set(figureList.filter((m) => !m.draft).map((m) => m.id));
  const stats: [string, string | number][] = [
    ["数字", c.total],
    ...qualifierCounts(c)
      .filter(({ count }) => count > 0)
      .map(({ qualifier, count }): [string, number] => [qualifierLabel[qualifier], count]),
    ["留空处", c.gaps],
    ["部分", report.sections.length],
    ["不足", report.weaknesses.length],
    ["计划", report.plans.length],
    ["已确认", `${confirmed.size}/${figureList.length}`],
  ];
  const patch = (id: string) => (p: QuantityPatch) => update((r) => patchQuantity(r, id, p));

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
        <SourceView segments={segments} confirmed={confirmed} />
        <div className="grid content-start gap-6">
          <div>
            <h3 className="mb-2 font-semibold">数字（{figureList.length}）</h3>
            <ol aria-label="数字草稿" className="grid max-h-[75vh] gap-3 overflow-y-auto pr-1">
              {figureList.map((m) => (
                <DraftFigureCard
                  key={m.id}
                  measure={m}
                  doubts={doubts.get(m.id) ?? []}
                  section={report.sections.find((s) => s.id === m.section)}
                  onPatch={patch(m.id)}
                  onLabel={(label) => update((r) => setLabel(r, m.id, label))}
                  onCategory={(cat) => update((r) => setCategory(r, m.id, cat))}
                  onHeadline={(yes) => update((r) => setHeadline(r, m.id, yes))}
                  onConfirm={(yes) => update((r) => confirmMeasure(r, m.id, yes))}
                  onRemove={() => update((r) => removeMeasure(r, m.id))}
                />
              ))}
            </ol>
          </div>
          {removed.length ? (
            <div>
              <h3 className="mb-2 font-semibold">已删除（{removed.length}）</h3>
              <ul className="grid gap-1 text-sm">
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
          {others.length ? (
            <details>
              <summary className="cursor-pointer font-semibold">频次与文件（{others.length}）</summary>
              <ul className="mt-2 grid gap-2 text-sm">
                {others.map((m) => (
                  <li
                    key={m.id}
                    id={`card-${m.id}`}
                    className="flex flex-wrap items-center gap-2 rounded border border-line bg-surface px-3 py-2"
                  >
                    <span>
                      {m.cadence ? `频次：${m.cadence.text}` : m.document ? `${m.document.action}《${m.document.title}》` : m.label}
                    </span>
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
          ) : null}
        </div>
      </div>
      <DraftStructure report={report} update={update} />
      {extraction.traps.length ? (
        <details className="mt-6">
          <summary className="cursor-pointer font-semibold">未计为数字的写法（{extraction.traps.length}）</summary>
          <p className="mt-1 text-sm text-muted">年份、日期、序号、名称中的数字等不计为数字；在原文中以虚线标出，鼠标悬停可见原因。</p>
          <ul className="mt-2 flex flex-wrap gap-2 text-sm">
            {extraction.traps.slice(0, 300).map((t) => (
              <li key={t.start} className={chipClass}>
                {text.slice(t.start, t.end)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
