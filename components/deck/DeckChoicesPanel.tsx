"use client";
import { useState } from "react";
import { chosenOrder, moveSlide, NO_CHOICES, toggleHidden, toggleSummaryFigure, type DeckChoices } from "@/lib/deck/choices";
import type { Slide, SummarySlide } from "@/lib/deck/deck";
import { Button } from "../ui/Button";

/**
 * The presenter's choices, edited beside the slide: which slides show and in what order, the
 * figures on 主要成效, the 汇报人, talking points for the current slide. Saved as they change.
 */
export function DeckChoicesPanel({
  built,
  choices,
  save,
  current,
  onClose,
}: {
  built: Slide[];
  choices: DeckChoices;
  save: (next: DeckChoices) => boolean;
  /** the slide on screen, whose talking points are edited */
  current: Slide;
  onClose: () => void;
}) {
  const [failed, setFailed] = useState(false);
  const update = (next: DeckChoices) => setFailed(!save(next));
  const hidden = new Set(choices.hidden ?? []);
  const order = chosenOrder(choices, built);
  const summary = built.find((s): s is SummarySlide => s.kind === "summary");
  const onSummary = choices.summary ?? summary?.figures.map((f) => f.id) ?? [];
  const field = "mt-1 w-full rounded border border-line bg-bg px-2 py-1 text-sm";
  return (
    <aside
      role="dialog"
      aria-label="调整幻灯片"
      className="fixed bottom-14 right-4 top-4 z-50 flex w-96 flex-col gap-4 overflow-auto rounded-lg border border-line bg-surface p-4 text-sm shadow-xl print-hidden"
    >
      <header className="flex items-center justify-between">
        <h2 className="text-base font-semibold">调整幻灯片</h2>
        <Button onClick={onClose}>完成</Button>
      </header>
      <p className="text-xs text-muted">只保存在本浏览器中；PDF 与 PowerPoint 按这里的选择导出。</p>
      {failed ? (
        <p role="alert" className="text-accent">
          未能保存：浏览器不允许本地存储（如无痕模式或空间已满）。
        </p>
      ) : null}
      <label className="block">
        汇报人（原文未写明，可填写）
        <input
          className={field}
          value={choices.reporter ?? ""}
          maxLength={100}
          onChange={(e) => update({ ...choices, reporter: e.target.value || undefined })}
        />
      </label>
      <fieldset>
        <legend className="font-semibold">幻灯片（勾选显示，↑↓ 调整顺序）</legend>
        <ol className="mt-2 grid gap-1">
          {order.map((slide, i) => (
            <li key={slide.id} className="flex items-center gap-2">
              <input
                type="checkbox"
                id={`show-${slide.id}`}
                checked={!hidden.has(slide.id)}
                onChange={() => update(toggleHidden(choices, slide.id))}
              />
              <label
                htmlFor={`show-${slide.id}`}
                className={`min-w-0 flex-1 truncate ${hidden.has(slide.id) ? "text-muted line-through" : ""}`}
              >
                {slide.title}
              </label>
              <Button
                variant="subtle"
                size="sm"
                aria-label={`上移「${slide.title}」`}
                disabled={i === 0}
                onClick={() => update(moveSlide(choices, built, slide.id, -1))}
              >
                ↑
              </Button>
              <Button
                variant="subtle"
                size="sm"
                aria-label={`下移「${slide.title}」`}
                disabled={i === order.length - 1}
                onClick={() => update(moveSlide(choices, built, slide.id, 1))}
              >
                ↓
              </Button>
            </li>
          ))}
        </ol>
      </fieldset>
      {summary ? (
        <fieldset>
          <legend className="font-semibold">“{summary.title}”上的数字</legend>
          <ul className="mt-2 grid gap-1">
            {summary.candidates.map((f) => (
              <li key={f.id}>
                <label className="flex gap-2">
                  <input
                    type="checkbox"
                    checked={onSummary.includes(f.id)}
                    onChange={() => update(toggleSummaryFigure(choices, onSummary, f.id))}
                  />
                  <span>
                    {f.label} <span className="text-muted">{f.text}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <label className="block">
        本张讲稿要点（「{current.title}」，只在演讲者视图与 PowerPoint 备注中）
        <textarea
          className={`${field} h-28`}
          maxLength={5000}
          value={choices.talkingPoints?.[current.id] ?? ""}
          onChange={(e) => update({ ...choices, talkingPoints: { ...choices.talkingPoints, [current.id]: e.target.value } })}
        />
      </label>
      <Button onClick={() => update(NO_CHOICES)}>恢复默认</Button>
    </aside>
  );
}
