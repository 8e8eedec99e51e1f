import { memo, type Ref } from "react";
import { figureSentence, figureText, qualifierLabel } from "@/lib/report/format";
import { confirmMeasure, patchQuantity, removeMeasure, setCategory, setHeadline, setLabel, type QuantityPatch } from "@/lib/extract/review";
import { applyIndicator } from "@/lib/extract/indicator-review";
import { type Measure, Quantity, type Qualifier, type Report, type Section } from "@/lib/model/schema";
import { Badge } from "../ui/Badge";
import { Button } from "../ui/Button";
import { Quote } from "../ui/Quote";
import { CategorySelect } from "./CategorySelect";
import { IndicatorPicker } from "./IndicatorPicker";
import type { Indicator } from "@/lib/model/indicators";
import type { FigureMark } from "@/lib/extract/draft/context";
import type { PrecedentOffer } from "./precedentOffers";

const QUALIFIERS = Object.keys(qualifierLabel) as Qualifier[];
const field = "rounded border border-line bg-bg px-2 py-1 text-sm";

/**
 * One drafted figure: what the text says, what the draft made of it, and the controls to fix it.
 * Memoised: every prop stays the same object while the figure is unchanged, so an edit re-renders
 * only its own card even with thousands of figures.
 */
export const DraftFigureCard = memo(function DraftFigureCard(props: {
  measure: Measure;
  /** the figure's place in the text, with the doubts the draft left and a hint of its indicator */
  mark?: FigureMark;
  /** the indicator another town's checked report on the same notice gave this figure */
  offer?: PrecedentOffer;
  section?: Section;
  indicators: Indicator[];
  update: (change: (r: Report) => Report) => void;
  /** where the windowed list (FigureList) puts the card: its place, the list's length, its offset from the top */
  index: number;
  count: number;
  start: number;
  measureRef: Ref<HTMLLIElement>;
}) {
  const { measure: m, mark, update } = props;
  const doubts = mark?.doubts ?? [];
  const onPatch = (p: QuantityPatch) => update((r) => patchQuantity(r, m.id, p));
  const q = m.quantity!;
  const check = Quantity.safeParse(q);
  const errors = check.success ? [] : check.error.issues.map((i) => i.message);
  const headingId = `card-${m.id}-heading`;
  const number = (s: string) => (s.trim() === "" ? null : Number(s));

  return (
    <li
      ref={props.measureRef}
      data-index={props.index}
      aria-posinset={props.index + 1}
      aria-setsize={props.count}
      id={`card-${m.id}`}
      aria-labelledby={headingId}
      style={{ transform: `translateY(${props.start}px)` }}
      className={`absolute inset-x-0 top-0 rounded-lg border bg-surface p-3 ${m.draft ? "border-line" : "border-ink/40"}`}
    >
      <div className="flex flex-wrap items-baseline gap-2">
        <a href={`#src-${m.id}`} id={headingId} className="text-lg font-semibold tabular-nums hover:underline" title="在原文中定位">
          {q.text}
        </a>
        <span className="text-sm text-muted" aria-label={errors.length ? undefined : figureSentence(q)}>
          → {errors.length ? "（待修正）" : `${figureText(q)}${q.value === null ? "" : ` ${q.unit}`}`}
        </span>
        {m.draft ? <Badge tone="gap">草稿</Badge> : <Badge tone="strong">已确认</Badge>}
        {props.section ? (
          <span className="text-xs text-muted">
            {props.section.ordinal}、{props.section.heading}
          </span>
        ) : null}
      </div>
      {doubts.length ? <p className="mt-1 text-sm text-gap">请核对：{doubts.join("；")}</p> : null}
      <p className="mt-1 text-sm leading-relaxed">
        <Quote text={m.quote} />
      </p>
      <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3">
        <label className="grid gap-0.5 text-xs text-muted sm:col-span-3">
          标签
          <input className={field} value={m.label} onChange={(e) => update((r) => setLabel(r, m.id, e.target.value))} />
        </label>
        <label className="grid gap-0.5 text-xs text-muted">
          数值
          <input
            className={field}
            type="number"
            step="any"
            min={0}
            disabled={q.qualifier === "missing"}
            value={q.value ?? ""}
            onChange={(e) => onPatch({ value: number(e.target.value) })}
          />
        </label>
        {q.qualifier === "range" ? (
          <label className="grid gap-0.5 text-xs text-muted">
            上限
            <input
              className={field}
              type="number"
              step="any"
              min={0}
              value={q.max ?? ""}
              onChange={(e) => onPatch({ max: number(e.target.value) ?? undefined })}
            />
          </label>
        ) : null}
        <label className="grid gap-0.5 text-xs text-muted">
          单位
          <input className={field} value={q.unit} onChange={(e) => onPatch({ unit: e.target.value })} />
        </label>
        <label className="grid gap-0.5 text-xs text-muted">
          限定
          <select className={field} value={q.qualifier} onChange={(e) => onPatch({ qualifier: e.target.value as Qualifier })}>
            {QUALIFIERS.map((k) => (
              <option key={k} value={k}>
                {qualifierLabel[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-0.5 text-xs text-muted">
          类别
          <CategorySelect value={m.category} onChange={(cat) => update((r) => setCategory(r, m.id, cat))} label={`「${q.text}」的类别`} />
        </label>
        <label className="flex items-center gap-2 self-end pb-1 text-sm">
          <input type="checkbox" checked={q.cumulative} onChange={(e) => onPatch({ cumulative: e.target.checked })} />
          累计
        </label>
        <label className="flex items-center gap-2 self-end pb-1 text-sm">
          <input type="checkbox" checked={!!m.headline} onChange={(e) => update((r) => setHeadline(r, m.id, e.target.checked))} />
          重点数字
        </label>
      </div>
      <IndicatorPicker
        measure={m}
        hint={mark?.hint}
        leaveOut={mark?.leaveOut}
        leftBy={mark?.leaveOut === "others" ? mark.precedent : undefined}
        offer={props.offer}
        indicators={props.indicators}
        onChange={(change) => update((r) => applyIndicator(r, m.id, change))}
      />
      {errors.length ? (
        <ul className="mt-2 text-sm text-gap">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      <div className="mt-2 flex gap-3">
        <Button onClick={() => update((r) => confirmMeasure(r, m.id, !!m.draft))}>{m.draft ? "确认" : "取消确认"}</Button>
        <Button variant="danger" onClick={() => update((r) => removeMeasure(r, m.id))}>
          删除（不是数字）
        </Button>
      </div>
    </li>
  );
});
