"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore } from "react";
import type { Slide } from "@/lib/deck/deck";
import { downloadNames } from "@/lib/exports/fileName";
import { ThemeToggle } from "../ui/ThemeToggle";
import { chartCaption } from "@/lib/exports/chartCaption";
import { ChartImageButtons } from "../exports/ChartImageButtons";
import type { DataFiles } from "@/lib/exports/dataFiles";
import { DataDownloads } from "../exports/DataDownloads";
import { ReviewBadge } from "../ui/Badge";
import { Button, buttonClass } from "../ui/Button";
import { DeckChoicesPanel } from "./DeckChoicesPanel";
import { SlideView } from "./SlideView";
import { Stage } from "./Stage";
import { DeckStepper } from "./DeckStepper";
import { useDeck, useDeckKeys, useSwipe } from "./useDeck";
import { usePrintDeck } from "./usePrintDeck";
import { useDeckChoices } from "./useDeckChoices";

function subscribeFullscreen(onChange: () => void) {
  document.addEventListener("fullscreenchange", onChange);
  return () => document.removeEventListener("fullscreenchange", onChange);
}

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export type DeckProps = {
  reportId: string;
  reportTitle: string;
  organization: string;
  /** the deck as built; the presenter's choices (hidden, order, notes) apply in the browser */
  slides: Slide[];
  /** the report's overview (the way out of the deck) */
  overviewHref: string;
  files: DataFiles;
  /** not yet all checked by a person: said in the controls, never on the projected slides */
  unchecked?: boolean;
};

const button = buttonClass();

/**
 * The deck on screen, like a presentation program: clicker keys, full screen, a blank screen, the
 * slide number in the URL, a presenter window kept in step, the presenter's choices, and the exports.
 * Printing gives one slide per 16:9 page (print rules in globals.css), as chosen.
 */
export function Deck({ reportId, reportTitle, organization, slides: built, overviewHref, files, unchecked = false }: DeckProps) {
  const router = useRouter();
  const { choices, slides, save } = useDeckChoices(reportId, built);
  const [editing, setEditing] = useState(false);
  const deck = useDeck(reportId, slides.length);
  const fullscreen = useSyncExternalStore(
    subscribeFullscreen,
    () => document.fullscreenElement !== null,
    () => false,
  );
  const leave = () => {
    if (deck.blank) deck.setBlank(false);
    else if (document.fullscreenElement) void document.exitFullscreen();
    else router.push(overviewHref);
  };
  useDeckKeys(deck, { f: toggleFullscreen, Escape: leave });
  const swipe = useSwipe(deck);
  const current = slides[deck.index];
  // Charts draw when their slide is shown; printing (or print media, as the PDF export emulates) draws them all.
  const { drawAll, printDeck } = usePrintDeck();
  const chart = current.kind === "chart" ? current.chart : undefined;

  const openPresenter = () => {
    window.open(`presenter/#${deck.index + 1}`, `huibao-presenter-${reportId}`, "popup,width=1280,height=800");
  };

  return (
    <div className="deck-root fixed inset-0 z-40 flex flex-col bg-bg text-ink">
      <h1 className="sr-only">{reportTitle}（汇报演示）</h1>
      <p className="sr-only" aria-live="polite">
        第 {deck.index + 1} 张，共 {slides.length} 张：{current.title}
      </p>
      <div className="deck-screen min-h-0 flex-1" {...swipe}>
        <Stage className="h-full w-full">
          {slides.map((slide, i) => (
            <div key={slide.id} className={i === deck.index ? "contents" : "hidden print:contents"}>
              <SlideView slide={slide} index={i} count={slides.length} organization={organization} overviewHref="../" drawChart={drawAll} />
            </div>
          ))}
        </Stage>
      </div>
      <div
        role="progressbar"
        aria-label="演示进度"
        aria-valuemin={1}
        aria-valuemax={slides.length}
        aria-valuenow={deck.index + 1}
        aria-valuetext={`第 ${deck.index + 1} 张，共 ${slides.length} 张`}
        className="h-1 shrink-0 bg-line print-hidden"
      >
        <div className="h-full bg-accent transition-[width]" style={{ width: `${((deck.index + 1) / slides.length) * 100}%` }} />
      </div>
      {fullscreen ? null : (
        <nav
          aria-label="演示控制"
          className="flex shrink-0 flex-wrap items-center gap-2 border-t border-line bg-surface px-4 py-2 print-hidden"
        >
          <Link href={overviewHref} className="mr-2 text-sm text-muted hover:text-ink">
            ← 返回概览
          </Link>
          {unchecked ? <ReviewBadge status="draft" /> : null}
          <DeckStepper deck={deck} count={slides.length} />
          <span className="mx-2 hidden text-xs text-muted xl:inline">← → 翻页 · F 全屏 · B 黑屏 · Esc 退出</span>
          <span className="ml-auto flex flex-wrap items-center gap-2">
            <Button aria-pressed={editing} onClick={() => setEditing(!editing)}>
              调整幻灯片
            </Button>
            <Button onClick={openPresenter}>演讲者视图</Button>
            <ThemeToggle className={button} />
            <Button aria-pressed={fullscreen} onClick={toggleFullscreen}>
              全屏
            </Button>
            <Button aria-pressed={deck.blank} onClick={() => deck.setBlank(!deck.blank)}>
              黑屏
            </Button>
            <details className="relative">
              <summary className={buttonClass({ className: "cursor-pointer list-none" })}>导出 ▾</summary>
              <div className="absolute bottom-full right-0 mb-2 flex w-64 flex-col gap-2 rounded-lg border border-line bg-surface p-3 shadow-lg">
                <Button onClick={printDeck} title="每页一张幻灯片，16:9 横向；在打印窗口中选“另存为 PDF”">
                  PDF（打印）
                </Button>
                <p className="text-xs text-muted">本页图表</p>
                {chart ? (
                  <ChartImageButtons
                    chartId={chart.id}
                    chartTitle={chart.title}
                    caption={chartCaption(chart, reportTitle)}
                    fileName={`${downloadNames(reportTitle).chartBase}-${chart.title}`}
                    className={button}
                  />
                ) : (
                  <p className="text-xs text-muted">（本页没有图表）</p>
                )}
                <p className="text-xs text-muted">全部数字</p>
                <span className="flex flex-wrap gap-2">
                  <DataDownloads files={files} title={reportTitle} deckKey={reportId} className={button} />
                </span>
              </div>
            </details>
          </span>
        </nav>
      )}
      {editing ? (
        <DeckChoicesPanel built={built} choices={choices} save={save} current={current} onClose={() => setEditing(false)} />
      ) : null}
      {deck.blank ? (
        <div className="fixed inset-0 z-50 bg-[var(--blank)] print-hidden" onClick={() => deck.setBlank(false)}>
          <p className="sr-only">已黑屏，按 B 键恢复</p>
        </div>
      ) : null}
    </div>
  );
}
