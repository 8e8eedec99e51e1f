import { inline } from "@/lib/report/format";

/** A source quote, shown as the report wrote it (page-breaks from scraping folded away). */
export function Quote({ text, className = "" }: { text: string; className?: string }) {
  return <q className={`text-muted before:content-['「'] after:content-['」'] ${className}`}>{inline(text)}</q>;
}
