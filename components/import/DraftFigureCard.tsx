import { figureSentence, figureText, qualifierLabel } from "@/lib/report/format";
import type { QuantityPatch } from "@/lib/extract/review";
import { type Measure, Quantity, type Qualifier, type Section } from "@/lib/model/schema";
import { Badge } from "../ui/Badge";
import { Button } from "../ui/Button";
import { Quote } from "../ui/Quote";
import { CategorySelect } from "./CategorySelect";

const QUALIFIERS = Object.keys(qualifierLabel) as Qualifier[];
const field = "rounded border border-line bg-bg px-2 py-1 text-sm";

/** One drafted figure: what the text says, what the draft made of it, and the controls to fix it. */
export function DraftFigureCard(props: {
  measure: Measure;
  doubts: string[];
  section?: Section;
  onPatch: (patch: QuantityPatch) => void;
  onLabel: (label: string) => void;
  onCategory: (id: string) => void;
  onHeadline: (headline: boolean) => void;
  onConfirm: (confirmed: boolean) => void;
  onRemove: () => void;
}) {
  const { measure: m, doubts } = props;
  const q = m.quantity!;
  const check = Quantity.safeParse(q);
  const errors = check.success ? [] : check.error.issues.map((i) => i.message);
  const headingId = `card-${m.id}-heading`;
  const number = (s: string) => (s.trim() === "" ? null : Number(s));

  return (
    <li
      id={`card-${m.id}`}
      aria-labelledby={headingId}
      className={`rounded-lg border bg-surface p-3 ${m.draft ? "border-line" : "border-ink/40"}`}
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
          <input className={field} value={m.label} onChange={(e) => props.onLabel(e.target.value)} />
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
            onChange={(e) => props.onPatch({ value: number(e.target.value) })}
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
              onChange={(e) => props.onPatch({ max: number(e.target.value) ?? undefined })}
            />
          </label>
        ) : null}
        <label className="grid gap-0.5 text-xs text-muted">
          单位
          <input className={field} value={q.unit} onChange={(e) => props.onPatch({ unit: e.target.value })} />
        </label>
        <label className="grid gap-0.5 text-xs text-muted">
          限定
          <select className={field} value={q.qualifier} onChange={(e) => props.onPatch({ qualifier: e.target.value as Qualifier })}>
            {QUALIFIERS.map((k) => (
              <option key={k} value={k}>
                {qualifierLabel[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-0.5 text-xs text-muted">
          类别
          <CategorySelect value={m.category} onChange={props.onCategory} label={`「${q.text}」的类别`} />
        </label>
        <label className="flex items-center gap-2 self-end pb-1 text-sm">
          <input type="checkbox" checked={q.cumulative} onChange={(e) => props.onPatch({ cumulative: e.target.checked })} />
          累计
        </label>
        <label className="flex items-center gap-2 self-end pb-1 text-sm">
          <input type="checkbox" checked={!!m.headline} onChange={(e) => props.onHeadline(e.target.checked)} />
          重点数字
        </label>
      </div>
      {errors.length ? (
        <ul className="mt-2 text-sm text-gap">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      <div className="mt-2 flex gap-3">
        <Button onClick={() => props.onConfirm(!!m.draft)}>{m.draft ? "确认" : "取消确认"}</Button>
        <Button variant="danger" onClick={props.onRemove}>
          删除（不是数字）
        </Button>
      </div>
    </li>
  );
}
