import type { FigureNote, GapNote } from "@/lib/source/notes";
import type { SourceMarkKind, Paragraph, SourceSegment } from "@/lib/source/segments";
import { sourceAnchor } from "@/lib/report/links";
import { Badge, QualifierBadge } from "../ui/Badge";

type Notes = { figureNotes: Record<string, FigureNote>; gapNotes: Record<string, GapNote> };

// Figures stand out; other quoted items are findable but quiet; every anchor lights up when targeted.
export const markClass: Record<Exclude<SourceMarkKind, "number">, string> = {
  figure: "rounded-sm bg-accent-soft px-0.5 text-ink shadow-[inset_0_-2px_0_var(--accent)]",
  measure: "underline decoration-muted/50 decoration-dotted underline-offset-[6px]",
  gap: "underline decoration-gap decoration-dashed underline-offset-[6px]",
  weakness: "",
  plan: "",
  commitment: "",
  followUp: "",
};
const targeted = "scroll-mt-32 target:rounded-sm target:bg-accent-soft target:outline-2 target:outline-offset-2 target:outline-accent";

function Segments({ segments, notes }: { segments: SourceSegment[]; notes: Notes }) {
  return segments.map((s, i) => {
    if (s.type === "text") return s.text;
    if (s.type === "blank") {
      return (
        <Badge key={i} tone="gap" className="mx-0.5 indent-0">
          {s.label}
        </Badge>
      );
    }
    const children = <Segments segments={s.children} notes={notes} />;
    if (s.kind === "number")
      return (
        <strong key={i} className="font-semibold tabular-nums">
          {children}
        </strong>
      );
    const figure = s.kind === "figure" ? notes.figureNotes[s.id] : undefined;
    const Tag = s.kind === "figure" ? "mark" : "span";
    return (
      <span key={i}>
        <Tag
          id={s.first ? sourceAnchor(s.id) : undefined}
          tabIndex={s.first ? -1 : undefined}
          data-kind={s.kind}
          data-mark={s.id}
          data-continued={s.first ? undefined : ""}
          title={
            figure
              ? `${figure.label}：${figure.display}${figure.unit ?? ""}${figure.qualifier === "missing" ? "" : `（${figure.tag}）`}`
              : undefined
          }
          className={`${markClass[s.kind]} ${targeted}`}
        >
          {children}
        </Tag>
        {figure && s.last ? (
          <span className="ml-1 indent-0" data-tag-for={s.id}>
            <QualifierBadge qualifier={figure.qualifier} label={figure.tag} />
          </span>
        ) : null}
      </span>
    );
  });
}

function FigureNoteItem({ note }: { note: FigureNote }) {
  return (
    <li className="rounded-md border border-line bg-surface px-3 py-2">
      <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <a href={`#${sourceAnchor(note.id)}`} className="font-medium hover:underline">
          {note.label}
        </a>
        <span className={`text-lg font-semibold tabular-nums ${note.unit ? "" : "text-gap"}`}>
          {note.display}
          {note.unit ? <span className="ml-0.5 text-sm font-normal">{note.unit}</span> : null}
        </span>
        {note.qualifier === "missing" ? null : <QualifierBadge qualifier={note.qualifier} label={note.tag} />}
        {note.cumulative ? <Badge tone="muted">累计</Badge> : null}
      </p>
      {note.note ? <p className="mt-0.5 text-xs text-muted">说明：{note.note}</p> : null}
      {note.uses.length > 0 ? (
        <div className="mt-1.5 flex gap-1.5 text-xs leading-relaxed">
          <span className="shrink-0 text-muted">用于</span>
          <ul className="flex flex-wrap gap-x-2" aria-label={`使用“${note.label}”的地方`}>
            {note.uses.map((use) => (
              <li key={use.href + use.text}>
                <a href={use.href} className="underline decoration-line underline-offset-4 hover:text-accent hover:decoration-accent">
                  {use.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="mt-1.5 text-xs text-muted">暂无图表或幻灯片使用这个数字</p>
      )}
    </li>
  );
}

/** The report as written, paragraph by paragraph, with the notes on its figures and blanks beside each. */
export function SourceText({ paragraphs, notes }: { paragraphs: Paragraph[]; notes: Notes }) {
  return (
    <div className="grid gap-y-5">
      {paragraphs.map((p) => {
        const body = <Segments segments={p.segments} notes={notes} />;
        const hasNotes = p.figureIds.length + p.gapIds.length > 0;
        return (
          <div key={p.index} className="grid gap-x-8 gap-y-3 lg:grid-cols-[minmax(0,46rem)_minmax(16rem,1fr)]">
            {p.role === "title" ? (
              <p className="text-center text-2xl font-semibold leading-relaxed tracking-wide">{body}</p>
            ) : p.role === "heading" ? (
              <h2 id={p.section ? sourceAnchor(p.section) : undefined} className="scroll-mt-32 pt-2 text-xl font-semibold leading-relaxed">
                {body}
              </h2>
            ) : (
              <p className="indent-[2em] text-lg leading-loose">
                {body}
                {p.breaksMidSentence ? (
                  <Badge tone="dashed" className="ml-1 indent-0">
                    原文在此分页断行，下段接续
                  </Badge>
                ) : null}
              </p>
            )}
            {hasNotes ? (
              <aside aria-label={`第 ${p.index + 1} 段的数字与缺失`} className="text-sm">
                <ul className="grid gap-2">
                  {p.figureIds.map((id) => (
                    <FigureNoteItem key={id} note={notes.figureNotes[id]} />
                  ))}
                  {p.gapIds.map((id) => (
                    <li key={id} className="rounded-md border border-gap bg-gap-soft px-3 py-2">
                      <a href={`#${sourceAnchor(id)}`} className="font-medium text-gap hover:underline">
                        {notes.gapNotes[id].label}
                      </a>
                      <span className="ml-2">{notes.gapNotes[id].what}</span>
                    </li>
                  ))}
                </ul>
              </aside>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
