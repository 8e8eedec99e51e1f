import { wrapLabel } from "@/lib/report/format";
import type {
  AgendaSlide,
  ChartSlide,
  ClosingSlide,
  PlansSlide,
  Run,
  SectionSlide,
  Slide,
  SummarySlide,
  TitleSlide,
} from "@/lib/deck/deck";
import { BLANK } from "@/lib/deck/voice";
import { traceHrefFrom } from "@/lib/report/links";
import { BarChartView } from "../charts/BarChartView";
import { ChartFallback } from "../charts/ChartFallback";

/**
 * One slide on the 1280×720 stage (96 px an inch, so 1 pt is 4/3 px): titles 44 px (33 pt), body
 * 24 px (18 pt), details 22 px (16.5 pt), as the PowerPoint export. It shows the report's own words;
 * readings and sources are in the notes (presenter view, PowerPoint notes).
 */
export function SlideView({
  slide,
  index,
  count,
  organization,
  overviewHref,
  drawChart = false,
  linkFor,
}: {
  slide: Slide;
  index: number;
  count: number;
  organization: string;
  /** the relative path to the report's overview ("../", "../../"): figures lead from there to their sentence */
  overviewHref: string;
  /** draw the chart now, seen or not (printing); otherwise it draws when the slide is shown */
  drawChart?: boolean;
  /** where a figure or a chart row leads, for a deck that is not one report's (the county summary's) */
  linkFor?: ToSource;
}) {
  // A figure opens its sentence in the source view, whose way back returns to this slide.
  const toSource: ToSource = linkFor ?? ((itemId) => traceHrefFrom(overviewHref, { page: "present", at: String(index + 1) }, itemId));
  const plain = slide.kind === "title" || slide.kind === "closing";
  return (
    <section
      aria-roledescription="幻灯片"
      aria-label={`第 ${index + 1} 张，共 ${count} 张：${slide.title}`}
      data-slide={slide.id}
      className="deck-slide flex h-[720px] w-[1280px] flex-col overflow-hidden bg-bg px-16 pb-5 pt-11 text-ink"
    >
      {/* Content that cannot fit is cut at the footer, never pushes the page number off the slide. */}
      <div className="flex min-h-0 flex-1 flex-col overflow-hidden">
        {slide.kind === "title" ? <TitleBody slide={slide} /> : null}
        {slide.kind === "agenda" ? <AgendaBody slide={slide} /> : null}
        {slide.kind === "section" ? <SectionBody slide={slide} /> : null}
        {slide.kind === "summary" ? <SummaryBody slide={slide} toSource={toSource} /> : null}
        {slide.kind === "chart" ? <ChartBody slide={slide} toSource={toSource} drawChart={drawChart} /> : null}
        {slide.kind === "plans" ? <PlansBody slide={slide} /> : null}
        {slide.kind === "closing" ? <ClosingBody slide={slide} /> : null}
      </div>
      <footer
        data-slide-footer
        className={`mt-3 flex items-end justify-end gap-6 pt-3 text-[22px] text-muted ${plain ? "" : "border-t border-line"}`}
      >
        <span className="tabular-nums">
          {organization} · {index + 1} / {count}
        </span>
      </footer>
    </section>
  );
}

function Heading({ kicker, children }: { kicker?: string; children: string }) {
  return (
    <header className="mb-7 border-l-[6px] border-accent pl-5">
      {kicker ? <p className="text-[24px] font-semibold text-accent">{kicker}</p> : null}
      <h2 className="text-[44px] font-bold leading-tight tracking-wide">{children}</h2>
    </header>
  );
}

/** Body runs: a figure as the source writes it in the red accent, a blank in neutral grey. */
function Runs({ runs }: { runs: Run[] }) {
  return runs.map((run, i) =>
    run.mark === "figure" ? (
      <strong key={i} className="font-bold text-accent">
        {run.text}
      </strong>
    ) : run.mark === "blank" ? (
      <span key={i} className="text-muted" aria-label="（原文空白）">
        {run.text}
      </span>
    ) : (
      <span key={i}>{run.text}</span>
    ),
  );
}

function TitleBody({ slide }: { slide: TitleSlide }) {
  const meta: [string, string, boolean][] = [
    ["汇报单位", slide.organization, false],
    ["汇报人", slide.reporter ?? BLANK, !slide.reporter],
    ["汇报期间", slide.period, false],
    ...(slide.requestedBy ? [["汇报依据", slide.requestedBy, false] as [string, string, boolean]] : []),
  ];
  return (
    <div className="my-auto border-l-8 border-accent pl-10">
      <h2 className={`font-bold leading-tight tracking-wide text-balance ${titleSize(slide.title)}`}>{slide.title}</h2>
      <dl className={`mt-12 grid grid-cols-[6em_1fr] gap-x-4 gap-y-3 text-[26px]`}>
        {meta.map(([term, value, blank]) => (
          <div key={term} className="contents">
            <dt className="text-muted">{term}</dt>
            <dd className={blank ? "text-muted" : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** A long title steps down in size (never below the 44 px of a heading) so it keeps to about four lines. */
function titleSize(title: string): string {
  const length = [...title].length;
  return length > 60 ? "text-[44px]" : "text-[56px]";
}

function AgendaBody({ slide }: { slide: AgendaSlide }) {
  return (
    <>
      <Heading>{slide.title}</Heading>
      <ol className="my-auto grid gap-5 pl-6 text-[30px]">
        {slide.items.map((item) => (
          <li key={item} className="border-b border-line pb-3">
            {item}
          </li>
        ))}
      </ol>
    </>
  );
}

function SectionBody({ slide }: { slide: SectionSlide }) {
  return (
    <>
      <Heading kicker={slide.part}>{slide.title}</Heading>
      <ul className="grid content-start gap-5 text-[24px] leading-snug">
        {slide.rows.map((row, i) => (
          <li key={i} className="flex gap-4">
            <span aria-hidden className="mt-[0.55em] h-2.5 w-2.5 shrink-0 rounded-full bg-accent" />
            <div>
              {row.lead ? <p className="font-semibold">{row.lead}</p> : null}
              <p className={row.lead ? "mt-1" : undefined}>
                {row.lines.map((line, j) => (
                  <span key={line.measureIds.join()}>
                    {j > 0 ? "；" : ""}
                    <Runs runs={line.runs} />
                  </span>
                ))}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The link of a figure (by its id) or of a chart row (by its measure's id and the row's key). */
export type ToSource = (itemId: string, rowKey?: string) => string;

function SummaryBody({ slide, toSource }: { slide: SummarySlide; toSource: ToSource }) {
  const cols = slide.figures.length > 4 ? "grid-cols-3" : slide.figures.length > 1 ? "grid-cols-2" : "grid-cols-1";
  return (
    <>
      <Heading>{slide.title}</Heading>
      <dl className={`my-auto grid gap-6 ${cols}`}>
        {slide.figures.map((f) => (
          <div key={f.id} className="relative rounded-lg border border-line bg-surface px-6 py-4 hover:border-accent">
            <dt className="line-clamp-2 text-[22px] leading-snug text-muted">
              {/* The link covers the card: a click anywhere on the figure opens its sentence. */}
              <a href={toSource(f.id)} className="after:absolute after:inset-0 after:content-['']">
                {f.label}
              </a>
            </dt>
            <dd
              className={`mt-1 text-[52px] font-bold leading-tight tabular-nums ${f.value === null ? "text-muted" : "text-accent"}`}
              aria-label={f.sentence}
            >
              {f.text}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function ChartBody({ slide, toSource, drawChart }: { slide: ChartSlide; toSource: ToSource; drawChart: boolean }) {
  const { chart } = slide;
  // 48 px a bar, more where a label wraps (28 px a line at 22 px), within the 480 px the slide leaves.
  const rowHeight = (label: string) => Math.max(48, wrapLabel(label, 12).length * 28 + 8);
  const height = Math.min(480, chart.rows.reduce((sum, r) => sum + rowHeight(r.label), 0) + 44);
  const frame = { width: 1000, height, fontSize: 24, barSize: 34 };
  const links = Object.fromEntries(chart.rows.map((r) => [r.key, toSource(r.measures[0]?.id ?? "", r.key)]));
  return (
    <>
      <Heading>{slide.title}</Heading>
      {/* data-chart marks a drawn chart: the PDF export waits for it, the image buttons read it. */}
      <figure data-chart={chart.id} aria-label={`${chart.title}（单位：${chart.unit}）`} className="mx-auto">
        <figcaption className="text-[22px] text-muted">单位：{chart.unit}</figcaption>
        <div className="mt-3" style={{ height }}>
          <BarChartView
            eager={drawChart}
            chart={chart}
            frame={frame}
            links={links}
            fallback={<ChartFallback chart={chart} links={links} height={height} className="text-[22px]" />}
          />
        </div>
      </figure>
    </>
  );
}

function PlansBody({ slide }: { slide: PlansSlide }) {
  const grid = "grid grid-cols-[320px_1fr_140px_210px] gap-x-6";
  return (
    <>
      <Heading kicker={slide.subtitle}>{slide.title}</Heading>
      <div className={`${grid} border-b-2 border-accent pb-2 text-[22px] text-muted`}>
        <span>存在问题</span>
        <span>下步打算</span>
        <span>责任</span>
        <span>频次</span>
      </div>
      <ol className="grid text-[24px] leading-snug">
        {slide.rows.map((row) => (
          <li key={row.id} className={`${grid} border-b border-line py-4`}>
            <p className={row.problem ? "font-semibold" : "text-muted"}>{row.problem ?? "（原文未对应具体问题）"}</p>
            <p className={row.measure ? undefined : "text-muted"}>{row.measure ?? "（原文没有对应的打算）"}</p>
            <p>{row.owners || "—"}</p>
            <p>{row.cadences || "—"}</p>
          </li>
        ))}
      </ol>
    </>
  );
}

function ClosingBody({ slide }: { slide: ClosingSlide }) {
  return (
    <div className="my-auto text-center">
      <h2 className="text-[72px] font-bold tracking-widest">{slide.title}</h2>
      <div aria-hidden className="mx-auto mt-8 h-1.5 w-40 bg-accent" />
      <p className="mt-8 text-[30px] text-muted">{slide.organization}</p>
    </div>
  );
}
