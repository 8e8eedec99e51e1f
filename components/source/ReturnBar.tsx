"use client";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { backHref, backLabel, parsePlace } from "@/lib/report/links";
import { buttonClass } from "../ui/Button";

const subscribe = (onChange: () => void) => {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
};

/**
 * The way back from a sentence to where the reader came from (?from=), always in view. Arriving at
 * a sentence puts keyboard focus here, so Enter returns at once. When the previous page is that very
 * place, it goes back in history, which restores the reader's scroll position; otherwise (opened from
 * a bookmark, or after moving around this page) it follows the link. Without ?from= it leads to the overview.
 */
export function ReturnBar({ names }: { names: Record<string, string> }) {
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => "",
  );
  const place = parsePlace(new URLSearchParams(search).get("from"));
  const href = backHref(place ?? { page: "overview" });
  const link = useRef<HTMLAnchorElement>(null);
  const moved = useRef(false);

  const arrived = place !== undefined;
  useEffect(() => {
    if (arrived && window.location.hash.startsWith("#q-")) link.current?.focus({ preventScroll: true });
    const onHash = () => (moved.current = true);
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, [arrived]);

  const onClick = (event: React.MouseEvent<HTMLAnchorElement>) => {
    if (!place || moved.current || !document.referrer || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const previous = new URL(document.referrer);
    const target = new URL(href, window.location.href);
    if (previous.origin === target.origin && previous.pathname === target.pathname && previous.search === target.search) {
      event.preventDefault();
      window.history.back();
    }
  };

  return (
    <div className="sticky top-0 z-10 -mx-2 mb-6 flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-line bg-bg/95 px-2 py-2 backdrop-blur print-hidden">
      <a ref={link} href={href} onClick={onClick} className={buttonClass()}>
        <span aria-hidden>←</span>
        {backLabel(place, names)}
      </a>
      {place ? <span className="text-sm text-muted">高亮处即所选内容在原文中的句子</span> : null}
    </div>
  );
}
