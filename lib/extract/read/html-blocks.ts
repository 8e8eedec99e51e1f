/**
 * mammoth's HTML (a small, regular dialect: h1–h6, p, ol/ul/li, table/tr/td/th, inline b/i/a/…)
 * to lines of text. Paragraphs and headings become one line each, list items keep a number when
 * Word numbered them, and a table becomes one line per row in which every cell carries its row
 * and column labels (tableRows), so a figure in a table is quoted as a sentence.
 */
import { tableRows, type Cell } from "./table";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
const unescape = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });

const BLOCK = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li"]);
const attr = (tag: string, name: string) => Number(new RegExp(`${name}="(\\d+)"`).exec(tag)?.[1] ?? 1);

type Table = { rows: Cell[][]; row: Cell[] | null; cell: Cell | null };

export function htmlToLines(html: string): { lines: string[]; tables: number } {
  const lines: string[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  const tables: Table[] = [];
  let tableCount = 0;
  let text = "";
  let inBlock = false;
  const flush = () => {
    const t = text.replace(/[ \t\u00a0]+/g, " ").trim();
    text = "";
    const table = tables[tables.length - 1];
    if (table?.cell) table.cell.text = table.cell.text ? `${table.cell.text}${t}` : t;
    else if (t) lines.push(t);
  };
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/gi)) {
    if (m[4] !== undefined) {
      text += unescape(m[4]);
      continue;
    }
    const closing = m[1] === "/";
    const name = m[2].toLowerCase();
    if (name === "br") text += "\n";
    else if (BLOCK.has(name)) {
      if (!closing) {
        if (inBlock) flush();
        inBlock = true;
        const list = lists[lists.length - 1];
        // Word's automatic numbering is not in the text mammoth gives; keep its place.
        if (name === "li" && list?.ordered) text += `${++list.n}. `;
      } else {
        flush();
        inBlock = false;
      }
    } else if (name === "ol" || name === "ul") {
      if (closing) lists.pop();
      else lists.push({ ordered: name === "ol", n: 0 });
    } else if (name === "table") {
      if (!closing) tables.push({ rows: [], row: null, cell: null });
      else {
        const table = tables.pop()!;
        tableCount++;
        const rows = tableRows(table.rows);
        const outer = tables[tables.length - 1];
        // A table inside a cell joins that cell's text.
        if (outer?.cell) outer.cell.text += rows.join("");
        else lines.push(...rows);
      }
    } else if (name === "tr") {
      const table = tables[tables.length - 1];
      if (table && !closing) table.rows.push((table.row = []));
    } else if (name === "td" || name === "th") {
      const table = tables[tables.length - 1];
      if (!table) continue;
      if (!closing) {
        if (!table.row) table.rows.push((table.row = []));
        table.cell = { text: "", colspan: attr(m[3], "colspan"), rowspan: attr(m[3], "rowspan"), header: name === "th" };
        table.row.push(table.cell);
      } else {
        flush();
        table.cell = null;
      }
    }
  }
  flush();
  return { lines: lines.flatMap((l) => l.split("\n").map((s) => s.trim())).filter(Boolean), tables: tableCount };
}
