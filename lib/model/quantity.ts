/**
 * What a figure's qualifier says about the true number, written once: 80余 is at least 80, 近5000 is
 * about 5000, a range is a range, a blank is unknown. Totals, comparisons and charts all read it here.
 */
import type { Quantity } from "./schema";

/** The part of a quantity that says how large the number is. */
export type Amount = Pick<Quantity, "value" | "max" | "qualifier">;

/** What a figure says about the true number: lo ≤ n ≤ hi (hi may be Infinity); null for a blank. */
export type Bounds = { lo: number; hi: number; approx: boolean };

export function bounds(a: Amount): Bounds | null {
  if (a.value === null) return null;
  switch (a.qualifier) {
    case "at_least":
      return { lo: a.value, hi: Infinity, approx: false };
    case "at_most":
      return { lo: 0, hi: a.value, approx: false };
    case "range":
      return { lo: a.value, hi: a.max ?? a.value, approx: false };
    case "approx":
      return { lo: a.value, hi: a.value, approx: true };
    default:
      return { lo: a.value, hi: a.value, approx: false };
  }
}
