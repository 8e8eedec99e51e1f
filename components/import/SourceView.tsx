import { memo, useEffect, useMemo, useState } from "react";
import type { DraftSegment } from "@/lib/extract/marks";
import type { Measure } from "@/lib/model/schema";

const markClass = {
  figure: "rounded-sm bg-accent-soft px-0.5 font-semibold text-ink underline decoration-accent decoration-2 underline-offset-4",
  missing: "rounded-sm bg-gap-soft px-0.5 font-semibold text-gap underline decoration-gap decoration-2 underline-offset-4",
  gap: "rounded-sm bg-gap-soft px-0.5 text-gap",
  cadence: "underline decoration-ink/60 decoration-dotted decoration-2 underline-offset-4",
  trap: "underline decoration-muted/60 decoration-dotted underline-offset-4",
  navigation: "text-muted line-through decoration-muted/50",
} as const;

/** Segments per memoised block of the text: an edit re-renders only the blocks whose figures it changed. */
const BLOCK = 200;
/** Blocks drawn at once, then more after each pause, so a long text never holds the page for long. */
const FIRST_BLOCKS = 10;
const MORE_BLOCKS = 10;

/**
 * The segments in blocks of about BLOCK, each ending at a line break (a plain run is cut after its
 * last one), so each block can be its own <div> without changing how the text flows.
 */
export function blocksOf(segments: DraftSegment[], size = BLOCK): DraftSegment[][] {
  const blocks: DraftSegment[][] = [];
  let block: DraftSegment[] = [];
  for (const s of segments) {
    const cut = !s.mark && block.length >= size ? s.text.lastIndexOf("\n") : -1;
    if (cut < 0) {
      block.push(s);
      continue;
    }
    block.push({ text: s.text.slice(0, cut + 1), start: s.start });
    blocks.push(block);
    const rest = s.text.slice(cut + 1);
    block = rest ? [{ text: rest, start: s.start + cut + 1 }] : [];
  }
  if (block.length) blocks.push(block);
  return blocks;
}

/** A figure's state as a run shows it: f/F a figure, m/M a blank (upper case once confirmed); absent once removed. */
function stateOf(m: Measure): string {
  const state = m.quantity?.qualifier === "missing" ? "m" : "f";
  return m.draft ? state : state.toUpperCase();
}

/**
 * The drafted text with every figure marked; a figure links to its card in the draft list. The
 * segments are cut once from the first draft; the current report says which figures are still
 * there, blank or confirmed, so an edit does not cut the text again.
 */
export function SourceView({
  segments,
  measures,
  onJump,
}: {
  segments: DraftSegment[];
  measures: Measure[];
  onJump: (id: string) => void;
}) {
  const blocks = useMemo(() => blocksOf(segments), [segments]);
  const [drawn, setDrawn] = useState({ of: blocks, count: FIRST_BLOCKS });
  const count = drawn.of === blocks ? drawn.count : FIRST_BLOCKS;
  useEffect(() => {
    if (count >= blocks.length) return;
    const next = setTimeout(() => setDrawn({ of: blocks, count: count + MORE_BLOCKS }), 0);
    return () => clearTimeout(next);
  }, [blocks, count]);
  const states = new Map(measures.map((m) => [m.id, stateOf(m)]));
  const signature = (chunk: DraftSegment[]) =>
    chunk
      .filter((s) => s.mark?.id && (s.mark.kind === "figure" || s.mark.kind === "missing"))
      .map((s) => `${s.mark!.id}=${states.get(s.mark!.id!) ?? ""}`)
      .join(",");
  return (
    <div>
      <h3 className="mb-2 font-semibold">原文（已标出数字）</h3>
      <p className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-hidden>
        <span>
          <span className={markClass.figure}>数字</span>
        </span>
        <span>
          <span className={markClass.missing}>原文缺失</span>
        </span>
        <span>
          <span className={markClass.cadence}>频次</span>
        </span>
        <span>
          <span className={markClass.trap}>不计为数字</span>
        </span>
      </p>
      <div
        role="region"
        aria-label="原文（已标出数字）"
        tabIndex={0}
        onClick={(e) => {
          // The card may not be drawn (the list shows only what is near its view): the list brings it in.
          const link = (e.target as Element).closest("a[data-figure]");
          if (!link) return;
          e.preventDefault();
          onJump(link.getAttribute("data-figure")!);
        }}
        className="max-h-[75vh] overflow-y-auto whitespace-pre-wrap rounded-lg border border-line bg-surface p-4 text-[15px] leading-8"
      >
        {blocks.slice(0, count).map((block, i) => (
          <SourceBlock key={i} segments={block} states={signature(block)} />
        ))}
      </div>
    </div>
  );
}

// Off-screen blocks skip layout and paint (content-visibility); find-in-page and links still reach them.
const SourceBlock = memo(function SourceBlock({ segments, states }: { segments: DraftSegment[]; states: string }) {
  const state = new Map(states.split(",").map((pair) => pair.split("=") as [string, string]));
  return (
    <div className="[contain-intrinsic-size:auto_16rem] [content-visibility:auto]">
      {segments.map((s) => {
        if (!s.mark) return <span key={s.start}>{s.text}</span>;
        const { kind, id, title } = s.mark;
        if ((kind === "figure" || kind === "missing") && id) {
          const now = state.get(id);
          if (!now) return <span key={s.start}>{s.text}</span>; // removed from the draft
          const missing = now.toLowerCase() === "m";
          const done = now === now.toUpperCase();
          return (
            <a
              key={s.start}
              id={`src-${id}`}
              href={`#card-${id}`}
              data-figure={id}
              title={`${missing ? "原文缺失的数字" : title}${done ? "（已确认）" : "（草稿）"}：点击查看`}
              className={`${markClass[missing ? "missing" : "figure"]} ${done ? "" : "decoration-wavy"}`}
            >
              {s.text}
            </a>
          );
        }
        return (
          <span key={s.start} title={title} className={markClass[kind]}>
            {s.text}
          </span>
        );
      })}
    </div>
  );
});
