/**
 * A slide's geometry, shared by the web deck, its print rules, the PDF export and the PowerPoint:
 * the 16:9 stage in CSS px, how much room a chart gets on it, and how to tell a drawn chart from
 * its HTML stand-in.
 */

/** The stage every slide is laid out on (CSS px): 16:9, printed as one 13⅓ × 7½ in page. */
export const STAGE = { width: 1280, height: 720 } as const;
/** PowerPoint's 16:9 slide is 13⅓ × 7½ in, so the stage is 96 px per inch. */
export const PX_PER_INCH = 96;

/**
 * The height (stage px) of a section slide's chart: 60 px a bar (two-line labels at projector size)
 * plus the axis, within the room the slide leaves it, with the figures row above it or alone.
 */
export const slideChartRoom = (withFigures: boolean) => (withFigures ? 250 : 380);
export const slideChartHeight = (rows: number, withFigures: boolean) => Math.min(slideChartRoom(withFigures), rows * 60 + 44);
/** The bars that fit at full pitch: three under the figures row, five alone. */
export const maxSlideRows = (withFigures: boolean) => Math.floor((slideChartRoom(withFigures) - 44) / 60);

/** A chart's root element carries data-chart="<id>"; once drawn it holds Recharts' SVG. */
export const DRAWN_CHART_SVG = "svg.recharts-surface";
export const SLIDE_CHARTS = ".deck-slide figure[data-chart]";
export const chartSvgSelector = (chartId: string) => `[data-chart="${chartId}"] ${DRAWN_CHART_SVG}`;
