import { chartNotes, type ChartDef } from "@/lib/report/charts";
import { slideChartHeight } from "@/lib/deck/stage";
import type { PlansSlide, SectionSlide, Slide, SlideFigure, SummarySlide, TitleSlide } from "@/lib/deck/deck";
import { BarChartView } from "../charts/BarChartView";
import type { ChartFrame } from "../charts/RechartsBars";
import { traceHrefFrom } from "@/lib/report/links";
import { ChartFallback } from "../charts/ChartFallback";
import { PresentedOn } from "./PresentedOn";

/**
 * One slide on the 1280×720 stage. Type is sized for the back of a meeting room; every figure
 * shows its qualifier, and the footer names the part of the report the slide rests on.
 */
export function SlideView({
  slide,
  index,
  count,
  organization,
  overviewHref,
  drawChart = false,
}: {
  slide: Slide;
  index: number;
  count: number;
  organization: string;
  /** the relative path to the report's overview ("../", "../../"): figures lead from there to their sentence */
  overviewHref: string;
  /** draw the chart now, seen or not (printing); otherwise it draws when the slide is shown */
  drawChart?: boolean;
}) {
  // A figure or bar opens its sentence in the source view, whose way back returns to this slide.
  const toSource: ToSource = (itemId) => traceHrefFrom(overviewHref, { page: "present", at: String(index + 1) }, itemId);
  return (
    <section
      aria-roledescription="幻灯片"
      aria-label={`第 ${index + 1} 张，共 ${count} 张：${slide.title}`}
      data-slide={slide.id}
      className="deck-slide flex h-[720px] w-[1280px] flex-col overflow-hidden bg-bg px-16 pb-5 pt-11 text-ink"
    >
      {/* Content that cannot fit is cut at the footer, never pushes the footer (the source) off the slide. */}
      <div className="flex min-h-0 flex-1 flex-col overflow-hidden">
        {slide.kind === "title" ? <TitleBody slide={slide} /> : null}
        {slide.kind === "section" ? <SectionBody slide={slide} toSource={toSource} drawChart={drawChart} /> : null}
        {slide.kind === "plans" ? <PlansBody slide={slide} /> : null}
        {slide.kind === "summary" ? <SummaryBody slide={slide} toSource={toSource} /> : null}
      </div>
      <footer className="mt-3 flex items-end justify-between gap-6 border-t border-line pt-3 text-base text-muted">
        <span>{slide.footer}</span>
        <span className="shrink-0 tabular-nums">
          {organization} · {index + 1} / {count}
        </span>
      </footer>
    </section>
  );
}

function Heading({ kicker, children }: { kicker?: string; children: string }) {
  return (
    <header className="mb-6 border-l-[6px] border-accent pl-5">
      {kicker ? <p className="text-xl font-semibold text-accent">{kicker}</p> : null}
      {/* A long heading steps down a size, so it keeps to one line and leaves the chart its room. */}
      <h2 className={`font-bold leading-tight tracking-wide ${[...children].length > 28 ? "text-[32px]" : "text-[40px]"}`}>{children}</h2>
    </header>
  );
}

function TitleBody({ slide }: { slide: TitleSlide }) {
  const meta: [string, React.ReactNode][] = [
    ["汇报单位", slide.organization],
    ["汇报期", `${slide.period}${slide.plansFor ? `（计划时段：${slide.plansFor}）` : ""}`],
    ...(slide.requestedBy ? [["汇报依据", slide.requestedBy] as [string, string]] : []),
    ["汇报日期", <PresentedOn key="date" />],
  ];
  return (
    <div className="my-auto border-l-8 border-accent pl-10">
      <p className="text-3xl font-semibold text-accent">{slide.topic}</p>
      <h2 className={`mt-4 font-bold leading-tight tracking-wide text-balance ${titleSize(slide.title)}`}>{slide.title}</h2>
      <dl className="mt-12 grid grid-cols-[7em_1fr] gap-x-4 gap-y-3 text-2xl">
        {meta.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-muted">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** A long title steps down in size so it keeps to about five lines on the stage. */
function titleSize(title: string): string {
  const length = [...title].length;
  return length > 100 ? "text-[36px]" : length > 60 ? "text-[44px]" : "text-[56px]";
}

type ToSource = (itemId: string) => string;

/** One headline figure on a slide, as lib/exports/pptx.ts figureBox draws it in PowerPoint. */
function SlideFigureBox({ figure: f, toSource }: { figure: SlideFigure; toSource: ToSource }) {
  const missing = f.value === null;
  return (
    <div
      className={`relative flex flex-col rounded-lg border-2 bg-surface px-6 py-3 hover:border-accent ${missing ? "border-gap" : "border-line"}`}
    >
      <dt className="line-clamp-2 text-xl leading-snug text-muted">
        {/* The link covers the card: a click anywhere on the figure opens its sentence. */}
        <a href={toSource(f.id)} className="after:absolute after:inset-0 after:content-['']">
          {f.label}
        </a>
      </dt>
      <dd className="mt-1 flex items-baseline gap-2" aria-label={f.sentence}>
        <span className={`font-bold tabular-nums ${missing ? "text-[40px] text-gap" : "text-[52px] leading-tight"}`}>{f.display}</span>
        {missing ? null : <span className="text-2xl">{f.unit}</span>}
      </dd>
      <dd className={`mt-1 text-lg ${missing ? "text-gap" : "text-muted"}`}>{f.caption}</dd>
    </div>
  );
}

/** Space the chart has on a section slide (px on the stage), with or without the figures row. */
function chartFrame(chart: ChartDef, withFigures: boolean): ChartFrame {
  return { width: 684, height: slideChartHeight(chart.rows.length, withFigures), fontSize: 20, barSize: 32 };
}

function SlideChart({
  chart,
  frame,
  toSource,
  sectionId,
  drawChart,
}: {
  chart: ChartDef;
  frame: ChartFrame;
  toSource: ToSource;
  sectionId: string;
  drawChart: boolean;
}) {
  // A figure's bar leads to its sentence; a category bar to the section's text.
  const links = Object.fromEntries(
    chart.rows.map((r) => [r.key, toSource(chart.kind === "figures" && r.measures.length === 1 ? r.measures[0].id : sectionId)]),
  );
  const { drawable, legend } = chartNotes(chart);
  return (
    // data-chart marks a drawn chart: the PDF export waits for it, the image buttons read it.
    <figure data-chart={drawable ? chart.id : undefined} aria-labelledby={`slide-${chart.id}`} className="min-w-0">
      <figcaption>
        <h3 id={`slide-${chart.id}`} className="text-2xl font-semibold">
          {chart.title}
        </h3>
        <p className="mt-1 text-base text-muted">
          {chart.description}
          {legend}
        </p>
      </figcaption>
      <div className="mt-3" style={{ height: frame.height }}>
        {drawable ? (
          <BarChartView
            eager={drawChart}
            chart={chart}
            frame={frame}
            links={links}
            fallback={<ChartFallback chart={chart} links={links} height={frame.height} className="text-xl" />}
          />
        ) : (
          <p className="text-xl text-muted">本图没有可画的数字：这些项目原文未给出数字。</p>
        )}
      </div>
    </figure>
  );
}

function SectionBody({ slide, toSource, drawChart }: { slide: SectionSlide; toSource: ToSource; drawChart: boolean }) {
  const hasFigures = slide.figures.length > 0;
  return (
    <>
      <Heading kicker={`${slide.part} · ${slide.chart.kind === "figures" ? "原文数字" : "工作举措"}`}>{slide.title}</Heading>
      {hasFigures ? (
        <dl className="mb-6 grid grid-cols-3 gap-6">
          {slide.figures.map((f) => (
            <SlideFigureBox key={f.id} figure={f} toSource={toSource} />
          ))}
        </dl>
      ) : (
        <p className="mb-6 text-xl text-muted">本部分原文没有给出数字；左图为本站按类别统计的举措数。</p>
      )}
      <div className="grid grid-cols-[684px_1fr] gap-12">
        <SlideChart
          chart={slide.chart}
          frame={chartFrame(slide.chart, hasFigures)}
          toSource={toSource}
          sectionId={slide.id}
          drawChart={drawChart}
        />
        <div className="min-w-0">
          <h3 className="text-2xl font-semibold">{slide.pointsTitle}</h3>
          <ul className={`mt-3 grid ${slide.points.length > 6 ? "gap-1 text-lg leading-snug" : "gap-2.5 text-xl"}`}>
            {slide.points.map((p) => (
              <li key={p} className="flex gap-3">
                <span aria-hidden className="mt-[0.6em] h-2 w-2 shrink-0 rounded-full bg-accent" />
                <span className="line-clamp-2">{p}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </>
  );
}

function PlansBody({ slide }: { slide: PlansSlide }) {
  return (
    <>
      <Heading kicker={slide.plansFor ? `${slide.plansFor}工作计划` : undefined}>{slide.title}</Heading>
      <div className="grid grid-cols-[400px_1fr] gap-x-8 border-b border-line pb-2 text-lg text-muted">
        <span>存在的不足</span>
        <span>下一步计划与措施</span>
      </div>
      <ol className="grid">
        {slide.pairs.map((pair) => (
          <li key={pair.id} className="grid grid-cols-[400px_1fr] gap-x-8 border-b border-line py-2.5">
            <div>
              {pair.weakness ? (
                <>
                  <p className="text-xl font-semibold">
                    <span className="text-muted">{pair.weakness.ordinal}</span> {pair.weakness.title}
                  </p>
                  {pair.weakness.detail ? <p className="mt-0.5 text-[15px] leading-snug text-muted">{pair.weakness.detail}</p> : null}
                </>
              ) : (
                <p className="text-xl font-semibold text-accent">未对应具体不足</p>
              )}
            </div>
            <div>
              {pair.plans.length === 0 ? <p className="text-xl font-semibold text-accent">没有计划回应这项不足</p> : null}
              {pair.plans.map((plan) => (
                <div key={plan.ordinal}>
                  <p className="text-xl font-semibold">
                    <span className="text-muted">{plan.ordinal}</span>
                    {plan.title}
                  </p>
                  <p className="mt-0.5 text-[15px] leading-snug">
                    {plan.commitments.map((c, i) => (
                      <span key={c.text}>
                        {i > 0 ? "；" : ""}
                        {c.text}
                        {c.owner ? <span className="text-accent">（责任：{c.owner}）</span> : null}
                        {c.cadence ? <span className="text-muted">（{c.cadence}）</span> : null}
                      </span>
                    ))}
                  </p>
                </div>
              ))}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}

function SummaryBody({ slide, toSource }: { slide: SummarySlide; toSource: ToSource }) {
  return (
    <>
      <Heading>{slide.title}</Heading>
      <dl className="grid grid-cols-4 gap-6">
        {slide.stats.map((s) => (
          <div key={s.label} className="rounded-lg border-2 border-line bg-surface px-6 py-4">
            <dt className="text-xl text-muted">{s.label}</dt>
            <dd className="mt-1 flex items-baseline gap-2">
              <span className="text-[52px] font-bold leading-tight tabular-nums">{s.value}</span>
              <span className="text-2xl">{s.unit}</span>
            </dd>
            <dd className="text-base text-muted">{s.note}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-6 grid grid-cols-[1fr_380px] gap-12">
        <div>
          <h3 className="text-2xl font-semibold">重点数字（照原文）</h3>
          <table className="mt-2 w-full text-xl">
            <tbody>
              {slide.figures.map((f) => (
                <tr key={f.id} className="border-b border-line">
                  <th scope="row" className="py-1.5 text-left font-normal">
                    <a href={toSource(f.id)} className="hover:underline">
                      {f.label}
                    </a>
                  </th>
                  <td
                    className={`whitespace-nowrap py-1.5 pr-6 text-right font-bold tabular-nums ${f.value === null ? "text-gap" : ""}`}
                    aria-label={f.sentence}
                  >
                    {f.value === null ? "原文缺失" : `${f.display} ${f.unit}`}
                  </td>
                  <td className="min-w-[5em] py-1.5 text-base text-muted">{f.caption}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <h3 className="text-2xl font-semibold text-gap">原文留空 {slide.gaps.length} 处</h3>
          <ul className="mt-3 grid gap-2 text-xl">
            {slide.gaps.map((g) => (
              <li key={g} className="flex gap-3">
                <span aria-hidden className="mt-[0.6em] h-2 w-2 shrink-0 rounded-full bg-gap" />
                <span>{g}</span>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-base text-muted">本站不作猜测，空白照原文保留。</p>
        </div>
      </div>
    </>
  );
}
