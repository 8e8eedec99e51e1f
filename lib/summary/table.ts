/**
 * The compact figures table of an archive: per report only what the summary reads (its accepted
 * indicator figures and its commitments with their latest state). The build writes it once as
 * JSON, so a summary of a thousand towns reads one small table rather than every report.json.
 */
import { commitmentsOf, figures } from "../report/derive";
import { acceptedMetric } from "../model/metric";
import { commitmentState, followUpsOf } from "../plans/followups";
import type { Quantity, Report, Status } from "../model/schema";

export type TownFigure = { key: string; counts: string; label: string; measure: string; quantity: Quantity };
export type TownCommitment = { id: string; text: string; state: Status["state"]; basis: "followUp" | "own" | "plan"; by?: string };
export type TownRow = {
  id: string;
  organization: string;
  period: string;
  year: number | null;
  figures: TownFigure[];
  commitments: TownCommitment[];
};

/** One row per report; `archive` is every report (a follow-up may come from a report outside the group). */
export function townRows(reports: readonly Report[], archive: readonly Report[] = reports): TownRow[] {
  return reports.map((report) => {
    const refs = followUpsOf(report.id, [...archive]);
    return {
      id: report.id,
      organization: report.organization.name,
      period: report.period.label,
      year: report.period.year ?? null,
      figures: figures(report).flatMap((f) => {
        const metric = acceptedMetric(f);
        return metric ? [{ key: metric.key, counts: metric.counts, label: f.label, measure: f.id, quantity: f.quantity }] : [];
      }),
      commitments: commitmentsOf(report).map((c) => {
        const s = commitmentState(c, refs[c.id]);
        return { id: c.id, text: c.text, state: s.state, basis: s.basis, ...(s.by ? { by: s.by.title } : {}) };
      }),
    };
  });
}
