import Link from "next/link";
import { Button, buttonClass } from "./Button";

/**
 * What a reader sees when a page fails in the browser: a Chinese explanation, a retry and a way
 * home, never a raw stack. Shared by app/error.tsx and app/global-error.tsx (which must render it
 * without the site's layout).
 */
export function ErrorNotice({ retry }: { retry: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-medium text-accent">出错了</p>
      <h1 className="mt-2 text-3xl font-bold">页面没能正常显示</h1>
      <p className="mt-4 text-muted">可以重试一次；如果仍然出错，请返回全部汇报，或把地址发给维护人员。</p>
      <div className="mt-8 flex justify-center gap-3">
        <Button size="lg" onClick={retry}>
          重试
        </Button>
        <Link href="/" className={buttonClass({ size: "lg" })}>
          返回全部汇报
        </Link>
      </div>
    </div>
  );
}
