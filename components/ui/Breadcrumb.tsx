import Link from "next/link";

/** Where a page sits under the list of all reports: 全部汇报 / <here>. Not printed. */
export function Breadcrumb({ here }: { here: string }) {
  return (
    <nav aria-label="位置" className="mb-3 text-sm text-muted print-hidden">
      <Link href="/" className="underline-offset-4 hover:underline">
        全部汇报
      </Link>
      <span aria-hidden className="mx-2">
        /
      </span>
      <span>{here}</span>
    </nav>
  );
}
