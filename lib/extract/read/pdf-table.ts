/**
 * Tables in a PDF's text layer, found from where the text items stand: a PDF has no table, only
 * pieces of text whose columns line up. Rows of two or more pieces with wide gaps between them,
 * one under the other, are a table; its columns come from the rows that hold numbers, the rows
 * above those are its header (a cell's wrapped lines joined, a label over several columns, such as
 * 城乡低保 over 户数 · 人数 · 低保金, given to each of them). The table is then written as the .docx
 * reader writes a Word table (table.ts): one line per row, every cell with its row and column labels.
 */
import { tableRows, type Cell } from "./table";

/** A text item as pdf.js places it: x, y of its baseline's start (y grows upwards), in points. */
export type PdfItem = { str: string; x: number; y: number; width: number; fontSize: number; hasEOL: boolean };
/**
 * A line of a page's text, with the size of its largest letters when known; a table row stands
 * alone and is never joined with its neighbours.
 */
export type PageLine = { text: string; size?: number; table?: boolean };

type Piece = { x0: number; x1: number; text: string };
type Row = { y: number; size: number; pieces: Piece[]; items: number[] };

const hasDigit = (s: string) => /[\d０-９]/.test(s);
const center = (p: Piece) => (p.x0 + p.x1) / 2;

/** Items on one baseline, left to right, cut into pieces where the gap is wider than a character. */
function rowsOf(items: PdfItem[]): Row[] {
  const order = items
    .map((it, i) => ({ it, i }))
    .filter(({ it }) => it.str.trim() !== "")
    .sort((a, b) => b.it.y - a.it.y || a.it.x - b.it.x);
  const rows: Row[] = [];
  for (const { it, i } of order) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row.y - it.y) < 0.35 * Math.max(row.size, it.fontSize)) {
      row.items.push(i);
      row.size = Math.max(row.size, it.fontSize);
    } else rows.push({ y: it.y, size: it.fontSize, pieces: [], items: [i] });
  }
  for (const row of rows) {
    row.items.sort((a, b) => items[a].x - items[b].x);
    for (const i of row.items) {
      const it = items[i];
      const last = row.pieces[row.pieces.length - 1];
      if (last && it.x - last.x1 < row.size) {
        last.text += it.str;
        last.x1 = Math.max(last.x1, it.x + it.width);
      } else row.pieces.push({ x0: it.x, x1: it.x + it.width, text: it.str });
    }
    for (const p of row.pieces) p.text = p.text.trim();
  }
  return rows;
}

/** Runs of rows one under the other, each of two or more pieces (a lone piece between two such rows is a wrapped cell). */
function runs(rows: Row[]): Row[][] {
  const out: Row[][] = [];
  let run: Row[] = [];
  const close = () => {
    while (run.length && run[run.length - 1].pieces.length < 2) run.pop();
    if (run.length >= 2) out.push(run);
    run = [];
  };
  rows.forEach((row, k) => {
    const prev = run[run.length - 1];
    const near = prev !== undefined && prev.y - row.y < 2.2 * Math.max(prev.size, row.size);
    const tabular = row.pieces.length >= 2;
    const next = rows[k + 1];
    const wrapped = row.pieces.length === 1 && next !== undefined && next.pieces.length >= 2 && row.y - next.y < 2.2 * row.size;
    if (prev && near && (tabular || wrapped)) run.push(row);
    else {
      close();
      if (tabular) run.push(row);
    }
  });
  close();
  return out;
}

type Table = { first: number; items: Set<number>; lines: string[] };

/** One run of rows as a table, or null when it is not one (fewer than two rows of numbers). */
function tableOf(run: Row[]): Table | null {
  const numeric = (row: Row) => row.pieces.slice(1).some((p) => hasDigit(p.text));
  const body = run.findIndex(numeric);
  if (body === -1 || run.filter(numeric).length < 2) return null;
  // Columns: the numeric row with the most pieces, widened by every row's pieces that fall in them.
  const widest = run.filter(numeric).reduce((a, b) => (b.pieces.length > a.pieces.length ? b : a));
  const cols = widest.pieces.map((p) => ({ x0: p.x0, x1: p.x1 }));
  const bounds = cols.slice(1).map((c, k) => (cols[k].x1 + c.x0) / 2);
  const colOf = (p: Piece) => {
    const k = bounds.findIndex((b) => center(p) < b);
    return k === -1 ? cols.length - 1 : k;
  };
  // A line that runs across several columns is the text around the table, not a cell.
  const fits = (row: Row) => row.pieces.every((p) => bounds.filter((b) => b > p.x0 + 2 && b < p.x1 - 2).length <= 1);
  let start = body;
  while (start > 0 && fits(run[start - 1]) && body - start < 6) start--;
  const head = run.slice(start, body);
  const rows = run.slice(body).filter(fits);
  if (rows.length < 2) return null;

  const cells: Cell[][] = [headerRow(head, cols, colOf)];
  for (const row of rows) {
    const texts: string[] = Array(cols.length).fill("");
    for (const p of row.pieces) texts[colOf(p)] += p.text;
    const filled = texts.filter(Boolean).length;
    const previous = cells.length > 1 ? cells[cells.length - 1] : undefined;
    // A row with no number and few cells continues the row above (a cell's wrapped line).
    if (previous && !texts.slice(1).some((t) => hasDigit(t) || t === "—") && filled * 2 < cols.length) {
      texts.forEach((t, c) => (previous[c].text += t));
    } else cells.push(texts.map((text) => ({ text, colspan: 1, rowspan: 1, header: false })));
  }
  const used = [...head, ...rows];
  const items = new Set(used.flatMap((r) => r.items));
  return { first: Math.min(...items), items, lines: tableRows(cells) };
}

/**
 * The header as one row of labels, one per column. A piece is a label over several columns when
 * the columns beside it have text only below it, starting at the same height as its own column's
 * next line; each such column goes to the nearest label of that height. A column's label is its
 * group labels, then its own pieces top to bottom (a wrapped cell: 低保金（万 + 元）).
 */
function headerRow(head: Row[], cols: { x0: number; x1: number }[], colOf: (p: Piece) => number): Cell[] {
  const width = cols.length;
  const mid = (c: number) => (cols[c].x0 + cols[c].x1) / 2;
  const pieces = head.flatMap((row) => row.pieces.map((p) => ({ ...p, y: row.y, col: colOf(p), size: row.size })));
  const top = (c: number) => Math.max(-Infinity, ...pieces.filter((p) => p.col === c).map((p) => p.y));
  const nextBelow = (c: number, y: number, tol: number) =>
    Math.max(-Infinity, ...pieces.filter((p) => p.col === c && p.y < y - tol).map((p) => p.y));
  const groups = new Map<(typeof pieces)[number], number[]>();
  for (const p of pieces) {
    const tol = 0.35 * p.size;
    const below = nextBelow(p.col, p.y, tol);
    if (below === -Infinity) continue;
    const level = pieces.filter((q) => Math.abs(q.y - p.y) < tol);
    const claims = (c: number) =>
      top(c) < p.y - tol &&
      Math.abs(nextBelow(c, p.y, tol) - below) < tol &&
      level.reduce((a, b) => (Math.abs(center(b) - mid(c)) < Math.abs(center(a) - mid(c)) ? b : a)) === p;
    const span = [p.col];
    for (let c = p.col - 1; c >= 0 && claims(c); c--) span.unshift(c);
    for (let c = p.col + 1; c < width && claims(c); c++) span.push(c);
    if (span.length >= 2) groups.set(p, span);
  }
  return Array.from({ length: width }, (_, c) => {
    const over = [...groups].filter(([, span]) => span.includes(c)).map(([p]) => p.text);
    const own = pieces
      .filter((p) => p.col === c && !groups.has(p))
      .sort((a, b) => b.y - a.y)
      .map((p) => p.text)
      .join("");
    return { text: [...over, own].filter(Boolean).join("·"), colspan: 1, rowspan: 1, header: true };
  });
}

/**
 * A page's lines: its text items joined as pdf.js orders them (a line ends where an item ends
 * one), with every table's items replaced, where the table starts, by the table's rows.
 */
export function pageLines(items: PdfItem[]): { lines: PageLine[]; tables: number } {
  const tables = runs(rowsOf(items))
    .map(tableOf)
    .filter((t): t is Table => t !== null);
  const inTable = new Map<number, Table>();
  for (const t of tables) for (const i of t.items) inTable.set(i, t);
  const lines: PageLine[] = [];
  let current = "";
  let size = 0;
  const push = () => {
    if (current.trim()) lines.push({ text: current.trim(), size });
    current = "";
    size = 0;
  };
  items.forEach((it, i) => {
    const table = inTable.get(i);
    if (table) {
      if (i === table.first) {
        push();
        for (const text of table.lines) lines.push({ text, table: true });
      }
      return;
    }
    current += it.str;
    if (it.str.trim()) size = Math.max(size, it.fontSize);
    if (it.hasEOL) push();
  });
  push();
  return { lines, tables: tables.length };
}
