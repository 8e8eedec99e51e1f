"use client";
import { useSyncExternalStore } from "react";
import { THEME_KEY } from "@/components/ui/theme";

/** Follows the attribute (other toggles on the page) and storage (the deck's other window). */
function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  const onStorage = (event: StorageEvent) => {
    if (event.key !== THEME_KEY) return;
    apply(event.newValue === "dark");
  };
  window.addEventListener("storage", onStorage);
  return () => {
    observer.disconnect();
    window.removeEventListener("storage", onStorage);
  };
}

function apply(dark: boolean) {
  if (dark) document.documentElement.dataset.theme = "dark";
  else delete document.documentElement.dataset.theme;
}

const isDark = () => document.documentElement.dataset.theme === "dark";

/** The 大屏 (projector) theme switch: high-contrast dark, remembered in this browser. */
export function ThemeToggle({ className = "" }: { className?: string }) {
  const dark = useSyncExternalStore(subscribe, isDark, () => false);
  const toggle = () => {
    apply(!dark);
    try {
      if (dark) localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, "dark");
    } catch {
      // storage blocked (private mode, policy): the theme still applies to this page
    }
  };
  return (
    <button type="button" aria-pressed={dark} onClick={toggle} title="深色高对比，适合投影与大屏" className={className}>
      大屏模式
    </button>
  );
}
