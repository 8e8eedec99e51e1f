"use client";
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { DRAWN_CHART_SVG, SLIDE_CHARTS } from "@/lib/deck/stage";

function subscribePrintMedia(onChange: () => void) {
  const media = window.matchMedia("print");
  media.addEventListener("change", onChange);
  return () => media.removeEventListener("change", onChange);
}

/** Every slide's chart is an SVG, not its HTML stand-in (used before printing, and by the PDF export). */
function allSlideChartsDrawn(): boolean {
  return [...document.querySelectorAll(SLIDE_CHARTS)].every((f) => f.querySelector(DRAWN_CHART_SVG));
}

/**
 * Printing a deck (one slide per 16:9 page, print rules in globals.css): `drawAll` is true while
 * printing, under print media (as the PDF export emulates) or once `printDeck` was asked, so every
 * slide's chart draws, not only the one shown; `printDeck` prints once they are drawn. A page opened
 * with ?print (a PDF button elsewhere) prints itself.
 */
export function usePrintDeck(): { drawAll: boolean; printDeck: () => void } {
  const printMedia = useSyncExternalStore(
    subscribePrintMedia,
    () => window.matchMedia("print").matches,
    () => false,
  );
  const [printRequested, setPrintRequested] = useState(false);
  const printDeck = useCallback(() => {
    setPrintRequested(true);
    const started = performance.now();
    const wait = () => {
      if (allSlideChartsDrawn() || performance.now() - started > 10_000) void document.fonts.ready.then(() => window.print());
      else requestAnimationFrame(wait);
    };
    requestAnimationFrame(wait);
  }, []);

  useEffect(() => {
    const url = new URL(window.location.href);
    if (!url.searchParams.has("print")) return;
    url.searchParams.delete("print");
    window.history.replaceState(window.history.state, "", url);
    const frame = requestAnimationFrame(printDeck);
    return () => cancelAnimationFrame(frame);
  }, [printDeck]);

  return { drawAll: printMedia || printRequested, printDeck };
}
