/**
 * A slide's geometry, shared by the web deck, its print rules, the PDF export and the PowerPoint:
 * the 16:9 stage in CSS px, its type sizes, and how to tell a drawn chart from its HTML stand-in.
 */

/** The stage every slide is laid out on (CSS px): 16:9, printed as one 13⅓ × 7½ in page. */
export const STAGE = { width: 1280, height: 720 } as const;
/** PowerPoint's 16:9 slide is 13⅓ × 7½ in, so the stage is 96 px per inch. */
export const PX_PER_INCH = 96;

/**
 * Type sizes (pt) at 16:9, the least a projected slide may use, for the web deck (px = pt × 4/3 on
 * the stage) and the PowerPoint alike: titles, body text, and details and chart labels.
 */
export const MIN_PT = { title: 32, body: 18, detail: 16 } as const;
/** The sizes the deck uses (pt): a title of 33 pt is the 44 px heading of the web slide. */
export const TYPE_PT = { title: 33, body: 18, detail: 16.5 } as const;

/** A chart's root element carries data-chart="<id>"; once drawn it holds Recharts' SVG. */
export const DRAWN_CHART_SVG = "svg.recharts-surface";
export const SLIDE_CHARTS = ".deck-slide figure[data-chart]";
export const chartSvgSelector = (chartId: string) => `[data-chart="${chartId}"] ${DRAWN_CHART_SVG}`;
