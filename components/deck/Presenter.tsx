"use client";
import { useState, useSyncExternalStore } from "react";
import type { Slide } from "@/lib/deck/deck";
import { Quote } from "../ui/Quote";
import { Button } from "../ui/Button";
import { SlideView } from "./SlideView";
import { Stage } from "./Stage";
import { useDeck, useDeckKeys } from "./useDeck";
import { useDeckChoices } from "./useDeckChoices";

/** Seconds since the epoch, ticking once a second while someone is looking. */
function subscribeClock(onTick: () => void) {
  const timer = window.setInterval(onTick, 1000);
  return () => window.clearInterval(timer);
}
const nowSeconds = () => Math.floor(Date.now() / 1000);

function clock(seconds: number) {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/**
 * The speaker's window (like PowerPoint's presenter view): the current and the next slide, the
 * talking points, readings and source sentences behind the current one, and the time since the talk began. It drives the
 * audience window and follows it.
 */
export function Presenter({
  reportId,
  reportTitle,
  organization,
  slides: built,
}: {
  reportId: string;
  reportTitle: string;
  organization: string;
  /** the deck as built; the presenter's choices apply here as in the audience window */
  slides: Slide[];
}) {
  const { slides } = useDeckChoices(reportId, built);
  const deck = useDeck(reportId, slides.length);
  useDeckKeys(deck);
  const now = useSyncExternalStore(subscribeClock, nowSeconds, () => 0);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const started = startedAt ?? now;
  if (startedAt === null && now > 0) setStartedAt(now);
  const current = slides[deck.index];
  const next = slides[deck.index + 1];
  return (
    <div className="fixed inset-0 z-40 grid grid-rows-[auto_1fr] bg-bg text-ink">
      <header className="flex flex-wrap items-center gap-3 border-b border-line bg-surface px-5 py-3">
        <h1 className="mr-auto text-lg font-semibold">
          演讲者视图 <span className="font-normal text-muted">· {reportTitle}</span>
        </h1>
        <p className="text-sm text-muted">
          已用时{" "}
          <time className="ml-1 text-3xl font-semibold tabular-nums text-ink" aria-live="off">
            {clock(Math.max(0, now - started))}
          </time>
        </p>
        <Button onClick={() => setStartedAt(nowSeconds())}>重新计时</Button>
        <Button onClick={deck.prev} disabled={deck.index === 0}>
          ‹ 上一张
        </Button>
        <p className="min-w-24 text-center text-lg tabular-nums" aria-live="polite">
          当前 第 {deck.index + 1} 张 / 共 {slides.length} 张
        </p>
        <Button onClick={deck.next} disabled={deck.index === slides.length - 1}>
          下一张 ›
        </Button>
        <Button aria-pressed={deck.blank} onClick={() => deck.setBlank(!deck.blank)}>
          观众屏幕黑屏
        </Button>
      </header>
      <div className="grid min-h-0 grid-cols-[3fr_2fr] gap-5 p-5">
        <section aria-labelledby="presenter_current" className="min-h-0">
          <h2 id="presenter_current" className="mb-2 text-sm text-muted">
            当前：{current.title}
            {deck.blank ? <span className="ml-2 font-semibold text-accent">（观众屏幕已黑屏）</span> : null}
          </h2>
          <Stage className="aspect-video w-full rounded-lg border border-line">
            <SlideView slide={current} index={deck.index} count={slides.length} organization={organization} overviewHref="../../" />
          </Stage>
        </section>
        <section aria-labelledby="presenter_next" className="flex min-h-0 flex-col">
          <h2 id="presenter_next" className="mb-2 text-sm text-muted">
            下一张：{next ? next.title : "（已是最后一张）"}
          </h2>
          {next ? (
            <Stage className="aspect-video w-full rounded-lg border border-line opacity-90">
              <SlideView slide={next} index={deck.index + 1} count={slides.length} organization={organization} overviewHref="../../" />
            </Stage>
          ) : (
            <div className="flex aspect-video w-full items-center justify-center rounded-lg border border-dashed border-line text-muted">
              演示结束
            </div>
          )}
          <section
            aria-labelledby="presenter_notes"
            tabIndex={0}
            className="mt-4 min-h-0 flex-1 overflow-auto rounded-lg border border-line bg-surface p-4"
          >
            <h2 id="presenter_notes" className="text-base font-semibold">
              讲稿与依据 <span className="font-normal text-muted">{current.source}</span>
            </h2>
            {current.talkingPoints ? <p className="mt-2 whitespace-pre-wrap text-lg leading-relaxed">{current.talkingPoints}</p> : null}
            {current.remarks.length > 0 ? (
              <ul className="mt-2 grid gap-1 text-base text-muted">
                {current.remarks.map((remark) => (
                  <li key={remark}>{remark}</li>
                ))}
              </ul>
            ) : null}
            <ul className="mt-2 grid gap-2 text-lg leading-relaxed">
              {current.notes.map((note) => (
                <li key={note.quote}>
                  <span className="font-medium">{note.label}：</span>
                  <Quote text={note.quote} className="text-ink" />
                </li>
              ))}
            </ul>
          </section>
          <p className="mt-2 text-sm text-muted">← → 翻页 · B 观众屏幕黑屏 · 两个窗口任意一个翻页，另一个同步</p>
        </section>
      </div>
    </div>
  );
}
