"use client";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { ChartDef } from "@/lib/report/charts";
import type { ChartFrame } from "./RechartsBars";
import { useMounted } from "./useMounted";
import { useDrawAll } from "./drawAll";

// Recharts (~115 kB gzipped) is its own chunk, fetched when a chart first comes near the screen: the
// figures are already there as HTML bars (`fallback`), so a slow laptop shows the numbers at once and
// does not parse a chart library for charts below the fold.
const RechartsBars = lazy(() => import("./RechartsBars"));

/** True once the element is within a screen's reach. */
function useNearViewport(ref: React.RefObject<HTMLElement | null>, watch: boolean): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!watch || near || !element) return;
    const show = () => setNear(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), { rootMargin: "50% 0px" });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, watch, near]);
  return near;
}

/**
 * A bar chart that shows `fallback` (the same figures as HTML) until Recharts has loaded and drawn.
 * Without `frame` it fills its container's width (a page); with it, it has a fixed size (a slide).
 * `eager` draws without waiting to be seen (slides, which are printed whether shown or not); printing
 * (or a PDF action) draws every chart (drawAll).
 */
export function BarChartView({
  chart,
  fallback,
  links,
  frame,
  eager = false,
}: {
  chart: ChartDef;
  fallback: React.ReactNode;
  links: Record<string, string>;
  frame?: ChartFrame;
  eager?: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  // The server and the first client render both show the HTML fallback, so hydration matches.
  const mounted = useMounted();
  const all = useDrawAll();
  const near = useNearViewport(box, !eager && !all);
  return (
    <div ref={box} data-chart-box>
      {mounted && (eager || near || all) ? (
        <Suspense fallback={fallback}>
          <RechartsBars chart={chart} links={links} frame={frame} />
        </Suspense>
      ) : (
        fallback
      )}
    </div>
  );
}
