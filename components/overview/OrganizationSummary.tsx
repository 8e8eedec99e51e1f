import type { Report } from "@/lib/model/schema";
import { SectionHeading } from "../ui/SectionHeading";

/** Who leads (groups by post) and which documents were issued, drawn from the measures that say so. */
export function OrganizationSummary({ report }: { report: Report }) {
  const groups = report.measures.filter((m) => m.group);
  const documents = report.measures.filter((m) => m.document);
  if (groups.length + documents.length === 0) return null;
  return (
    <section aria-labelledby="org_heading" className="mb-10">
      <SectionHeading id="org_heading">组织领导与制度文件</SectionHeading>
      <div className="grid gap-4 lg:grid-cols-2">
        {groups.map(({ id, group }) => (
          <div key={id} className="rounded-lg border border-line bg-surface p-5">
            <h3 className="font-semibold">
              <a href={`#${id}`} className="hover:underline">
                {group!.name}
              </a>
            </h3>
            <dl className="mt-3 grid grid-cols-[4rem_1fr] gap-y-2 text-sm">
              <dt className="text-muted">组长</dt>
              <dd>{group!.leaders.join("、")}</dd>
              <dt className="text-muted">副组长</dt>
              <dd>
                {group!.deputies.join("、")}
                <span className="ml-2 text-muted">（{group!.deputies.length} 人，按职务）</span>
              </dd>
            </dl>
          </div>
        ))}
        {documents.length > 0 ? (
          <div className="rounded-lg border border-line bg-surface p-5">
            <h3 className="font-semibold">文件（{documents.length} 份）</h3>
            <ol className="mt-3 grid gap-2 text-sm">
              {documents.map(({ id, document }) => (
                <li key={id} className="flex gap-2">
                  <span className="shrink-0 rounded bg-bg px-1.5 text-muted">{document!.action}</span>
                  <a href={`#${id}`} className="hover:underline">
                    《{document!.title}》
                  </a>
                </li>
              ))}
            </ol>
          </div>
        ) : null}
      </div>
    </section>
  );
}
