/** Download names people recognise in their downloads folder: the report's title, then what the file holds. */
export function exportFileName(title: string, what: string, ext?: string): string {
  const safe = title.replace(/[\\/:*?"<>|\s]+/g, "_");
  return ext ? `${safe}-${what}.${ext}` : `${safe}-${what}`;
}

/** The names a report's downloads take, the same from the overview and from the deck. */
export function downloadNames(title: string) {
  return {
    csv: exportFileName(title, "数字", "csv"),
    json: exportFileName(title, "数据", "json"),
    /** a chart's PNG/SVG is `${chartBase}-${chart title}` */
    chartBase: exportFileName(title, "图表"),
  };
}
