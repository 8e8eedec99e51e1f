import { buildDeck } from "@/lib/deck/deck";
import { pageHref, type ReportHome } from "@/lib/report/links";
import type { Report } from "@/lib/model/schema";
import type { DataFiles } from "../exports/DataDownloads";
import { Deck } from "../deck/Deck";
import { Presenter } from "../deck/Presenter";

// The deck and its presenter window keep in step over a channel named by this key: a local copy of an archive report is another deck.
const deckKey = (home: ReportHome) => (home.store === "local" ? `local-${home.id}` : home.id);

/** 汇报演示: the deck built from the report, with the exports of `files`. */
export function PresentPage({ report, home, files }: { report: Report; home: ReportHome; files: DataFiles }) {
  return (
    <Deck
      reportId={deckKey(home)}
      reportTitle={report.title}
      organization={report.organization.name}
      slides={buildDeck(report)}
      overviewHref={pageHref(home, "overview")}
      files={files}
    />
  );
}

/** The presenter window of the same deck. */
export function PresenterPage({ report, home }: { report: Report; home: ReportHome }) {
  return (
    <Presenter reportId={deckKey(home)} reportTitle={report.title} organization={report.organization.name} slides={buildDeck(report)} />
  );
}
