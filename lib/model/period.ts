/**
 * A report's period as a span of months, so follow-ups can be held to "a later period" and the
 * stated year to its label. Read from the label as the source writes it: 2020年, 2021年上半年,
 * 2022年第三季度, 二〇二〇年.
 */
import type { Report } from "./schema";

const CN_DIGITS: Record<string, string> = {
  〇: "0",
  零: "0",
  一: "1",
  二: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};

/** The year a period label names (2020年, 二〇二〇年), or undefined. */
export function yearInLabel(label: string): number | undefined {
  const arabic = /(19|20)\d\d/.exec(label);
  if (arabic) return Number(arabic[0]);
  const chinese = /[〇零一二三四五六七八九]{4}(?=年)/.exec(label);
  return chinese ? Number([...chinese[0]].map((c) => CN_DIGITS[c]).join("")) : undefined;
}

const QUARTERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/** Months since year 0 that the period covers, [from, to]; undefined without a year. */
export function periodSpan(period: Report["period"]): [number, number] | undefined {
  const year = period.year ?? yearInLabel(period.label);
  if (year === undefined) return undefined;
  const base = year * 12;
  const label = period.label;
  if (/上半年/.test(label)) return [base + 1, base + 6];
  if (/下半年/.test(label)) return [base + 7, base + 12];
  const quarter = /第?([一二三四1-4])季度/.exec(label);
  if (quarter) {
    const q = QUARTERS[quarter[1]];
    return [base + q * 3 - 2, base + q * 3];
  }
  return [base + 1, base + 12];
}

/** a's period comes after b's: it starts later, or starts together and ends later. */
export function isLaterPeriod(a: Report["period"], b: Report["period"]): boolean | undefined {
  const sa = periodSpan(a);
  const sb = periodSpan(b);
  if (!sa || !sb) return undefined;
  return sa[0] > sb[0] || (sa[0] === sb[0] && sa[1] > sb[1]);
}
