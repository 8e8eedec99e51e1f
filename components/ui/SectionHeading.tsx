/** The heading every block of a report page uses: h2 with an id for aria-labelledby. */
export function SectionHeading({ id, children, note }: { id: string; children: React.ReactNode; note?: React.ReactNode }) {
  return (
    <div className="mb-4 flex flex-wrap items-baseline gap-x-4 gap-y-1 border-b border-line pb-2">
      <h2 id={id} className="text-xl font-semibold tracking-wide">
        {children}
      </h2>
      {note ? <p className="text-sm text-muted">{note}</p> : null}
    </div>
  );
}
