/**
 * Browser-only: a drawn chart (Recharts' <svg>) as a file that stands alone. The chart's colours
 * and type come from CSS variables, which mean nothing outside the page, so each element's
 * computed paint is written onto it; a background keeps the chart readable on any viewer.
 */
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

export function standaloneSvg(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const width = svg.width.baseVal.value;
  const height = svg.height.baseVal.value;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll<SVGElement>("*")];
  const to = [clone, ...clone.querySelectorAll<SVGElement>("*")];
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
  // Recharts sizes the <svg> to its box with CSS; a file has its own size.
  clone.style.removeProperty("width");
  clone.style.removeProperty("height");
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  if (!clone.getAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const background = document.createElementNS("http://www.w3.org/2000/svg", "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", getComputedStyle(document.body).backgroundColor);
  clone.insertBefore(background, clone.firstChild);
  return { text: new XMLSerializer().serializeToString(clone), width, height };
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
