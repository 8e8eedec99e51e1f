"use client";
import { useCallback, useMemo, useSyncExternalStore } from "react";
import { applyChoices, choicesKey, parseChoices, type DeckChoices } from "@/lib/deck/choices";
import type { Slide } from "@/lib/deck/deck";

const listeners = new Set<() => void>();

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  // Another window (the presenter view) changing them.
  window.addEventListener("storage", onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onChange);
  };
}

export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Writes a deck's choices (none: removes them); false when the browser refuses to store them (private mode, storage full). */
export function writeChoices(reportId: string, next: DeckChoices): boolean {
  const key = choicesKey(reportId);
  try {
    if (Object.keys(next).length === 0) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(next));
  } catch {
    return false;
  }
  listeners.forEach((listener) => listener());
  return true;
}

/**
 * The presenter's choices for this report, kept per browser (localStorage), and the deck they
 * give. Storage that refuses to write (private mode, full) keeps the deck as built.
 */
export function useDeckChoices(reportId: string, built: Slide[]) {
  const key = choicesKey(reportId);
  const raw = useSyncExternalStore(
    subscribe,
    () => readStored(key),
    () => null,
  );
  const choices = useMemo(() => parseChoices(raw), [raw]);
  const slides = useMemo(() => applyChoices(choices, built), [choices, built]);
  const save = useCallback((next: DeckChoices) => writeChoices(reportId, next), [reportId]);
  return { choices, slides, save };
}
