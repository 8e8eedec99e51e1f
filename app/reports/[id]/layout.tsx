import { reportMetadata, reportStaticParams } from "@/lib/server/report-route";

// One report's pages: exported once per report in data/reports, any other id is the 404 page.
export const dynamicParams = false;

export const generateStaticParams = reportStaticParams;

export const generateMetadata = reportMetadata;

export default function ReportLayout({ children }: { children: React.ReactNode }) {
  return children;
}
