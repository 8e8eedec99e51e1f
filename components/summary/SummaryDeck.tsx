"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { Slide } from "@/lib/deck/deck";
import { sourceAnchor } from "@/lib/report/links";
import { Button, buttonClass } from "../ui/Button";
import { SlideView, type ToSource } from "../deck/SlideView";
import { Stage } from "../deck/Stage";
import { DeckStepper } from "../deck/DeckStepper";
import { useDeck, useDeckKeys } from "../deck/useDeck";
import { usePrintDeck } from "../deck/usePrintDeck";

export type SummaryDeckProps = {
  groupId: string;
  title: string;
  organization: string;
  slides: Slide[];
  /** the relative path from this page to the reports ("../../../reports/"): a town's bar leads to its sentence there */
  reportsHref: string;
};

/**
 * The summary's deck on screen, with the report deck's slides, keys and print rules: ← → to step,
 * Esc back to the summary, and 打印/另存为 PDF gives one slide per 16:9 page with every chart drawn.
 */
export function SummaryDeck({ groupId, title, organization, slides, reportsHref }: SummaryDeckProps) {
  const router = useRouter();
  const deck = useDeck(`summary-${groupId}`, slides.length);
  const { drawAll, printDeck } = usePrintDeck();
  useDeckKeys(deck, { Escape: () => (deck.blank ? deck.setBlank(false) : router.push("../")) });
  // Totals lead to the summary's table; a town's bar to its sentence in its report.
  const linkFor: ToSource = (itemId, rowKey) => (rowKey ? `${reportsHref}${rowKey}/source/#${sourceAnchor(itemId)}` : "../#table_heading");
  const current = slides[deck.index];
  return (
    <div className="deck-root fixed inset-0 z-40 flex flex-col bg-bg text-ink">
      <h1 className="sr-only">{title}（汇报演示）</h1>
      <p className="sr-only" aria-live="polite">
        第 {deck.index + 1} 张，共 {slides.length} 张：{current.title}
      </p>
      <div className="deck-screen min-h-0 flex-1">
        <Stage className="h-full w-full">
          {slides.map((slide, i) => (
            <div key={slide.id} className={i === deck.index ? "contents" : "hidden print:contents"}>
              <SlideView
                slide={slide}
                index={i}
                count={slides.length}
                organization={organization}
                overviewHref="../"
                drawChart={drawAll}
                linkFor={linkFor}
              />
            </div>
          ))}
        </Stage>
      </div>
      <nav
        aria-label="演示控制"
        className="flex shrink-0 flex-wrap items-center gap-2 border-t border-line bg-surface px-4 py-2 print-hidden"
      >
        <Link href="../" className="mr-2 text-sm text-muted hover:text-ink">
          ← 返回汇总
        </Link>
        <DeckStepper deck={deck} count={slides.length} />
        <span className="mx-2 hidden text-xs text-muted xl:inline">← → 翻页 · B 黑屏 · Esc 返回汇总</span>
        <span className="ml-auto flex flex-wrap items-center gap-2">
          <Button onClick={printDeck} title="每页一张幻灯片，16:9 横向；在打印窗口中选“另存为 PDF”">
            打印 / 另存为 PDF
          </Button>
          <a href="../summary.pptx" download className={buttonClass()}>
            PowerPoint（.pptx）
          </a>
        </span>
      </nav>
      {deck.blank ? (
        <div className="fixed inset-0 z-50 bg-[var(--blank)] print-hidden" onClick={() => deck.setBlank(false)}>
          <p className="sr-only">已黑屏，按 B 键恢复</p>
        </div>
      ) : null}
    </div>
  );
}
