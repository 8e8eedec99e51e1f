import { buildDeck } from "@/lib/deck/deck";
import { deckKeyOf, pageHref, type ReportHome } from "@/lib/report/links";
import { reviewStatus } from "@/lib/report/derive";
import type { Report } from "@/lib/model/schema";
import type { DataFiles } from "@/lib/exports/dataFiles";
import { Deck } from "../deck/Deck";
import { Presenter } from "../deck/Presenter";

/** 汇报演示: the deck built from the report, with the exports of `files`. */
export function PresentPage({ report, home, files }: { report: Report; home: ReportHome; files: DataFiles }) {
  return (
    <Deck
      reportId={deckKeyOf(home)}
      reportTitle={report.title}
      organization={report.organization.name}
      slides={buildDeck(report)}
      overviewHref={pageHref(home, "overview")}
      files={files}
      unchecked={reviewStatus(report) === "draft"}
    />
  );
}

/** The presenter window of the same deck. */
export function PresenterPage({ report, home }: { report: Report; home: ReportHome }) {
  return (
    <Presenter reportId={deckKeyOf(home)} reportTitle={report.title} organization={report.organization.name} slides={buildDeck(report)} />
  );
}
