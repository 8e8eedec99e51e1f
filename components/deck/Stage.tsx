"use client";
import { useCallback, useState } from "react";
import { STAGE } from "@/lib/deck/stage";

/**
 * A fixed 1280×720 stage scaled to fit its box, so a slide looks the same on a 1024×768 laptop
 * and a 3840×2160 wall: text and charts scale together and nothing overflows. Current browsers
 * scale it in CSS before any script runs (--deck-scale in globals.css); the measured scale covers
 * older ones. Printing ignores the scale.
 */
export function Stage({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  const [scale, setScale] = useState<number | null>(null);
  const measure = useCallback((box: HTMLDivElement | null) => {
    if (!box) return;
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      setScale(Math.min(width / STAGE.width, height / STAGE.height));
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={measure} className={`deck-box relative overflow-hidden ${className}`}>
      <div
        className="deck-stage absolute left-1/2 top-1/2"
        style={{
          width: STAGE.width,
          height: STAGE.height,
          transform: `translate(-50%, -50%) scale(${scale ?? "var(--deck-scale, 1)"})`,
        }}
      >
        {children}
      </div>
    </div>
  );
}
