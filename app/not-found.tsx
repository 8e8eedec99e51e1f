import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/Button";

export const metadata: Metadata = { title: "找不到这个页面" };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-medium text-accent">404</p>
      <h1 className="mt-2 text-3xl font-bold">找不到这个页面</h1>
      <p className="mt-4 text-muted">地址中的汇报或页面不存在，可能已被移除或链接有误。</p>
      <Link href="/" className={buttonClass({ size: "lg", className: "mt-8" })}>
        返回全部汇报
      </Link>
    </div>
  );
}
