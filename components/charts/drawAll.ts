"use client";
import { useSyncExternalStore } from "react";

/**
 * One page-wide switch that draws every lazy chart at once: set by a PDF action before it prints,
 * and by the browser's own printing (beforeprint, print media), so Ctrl+P and the PDF action draw
 * the same charts. Once on, it stays on: a drawn chart is never swapped back for its stand-in.
 */
let on = false;
const listeners = new Set<() => void>();

export function drawAllCharts() {
  if (on) return;
  on = true;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const media = window.matchMedia("print");
  const onMedia = (event: MediaQueryListEvent) => event.matches && drawAllCharts();
  window.addEventListener("beforeprint", drawAllCharts);
  media.addEventListener("change", onMedia);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("beforeprint", drawAllCharts);
    media.removeEventListener("change", onMedia);
  };
}

export function useDrawAll(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => on || window.matchMedia("print").matches,
    () => false,
  );
}

/** The box a lazy chart draws into; drawn once it holds Recharts' SVG. */
export const CHART_BOX = "[data-chart-box]";

export function allChartsDrawn(root: ParentNode = document): boolean {
  return [...root.querySelectorAll(CHART_BOX)].every((box) => box.querySelector("svg.recharts-surface"));
}
