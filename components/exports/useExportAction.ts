"use client";
import { useState } from "react";

/** An export made on click: busy while it runs, its error kept to show beside the button. */
export function useExportAction(make: () => Promise<void>) {
  const [state, setState] = useState<"idle" | "busy" | { error: string }>("idle");
  const run = async () => {
    setState("busy");
    try {
      await make();
      setState("idle");
    } catch (error) {
      setState({ error: error instanceof Error ? error.message : String(error) });
    }
  };
  return { busy: state === "busy", error: typeof state === "object" ? state.error : undefined, run };
}
