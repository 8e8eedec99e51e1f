"use client";
import { useCallback, useEffect, useEffectEvent, useRef, useState, useSyncExternalStore } from "react";
import { slideIndex } from "@/lib/deck/deck";

/**
 * The slide number lives in the URL (#3), so a reload or a shared link keeps the place. It is
 * replaced, not pushed: the browser's Back button leaves the deck instead of stepping through it.
 */
const hashListeners = new Set<() => void>();

function subscribeHash(onChange: () => void) {
  hashListeners.add(onChange);
  window.addEventListener("hashchange", onChange);
  return () => {
    hashListeners.delete(onChange);
    window.removeEventListener("hashchange", onChange);
  };
}

function writeHash(index: number) {
  window.history.replaceState(window.history.state, "", `#${index + 1}`);
  hashListeners.forEach((listener) => listener());
}

/** What the two windows of a deck (audience and presenter) tell each other. */
export type DeckMessage = { type: "show"; index: number; blank: boolean } | { type: "hello" };

export type DeckControl = {
  index: number;
  count: number;
  blank: boolean;
  go: (index: number) => void;
  next: () => void;
  prev: () => void;
  setBlank: (blank: boolean) => void;
};

/**
 * Slide position and the blank screen, kept in step across every window showing this report's deck
 * (BroadcastChannel, same origin, no server): either window can drive.
 */
export function useDeck(reportId: string, count: number): DeckControl {
  const index = useSyncExternalStore(
    subscribeHash,
    () => slideIndex(window.location.hash, count),
    () => 0,
  );
  const [blank, setBlankState] = useState(false);
  const channel = useRef<BroadcastChannel | null>(null);
  const state = useRef({ index, blank });
  useEffect(() => {
    state.current = { index, blank };
  }, [index, blank]);

  const post = useCallback((message: DeckMessage) => channel.current?.postMessage(message), []);

  const onMessage = useEffectEvent((message: DeckMessage) => {
    if (message.type === "hello") post({ type: "show", ...state.current });
    else {
      if (message.index !== state.current.index) writeHash(message.index);
      setBlankState(message.blank);
    }
  });

  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const ch = new BroadcastChannel(`huibao-deck:${reportId}`);
    ch.onmessage = (event: MessageEvent<DeckMessage>) => onMessage(event.data);
    channel.current = ch;
    // A window that opens late asks where the others are.
    ch.postMessage({ type: "hello" } satisfies DeckMessage);
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [reportId]);

  const go = useCallback(
    (target: number) => {
      const next = Math.min(Math.max(target, 0), count - 1);
      // Moving always brings the picture back, as in PowerPoint.
      setBlankState(false);
      if (next !== state.current.index) writeHash(next);
      post({ type: "show", index: next, blank: false });
    },
    [count, post],
  );

  const setBlank = useCallback(
    (value: boolean) => {
      setBlankState(value);
      post({ type: "show", index: state.current.index, blank: value });
    },
    [post],
  );

  return {
    index,
    count,
    blank,
    go,
    next: () => go(index + 1),
    prev: () => go(index - 1),
    setBlank,
  };
}

/** Keys a presentation clicker and a keyboard send. Extra keys (F, Esc) are the caller's. */
export function useDeckKeys(deck: DeckControl, extra: Record<string, () => void> = {}) {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    // Typing in a field or working the slide editor is not a clicker key.
    if (target?.closest("input, textarea, select, [contenteditable=true], [role=dialog]")) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const actions: Record<string, () => void> = {
      ArrowRight: deck.next,
      ArrowDown: deck.next,
      PageDown: deck.next,
      " ": event.shiftKey ? deck.prev : deck.next,
      ArrowLeft: deck.prev,
      ArrowUp: deck.prev,
      PageUp: deck.prev,
      Home: () => deck.go(0),
      End: () => deck.go(deck.count - 1),
      b: () => deck.setBlank(!deck.blank),
      ".": () => deck.setBlank(!deck.blank),
      ...extra,
    };
    const action = actions[key];
    if (!action) return;
    // Also stops Space from "clicking" a focused button a second time.
    event.preventDefault();
    action();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);
}

/** Left/right swipe on a touch screen: next/previous slide. */
export function useSwipe(deck: DeckControl) {
  const start = useRef<{ x: number; y: number } | null>(null);
  return {
    onTouchStart: (event: React.TouchEvent) => {
      const t = event.changedTouches[0];
      start.current = { x: t.clientX, y: t.clientY };
    },
    onTouchEnd: (event: React.TouchEvent) => {
      const from = start.current;
      start.current = null;
      if (!from) return;
      const t = event.changedTouches[0];
      const dx = t.clientX - from.x;
      const dy = t.clientY - from.y;
      if (Math.abs(dx) < 50 || Math.abs(dx) < Math.abs(dy)) return;
      if (dx < 0) deck.next();
      else deck.prev();
    },
  };
}
