/** Download names people recognise in their downloads folder: the report's title, then what the file holds. */
export function exportFileName(title: string, what: string, ext?: string): string {
  const safe = title.replace(/[\\/:*?"<>|\s]+/g, "_");
  return ext ? `${safe}-${what}.${ext}` : `${safe}-${what}`;
}
