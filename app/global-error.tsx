"use client";
import { ErrorNotice } from "@/components/ui/ErrorNotice";
import "./globals.css";

/**
 * A failure in the root layout itself (its header, the theme toggle), which app/error.tsx cannot
 * catch: this replaces the whole document, so it brings its own <html>, <body> and styles, in Chinese
 * rather than Next's English default.
 */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-bg font-sans text-ink antialiased">
        <title>出错了 · 汇报看板</title>
        <main className="px-6">
          <ErrorNotice retry={retry} />
        </main>
      </body>
    </html>
  );
}
