"use client";
import { presentedOn } from "@/lib/deck/deck";
import { useMounted } from "../charts/useMounted";

/** Today's date, as the day the deck is presented: known only in the browser, not at build. */
export function PresentedOn() {
  const mounted = useMounted();
  return <span suppressHydrationWarning>{mounted ? presentedOn(new Date()) : "\u00a0"}</span>;
}
