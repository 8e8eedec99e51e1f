import { Button } from "../ui/Button";
import type { DeckControl } from "./useDeck";

/** ‹ 上一张 · n / N · 下一张 › in a deck's controls (the report's deck and the summary's). */
export function DeckStepper({ deck, count }: { deck: DeckControl; count: number }) {
  return (
    <>
      <Button onClick={deck.prev} disabled={deck.index === 0} aria-label="上一张（←）">
        ‹ 上一张
      </Button>
      <span className="min-w-16 text-center text-sm tabular-nums">
        {deck.index + 1} / {count}
      </span>
      <Button onClick={deck.next} disabled={deck.index === count - 1} aria-label="下一张（→）">
        下一张 ›
      </Button>
    </>
  );
}
