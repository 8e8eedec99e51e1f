"use client";
import { useState } from "react";
import { allChartsDrawn, drawAllCharts } from "../charts/drawAll";
import { Button, type ButtonStyle } from "../ui/Button";

/**
 * Prints this page (A4, the page's own print rules) once every chart on it is drawn: charts below
 * the first screen draw only when scrolled to, and the print dialog would otherwise catch their
 * HTML stand-ins. Gives up waiting after 10 s and prints what is there (the stand-ins print whole).
 */
export function PrintButton({ title, children, ...style }: ButtonStyle & { title: string; children: React.ReactNode }) {
  const [busy, setBusy] = useState(false);
  const run = () => {
    setBusy(true);
    drawAllCharts();
    const started = performance.now();
    const wait = () => {
      if (!allChartsDrawn() && performance.now() - started < 10_000) return void requestAnimationFrame(wait);
      void document.fonts.ready.then(() => {
        setBusy(false);
        window.print();
      });
    };
    requestAnimationFrame(wait);
  };
  return (
    <Button {...style} onClick={run} disabled={busy} title={title}>
      {busy ? "正在准备打印…" : children}
    </Button>
  );
}
