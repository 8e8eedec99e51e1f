import type { Metadata } from "next";
import { LocalReportPage } from "@/components/library/LocalReportPage";

// One static page for every report of this browser's library: the report is read after loading, by ?id=.
export const metadata: Metadata = { title: "演讲者视图 · 本机汇报" };

export default function LocalPresenter() {
  return <LocalReportPage page="presenter" />;
}
