import { describe, expect, it } from "vitest";
import { planRows } from "@/lib/report/derive";
import { seed } from "./helpers";

const { report } = seed;

describe("planRows", () => {
  it("pairs each of the seed's four weaknesses with the plan that answers it", () => {
    expect(planRows(report).map((r) => [r.weakness?.id, r.plans.map((p) => p.plan.id)])).toEqual([
      ["w1", ["p1"]],
      ["w2", ["p2"]],
      ["w3", ["p3"]],
      ["w4", ["p4"]],
    ]);
  });

  it("flags a weakness without a plan and a plan answering none, and anchors a shared plan once", () => {
    const [p1, p2, p3, p4] = report.plans;
    const rows = planRows({ ...report, plans: [{ ...p1, answers: ["w1", "w2"] }, { ...p2, answers: [] }, p3, { ...p4, answers: ["w3"] }] });
    expect(rows.map((r) => [r.weakness?.id, r.plans.map((p) => `${p.plan.id}${p.first ? "" : "(again)"}`)])).toEqual([
      ["w1", ["p1"]],
      ["w2", ["p1(again)"]],
      ["w3", ["p3", "p4"]],
      ["w4", []],
      [undefined, ["p2"]],
    ]);
  });
});
