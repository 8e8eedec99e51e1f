/**
 * Commitments with a cadence, laid out over the months the plans cover. Everything here is derived
 * (本站推算): the report says "每月12号、28号", never "24 times a year". The rules:
 * - the period comes from the report's year and the plans' own words (下半年 of 2020 → 2020-07..12);
 *   an unrecognised wording gives no period rather than a guess;
 * - monthly_days falls on those days of each month; a day a month lacks (31 in September) is skipped
 *   and listed, never moved;
 * - monthly and weekly are shown in each month without inventing a day;
 * - quarterly, half_yearly and yearly are counted where the period holds whole quarters / halves /
 *   years, never placed; daily, like weekly, is due every month without a day;
 * - irregular (不定期) is listed as unscheduled and never counted.
 */
import { groupBy } from "../model/group";
import { typeset } from "../report/format";
import type { Cadence, Report } from "../model/schema";

export type Month = { year: number; month: number };

export type PlanPeriod = { label: string; months: Month[]; wording: string };

// The wordings a plan period is given in, and the months they mean (in the report's year unless noted).
const wordings: { words: string[]; from: number; to: number; nextYear?: boolean }[] = [
  { words: ["上半年"], from: 1, to: 6 },
  { words: ["下半年"], from: 7, to: 12 },
  { words: ["第一季度", "一季度"], from: 1, to: 3 },
  { words: ["第二季度", "二季度"], from: 4, to: 6 },
  { words: ["第三季度", "三季度"], from: 7, to: 9 },
  { words: ["第四季度", "四季度"], from: 10, to: 12 },
  { words: ["明年", "下一年度", "来年"], from: 1, to: 12, nextYear: true },
  { words: ["全年", "今年"], from: 1, to: 12 },
];

export function monthRange(year: number, from: number, to: number): Month[] {
  return Array.from({ length: to - from + 1 }, (_, i) => ({ year, month: from + i }));
}

/** The months the plans cover, or undefined when the report does not let us say. */
export function planPeriod(report: Report): PlanPeriod | undefined {
  const year = report.period.year;
  const wording = report.period.plansFor?.label;
  if (year === undefined || !wording) return undefined;
  const match = wordings.find((w) => w.words.some((word) => wording.includes(word)));
  if (!match) return undefined;
  const y = match.nextYear ? year + 1 : year;
  const label = match.from === match.to ? `${y}年${match.from}月` : `${y}年${match.from}月—${match.to}月`;
  return { label, months: monthRange(y, match.from, match.to), wording };
}

const daysInMonth = (m: Month) => new Date(Date.UTC(m.year, m.month, 0)).getUTCDate();
/** 0 = Monday … 6 = Sunday, for a calendar grid that starts on Monday as Chinese calendars do. */
const firstWeekday = (m: Month) => (new Date(Date.UTC(m.year, m.month - 1, 1)).getUTCDay() + 6) % 7;

export type Occurrences = {
  /** how many times in the months given; null when the cadence does not say (不定期, 每周) */
  count: number | null;
  /** dated occurrences (monthly_days only) */
  dates: (Month & { day: number })[];
  /** days the cadence names that a month lacks: skipped, not moved */
  skipped: (Month & { day: number })[];
};

export function occurrences(cadence: Cadence, months: Month[]): Occurrences {
  const none: Occurrences = { count: null, dates: [], skipped: [] };
  switch (cadence.kind) {
    case "monthly_days": {
      const dates: Occurrences["dates"] = [];
      const skipped: Occurrences["skipped"] = [];
      for (const m of months) {
        for (const day of [...new Set(cadence.days)].sort((a, b) => a - b)) {
          (day <= daysInMonth(m) ? dates : skipped).push({ ...m, day });
        }
      }
      return { count: dates.length, dates, skipped };
    }
    case "monthly":
      return { ...none, count: months.length };
    case "quarterly": {
      const whole = quarters(months).filter((q) => q.length === 3).length;
      return { ...none, count: whole };
    }
    case "half_yearly": {
      const whole = halves(months).filter((h) => h.length === 6).length;
      return { ...none, count: whole > 0 ? whole : null };
    }
    case "yearly": {
      const whole = [...new Set(months.map((m) => m.year))].filter((y) => months.filter((m) => m.year === y).length === 12).length;
      return { ...none, count: whole > 0 ? whole : null };
    }
    default:
      return none;
  }
}

function groupMonths(months: Month[], size: number): Month[][] {
  return [...groupBy(months, (m) => `${m.year}-${Math.ceil(m.month / size)}`).values()];
}
const quarters = (months: Month[]) => groupMonths(months, 3);
const halves = (months: Month[]) => groupMonths(months, 6);

/** Something promised with a cadence: a measure the report says continues, or a plan's commitment. */
export type ScheduleItem = {
  id: string;
  label: string;
  cadence: Cadence;
  owner?: string;
  /** "现行做法" for a measure the report says continues, "计划（一）" for a plan's commitment */
  origin: string;
};

export function scheduleItems(report: Report): ScheduleItem[] {
  const fromMeasures = report.measures.flatMap((m) =>
    m.cadence ? [{ id: m.id, label: m.label, cadence: m.cadence, origin: "现行做法", ...(m.owner ? { owner: m.owner } : {}) }] : [],
  );
  const fromPlans = report.plans.flatMap((p) =>
    p.commitments.flatMap((c) =>
      c.cadence
        ? [{ id: c.id, label: c.text, cadence: c.cadence, origin: `计划${typeset(p.ordinal)}`, ...(c.owner ? { owner: c.owner } : {}) }]
        : [],
    ),
  );
  return [...fromMeasures, ...fromPlans];
}

export type CalendarMonth = Month & {
  days: number;
  firstWeekday: number;
  /** day → the items falling on it */
  dated: { day: number; items: ScheduleItem[] }[];
  /** items due this month with no day stated (每月, 每周) */
  undated: ScheduleItem[];
};

export type CalendarCount = {
  item: ScheduleItem;
  /** in the plan period; null when the cadence gives no count */
  inPeriod: number | null;
  /** over a whole calendar year at this cadence, for comparison */
  perYear: number | null;
  skipped: Occurrences["skipped"];
};

export type Calendar = {
  months: CalendarMonth[];
  /** quarterly or yearly items: counted, never placed on a day */
  periodic: ScheduleItem[];
  /** 不定期: no schedule to show */
  unscheduled: ScheduleItem[];
  counts: CalendarCount[];
};

export function buildCalendar(months: Month[], items: ScheduleItem[]): Calendar {
  // The period's own year, for the "a whole year at this cadence" comparison.
  const wholeYear = months.length > 0 ? monthRange(months[0].year, 1, 12) : [];
  const placed = months.map((m): CalendarMonth => {
    const byDay = new Map<number, ScheduleItem[]>();
    const undated: ScheduleItem[] = [];
    for (const item of items) {
      if (item.cadence.kind === "monthly" || item.cadence.kind === "weekly" || item.cadence.kind === "daily") undated.push(item);
      if (item.cadence.kind !== "monthly_days") continue;
      for (const d of occurrences(item.cadence, [m]).dates) byDay.set(d.day, [...(byDay.get(d.day) ?? []), item]);
    }
    const dated = [...byDay].sort(([a], [b]) => a - b).map(([day, onDay]) => ({ day, items: onDay }));
    return { ...m, days: daysInMonth(m), firstWeekday: firstWeekday(m), dated, undated };
  });
  return {
    months: placed,
    periodic: items.filter((i) => i.cadence.kind === "quarterly" || i.cadence.kind === "half_yearly" || i.cadence.kind === "yearly"),
    unscheduled: items.filter((i) => i.cadence.kind === "irregular"),
    counts: items
      .filter((i) => i.cadence.kind !== "irregular")
      .map((item) => {
        const inPeriod = occurrences(item.cadence, months);
        return { item, inPeriod: inPeriod.count, perYear: occurrences(item.cadence, wholeYear).count, skipped: inPeriod.skipped };
      }),
  };
}
