import { describe, expect, it } from "vitest";
import { buildCalendar, monthRange, occurrences, planPeriod, scheduleItems } from "@/lib/plans/calendar";
import type { Cadence } from "@/lib/model/schema";
import { seed } from "./helpers";

const twiceMonthly: Cadence = { kind: "monthly_days", days: [12, 28], text: "每月12号、28号" };

describe("occurrences", () => {
  it("counts 24 openings in a year of twice-monthly openings", () => {
    const year = occurrences(twiceMonthly, monthRange(2021, 1, 12));
    expect(year.count).toBe(24);
    expect(year.dates.slice(0, 3)).toEqual([
      { year: 2021, month: 1, day: 12 },
      { year: 2021, month: 1, day: 28 },
      { year: 2021, month: 2, day: 12 },
    ]);
  });

  it("skips a day a month lacks instead of moving it", () => {
    const last = occurrences({ kind: "monthly_days", days: [31], text: "每月31号" }, monthRange(2020, 7, 12));
    expect(last.count).toBe(4); // July, August, October, December
    expect(last.skipped.map((d) => d.month)).toEqual([9, 11]);
    const leap = occurrences({ kind: "monthly_days", days: [29], text: "每月29号" }, [{ year: 2021, month: 2 }]);
    expect(leap.count).toBe(0);
  });

  it("counts monthly once a month, whole quarters and years only, and never counts 不定期 or 每周", () => {
    const h2 = monthRange(2020, 7, 12);
    expect(occurrences({ kind: "monthly", text: "每月" }, h2).count).toBe(6);
    expect(occurrences({ kind: "quarterly", text: "每季度" }, h2).count).toBe(2);
    expect(occurrences({ kind: "quarterly", text: "每季度" }, monthRange(2020, 8, 12)).count).toBe(1);
    expect(occurrences({ kind: "yearly", text: "每年" }, h2).count).toBeNull();
    expect(occurrences({ kind: "irregular", text: "不定期" }, h2).count).toBeNull();
    expect(occurrences({ kind: "weekly", text: "每周" }, h2).count).toBeNull();
    expect(occurrences({ kind: "daily", text: "每天" }, h2).count).toBeNull();
    expect(occurrences({ kind: "half_yearly", text: "每半年" }, h2).count).toBe(1);
    expect(occurrences({ kind: "half_yearly", text: "每半年" }, monthRange(2020, 8, 12)).count).toBeNull();
  });
});

describe("the seed's plans as a calendar", () => {
  const period = planPeriod(seed.report)!;
  const calendar = buildCalendar(period.months, scheduleItems(seed.report));

  it("reads 下半年 of 2020 as July to December 2020", () => {
    expect(period.label).toBe("2020年7月—12月");
    expect(period.months.map((m) => `${m.year}-${m.month}`)).toEqual(["2020-7", "2020-8", "2020-9", "2020-10", "2020-11", "2020-12"]);
  });

  it("puts the report-box openings on the 12th and 28th and 每月研判 in each month without a day", () => {
    expect(calendar.months).toHaveLength(6);
    for (const month of calendar.months) {
      expect(month.dated.map(({ day, items }) => ({ day, items: items.map((i) => i.id) }))).toEqual([
        { day: 12, items: ["s3-box-opening"] },
        { day: 28, items: ["s3-box-opening"] },
      ]);
      expect(month.undated.map((i) => i.id)).toEqual(["p1-monthly"]);
    }
    expect(calendar.months[0]).toMatchObject({ days: 31, firstWeekday: 2 }); // 1 July 2020 was a Wednesday
  });

  it("lists 不定期 as unscheduled and counts the rest, the whole year beside the period", () => {
    expect(calendar.unscheduled.map((i) => i.id)).toEqual(["p1-spot-checks", "p2-spot-checks"]);
    expect(calendar.counts.map((c) => [c.item.id, c.inPeriod, c.perYear])).toEqual([
      ["s3-box-opening", 12, 24],
      ["p1-monthly", 6, 12],
    ]);
  });

  it("gives no period when the wording is not one it knows", () => {
    const plansFor = { label: "近期", quote: "下半年" };
    expect(planPeriod({ ...seed.report, period: { ...seed.report.period, plansFor } })).toBeUndefined();
    expect(planPeriod({ ...seed.report, period: { ...seed.report.period, year: undefined } })).toBeUndefined();
  });
});
