"use client";
import { ErrorNotice } from "@/components/ui/ErrorNotice";

/** Any page that fails in the browser, inside the site's layout. `retry` re-fetches and re-renders the page. */
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return <ErrorNotice retry={retry} />;
}
