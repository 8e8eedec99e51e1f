"use client";
import { lazy, Suspense } from "react";
import type { ChartDef } from "@/lib/charts";
import type { ChartFrame } from "./RechartsBars";
import { useMounted } from "./useMounted";

// Recharts (~115 kB gzipped) loads after the page is interactive, in its own chunk: the figures are
// already on screen as HTML (`fallback`), so a slow laptop shows the numbers at once.
const RechartsBars = lazy(() => import("./RechartsBars"));

/**
 * A bar chart that shows `fallback` (the same figures as HTML) until Recharts has loaded and drawn.
 * Without `frame` it fills its container's width (a page); with it, it has a fixed size (a slide).
 */
export function BarChartView({
  chart,
  fallback,
  links,
  frame,
}: {
  chart: ChartDef;
  fallback: React.ReactNode;
  links: Record<string, string>;
  frame?: ChartFrame;
}) {
  const mounted = useMounted();
  if (!mounted) return <>{fallback}</>;
  return (
    <Suspense fallback={fallback}>
      <RechartsBars chart={chart} links={links} frame={frame} />
    </Suspense>
  );
}
