import { useImperativeHandle, useMemo, useRef, type Ref } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { FigureMark } from "@/lib/extract/draft/context";
import type { Indicator } from "@/lib/model/indicators";
import type { Measure, Report, Section } from "@/lib/model/schema";
import { DraftFigureCard } from "./DraftFigureCard";
import type { PrecedentOffer } from "./precedentOffers";

/**
 * Up to this many figures every card is in the page (find-in-page sees them all); beyond it only the
 * cards in and near the view are, so an edit stays quick with thousands of figures.
 */
export const RENDER_ALL = 80;

/** Lets the source view bring a card into the list's view, drawn or not, and focus it. */
export type FigureListHandle = { reveal: (id: string) => void };

export function FigureList(props: {
  figures: Measure[];
  marks: Map<string, FigureMark>;
  offers: Map<string, PrecedentOffer>;
  sections: Map<string, Section>;
  indicators: Indicator[];
  update: (change: (r: Report) => Report) => void;
  handle: Ref<FigureListHandle>;
}) {
  const { figures } = props;
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer keeps no React-compiler-safe identity (it mutates); this page does not use the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const list = useVirtualizer({
    count: figures.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 340,
    overscan: figures.length <= RENDER_ALL ? figures.length : 6,
    gap: 12,
    getItemKey: (i) => figures[i].id,
  });
  const index = useMemo(() => new Map(figures.map((m, i) => [m.id, i])), [figures]);
  useImperativeHandle(
    props.handle,
    () => ({
      reveal(id: string) {
        const at = index.get(id);
        if (at === undefined) return;
        list.scrollToIndex(at, { align: "start" });
        // The card is drawn over the next frames; focus its heading so the keyboard carries on from it.
        let frames = 0;
        const focus = () => {
          const heading = document.getElementById(`card-${id}-heading`);
          if (heading) heading.focus();
          else if (frames++ < 30) requestAnimationFrame(focus);
        };
        requestAnimationFrame(focus);
      },
    }),
    [index, list],
  );
  return (
    <div ref={scroller} className="max-h-[75vh] overflow-y-auto pr-1" data-testid="figure-scroller">
      <ol aria-label="数字草稿" className="relative" style={{ height: list.getTotalSize() }}>
        {list.getVirtualItems().map((item) => {
          const m = figures[item.index];
          return (
            <DraftFigureCard
              key={item.key}
              measure={m}
              mark={props.marks.get(m.id)}
              offer={props.offers.get(m.id)}
              section={m.section ? props.sections.get(m.section) : undefined}
              indicators={props.indicators}
              update={props.update}
              index={item.index}
              count={figures.length}
              start={item.start}
              measureRef={list.measureElement}
            />
          );
        })}
      </ol>
    </div>
  );
}
