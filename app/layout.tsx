import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/Button";
import { ThemeToggle } from "@/components/ui/ThemeToggle";
import { themeScript } from "@/components/ui/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "汇报看板", template: "%s · 汇报看板" },
  description: "把工作情况汇报变成可核对来源的看板与汇报幻灯片",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // suppressHydrationWarning: the theme script may set data-theme before React hydrates
    <html lang="zh-CN" suppressHydrationWarning>
      <head>
        {/* a constant of ours, not report content */}
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen bg-bg font-sans text-ink antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:bg-surface focus:px-3 focus:py-2"
        >
          跳到正文
        </a>
        <header className="border-b border-line bg-surface print-hidden">
          <div className="mx-auto flex max-w-7xl items-center gap-3 px-6 py-3">
            <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-wide">
              <span aria-hidden className="inline-block h-5 w-1.5 rounded-sm bg-accent" />
              汇报看板
            </Link>
            <span className="text-sm text-muted">工作情况汇报 · 数据看板</span>
            <nav aria-label="主要页面" className="ml-auto flex gap-5 text-sm">
              <Link href="/" className="hover:text-accent">
                全部汇报
              </Link>
              <Link href="/compare/" className="hover:text-accent">
                对比汇报
              </Link>
            </nav>
            <ThemeToggle className={buttonClass({ variant: "subtle", className: "ml-3" })} />
          </div>
        </header>
        <main id="main" className="mx-auto max-w-7xl px-6 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
