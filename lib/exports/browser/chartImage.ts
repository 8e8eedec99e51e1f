/**
 * Browser-only: a drawn chart (Recharts' <svg>) as a file that stands alone. The chart's colours
 * and type come from CSS variables, which mean nothing outside the page, so each element's
 * computed paint is written onto it. Around it go the chart's title, unit, notes and source on
 * white, so a picture pasted into a document still says what it shows and where it comes from.
 */
import type { ChartCaption } from "../chartCaption";

const SVG_NS = "http://www.w3.org/2000/svg";
/** Inherited properties only, so a value is written where it changes, not on every element. */
const PAINT = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-opacity",
  "stroke-width",
  "stroke-dasharray",
  "font-family",
  "font-size",
  "font-weight",
] as const;

/** Recharts' <svg> with its computed paint written onto every element, at its drawn size. */
function paintedChart(svg: SVGSVGElement): { chart: SVGSVGElement; width: number; height: number } {
  const width = svg.width.baseVal.value;
  const height = svg.height.baseVal.value;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll<SVGElement>("*")];
  const to = [clone, ...clone.querySelectorAll<SVGElement>("*")];
  // The file is read on white: paint is read in the light theme, whatever the presenter chose
  // (restored before the browser paints again, so nothing flickers).
  const html = document.documentElement;
  const theme = html.dataset.theme;
  delete html.dataset.theme;
  from.forEach((element, i) => {
    const style = getComputedStyle(element);
    const parent = i === 0 ? null : getComputedStyle(element.parentElement!);
    for (const property of PAINT) {
      const value = style.getPropertyValue(property);
      // fill="var(--ink)" means nothing in another program: replace it with the colour it resolved to.
      const variable = to[i].getAttribute(property)?.includes("var(") ?? false;
      if (variable) to[i].removeAttribute(property);
      if (!parent || variable || value !== parent.getPropertyValue(property)) to[i].style.setProperty(property, value);
    }
  });
  if (theme) html.dataset.theme = theme;
  // Recharts' own (empty) <title>/<desc> would hide the file's
  clone.querySelectorAll(":scope > title, :scope > desc").forEach((e) => e.remove());
  // Recharts sizes the <svg> to its box with CSS; a file has its own size.
  clone.style.removeProperty("width");
  clone.style.removeProperty("height");
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  if (!clone.getAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${width} ${height}`);
  return { chart: clone, width, height };
}

/** Splits a line of Chinese into lines of about `perLine` characters (notes are sentences, not labels). */
function lines(text: string, perLine: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += perLine) {
    const line = chars.slice(i, i + perLine).join("");
    // closing marks stay at the end of the line they close, as Chinese typesetting keeps them
    const lead = /^[”」）)，。、；：]+/.exec(line)?.[0] ?? "";
    if (lead && out.length > 0) out[out.length - 1] += lead;
    if (line.length > lead.length) out.push(line.slice(lead.length));
  }
  return out;
}

const PAD = 20;

export function standaloneSvg(svg: SVGSVGElement, caption: ChartCaption): { text: string; width: number; height: number } {
  const { chart, width: chartWidth, height: chartHeight } = paintedChart(svg);
  const width = Math.max(640, chartWidth + 2 * PAD);
  const perLine = Math.floor((width - 2 * PAD) / 13);
  const font = getComputedStyle(document.body).fontFamily;
  const root = document.createElementNS(SVG_NS, "svg");
  root.setAttribute("xmlns", SVG_NS);
  root.setAttribute("role", "img");
  root.setAttribute("font-family", font);
  const title = document.createElementNS(SVG_NS, "title");
  title.textContent = `${caption.title}（${caption.source}）`;
  const desc = document.createElementNS(SVG_NS, "desc");
  desc.textContent = caption.description;
  const background = document.createElementNS(SVG_NS, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", "#ffffff");
  root.append(title, desc, background);
  let y = PAD;
  const text = (content: string, size: number, options: { bold?: boolean; color?: string } = {}) => {
    y += size * 1.25;
    const t = document.createElementNS(SVG_NS, "text");
    t.setAttribute("x", String(PAD));
    t.setAttribute("y", String(y));
    t.setAttribute("font-size", String(size));
    t.setAttribute("fill", options.color ?? "#0f172a");
    if (options.bold) t.setAttribute("font-weight", "700");
    t.textContent = content;
    root.append(t);
    y += size * 0.35;
  };
  text(caption.title, 20, { bold: true });
  lines(caption.subtitle, perLine).forEach((l) => text(l, 13, { color: "#475569" }));
  y += 8;
  chart.setAttribute("x", String(PAD));
  chart.setAttribute("y", String(y));
  root.append(chart);
  y += chartHeight + 8;
  caption.notes.flatMap((n) => lines(n, perLine)).forEach((l) => text(l, 13, { color: "#475569" }));
  text(caption.source, 13, { color: "#475569" });
  const height = Math.ceil(y + PAD);
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(height));
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  return { text: new XMLSerializer().serializeToString(root), width, height };
}

/** The chart as PNG at `scale`× its size on screen (2× stays sharp on a projector). */
export async function svgToPng(svg: { text: string; width: number; height: number }, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.text)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(svg.width * scale);
  canvas.height = Math.round(svg.height * scale);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("浏览器不支持画布，无法生成 PNG");
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, svg.width, svg.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG 生成失败"))), "image/png"));
}
