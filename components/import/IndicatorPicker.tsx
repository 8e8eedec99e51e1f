import { useState } from "react";
import { GROUP_LABELS, type Indicator } from "@/lib/model/indicators";
import { indicatorsForUnit } from "@/lib/model/catalogue";
import type { Measure } from "@/lib/model/schema";
import type { IndicatorChange } from "@/lib/extract/indicator-review";
import { LEAVE_OUT_REASONS, type LeaveOut } from "@/lib/extract/indicator-apart";
import type { PrecedentNote } from "@/lib/extract/indicators";
import { Badge } from "../ui/Badge";
import { Button } from "../ui/Button";
import { leftOutLine, precedentLine, type PrecedentOffer } from "./precedentOffers";

const field = "rounded border border-line bg-bg px-2 py-1 text-sm";
const GROUPS = Object.keys(GROUP_LABELS) as Indicator["group"][];

/**
 * A figure's indicator: the extractor's suggestion (to accept, change or clear), or the one the
 * person chose; where the extractor was not sure enough to suggest one, its hint, to take with a
 * click; where it is sure the figure counts no indicator (a target, a figure per unit…), why.
 * Where a suggestion or hint follows another town's checked report on the same notice, the card says which
 * and how that report put it. Only accepted indicators pair figures on /compare and in the summary.
 * The select offers only the entries fitting the figure's unit, grouped by field, since the
 * catalogue holds hundreds.
 */
export function IndicatorPicker({
  measure,
  hint,
  leaveOut,
  leftBy,
  offer,
  indicators,
  onChange,
}: {
  measure: Measure;
  /** an entry the rule was not sure enough of to fill in, offered for a person to take */
  hint?: string;
  /** why the draft advises leaving the figure without an indicator */
  leaveOut?: LeaveOut;
  /** the other town's like figure, left without an indicator, that the advice to leave this one follows */
  leftBy?: PrecedentNote;
  /** the indicator another town's reviewer gave the same figure, which the suggestion or hint follows */
  offer?: PrecedentOffer;
  indicators: Indicator[];
  onChange: (change: IndicatorChange) => void;
}) {
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState("");
  const [group, setGroup] = useState<Indicator["group"]>("ideology");
  const unit = measure.quantity!.unit;
  const metric = measure.metric;
  const current = metric && indicators.find((i) => i.key === metric.key);
  // A reopened report may not yet declare the other town's own indicator that is hinted: the offer carries it.
  const maybe =
    !metric && hint ? (indicators.find((i) => i.key === hint) ?? (offer?.indicator.key === hint ? offer.indicator : undefined)) : undefined;
  const shown = current ?? maybe;
  const followed = offer && shown?.key === offer.indicator.key ? offer : undefined;
  const choices = indicatorsForUnit(indicators, unit);
  if (current && !choices.includes(current)) choices.unshift(current);
  const label = `「${measure.quantity!.text}」的指标`;
  return (
    <div className="mt-2 rounded border border-line p-2 text-sm" data-testid={`indicator-${measure.id}`}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-xs text-muted">指标</span>
        {metric ? (
          <>
            <span className="font-medium">{current?.name ?? metric.key}</span>
            {metric.suggested ? <Badge tone="gap">建议</Badge> : <Badge tone="strong">已采用</Badge>}
            {metric.suggested ? (
              <Button size="sm" onClick={() => onChange({ kind: "accept" })}>
                采用建议
              </Button>
            ) : null}
            <Button size="sm" onClick={() => onChange({ kind: "clear" })}>
              清除
            </Button>
          </>
        ) : (
          <span className="text-muted">未指定（不参与对比与汇总）</span>
        )}
        {maybe ? (
          <Button size="sm" onClick={() => onChange({ kind: "set", key: maybe.key, indicator: maybe })}>
            也许是「{maybe.name}」：采用
          </Button>
        ) : null}
        <select
          className={field}
          aria-label={`更改${label}`}
          value=""
          onChange={(e) => e.target.value && onChange({ kind: "set", key: e.target.value })}
        >
          <option value="">{choices.length ? `改为…（单位为「${unit}」的指标）` : `目录中没有单位为「${unit}」的指标`}</option>
          {GROUPS.map((g) => {
            const inGroup = choices.filter((i) => i.group === g);
            return inGroup.length ? (
              <optgroup key={g} label={GROUP_LABELS[g]}>
                {inGroup.map((i) => (
                  <option key={i.key} value={i.key}>
                    {i.name}
                  </option>
                ))}
              </optgroup>
            ) : null;
          })}
        </select>
        <Button size="sm" onClick={() => setAdding(!adding)}>
          新增指标
        </Button>
      </div>
      {shown ? (
        // What the entry counts, so a person can tell a suggestion that merely shares a word.
        <p className="mt-1 text-xs text-muted" data-testid="indicator-counts">
          {maybe ? `「${maybe.name}」` : ""}统计：{shown.counts}（{shown.period === "cumulative" ? "累计数" : "本期数"}）
        </p>
      ) : null}
      {!metric && !maybe && leaveOut ? (
        <p className="mt-1 text-xs text-muted" data-testid="indicator-leave-out">
          建议不计入指标：{LEAVE_OUT_REASONS[leaveOut]}
          {leftBy ? (
            <span className="block break-words" data-testid="indicator-left-by" title={leftBy.quote}>
              {leftOutLine(leftBy, measure.quote)}
            </span>
          ) : null}
        </p>
      ) : null}
      {followed ? (
        <p className="mt-0.5 text-xs break-words text-muted" data-testid="indicator-precedent" title={followed.note.quote}>
          {precedentLine(followed, measure.quote, !!current)}
        </p>
      ) : null}
      {adding ? (
        <form
          className="mt-2 flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            onChange({ kind: "add", name, group });
            setAdding(false);
            setName("");
          }}
        >
          <label className="grid gap-0.5 text-xs text-muted">
            新指标名称
            <input className={field} value={name} required maxLength={200} onChange={(e) => setName(e.target.value)} />
          </label>
          <label className="grid gap-0.5 text-xs text-muted">
            领域
            <select className={field} value={group} onChange={(e) => setGroup(e.target.value as Indicator["group"])}>
              {GROUPS.map((g) => (
                <option key={g} value={g}>
                  {GROUP_LABELS[g]}
                </option>
              ))}
            </select>
          </label>
          <Button size="sm" type="submit">
            加入本汇报
          </Button>
        </form>
      ) : null}
    </div>
  );
}
