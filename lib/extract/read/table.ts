/**
 * A table as sentences. Each data row becomes「行标签　列标签数值单位、列标签数值单位。」with the
 * unit taken from the column's header when the header gives it in brackets (排查隐患（处） + 86 →
 * 排查隐患86处), and stacked headers joined (城乡低保·户数52户). The row label stands before its cells
 * after an ideographic space (a colon would end the clause) and cells are joined by 、, so the row is
 * one clause: each figure's quote names its row, and every figure of a 合计 row is a total. A cell
 * that is not a number keeps its text.
 */
export type Cell = { text: string; colspan: number; rowspan: number; header: boolean };

const UNIT_IN_BRACKETS = /[（(]([^（）()]{1,6})[）)]\s*$/;
const NUMBER_ONLY = /^[-+]?[\d０-９][\d０-９,，.．]*$/;
const hasDigit = (s: string) => /[\d０-９]/.test(s);

/** Cells laid out on a grid: a merged cell fills every slot it spans, so each column has its labels. */
function grid(rows: Cell[][]): string[][] {
  const out: string[][] = [];
  rows.forEach((row, r) => {
    out[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (out[r][c] !== undefined) c++;
      const span = Math.min(cell.colspan, 50);
      for (let dr = 0; dr < Math.min(cell.rowspan, 50); dr++) {
        out[r + dr] ??= [];
        for (let dc = 0; dc < span; dc++) out[r + dr][c + dc] = cell.text.trim();
      }
      c += span;
    }
  });
  return out.filter((r) => r.length > 0);
}

export function tableRows(rows: Cell[][]): string[] {
  const g = grid(rows);
  if (g.length === 0) return [];
  const width = Math.max(...g.map((r) => r.length));
  // Header rows: those Word marked as such, else the leading rows with no number outside the first column.
  let head = 0;
  while (
    head < g.length - 1 &&
    (rows[head]?.every((c) => c.header) || g[head].slice(1).every((t) => !t || !hasDigit(t) || UNIT_IN_BRACKETS.test(t)))
  )
    head++;
  if (head === 0 || g.length === 1) return g.map((r) => r.filter(Boolean).join("　")).filter(Boolean);
  const columns = Array.from({ length: width }, (_, c) => {
    const parts: string[] = [];
    let unit = "";
    for (let r = 0; r < head; r++) {
      let t = g[r][c] ?? "";
      const u = UNIT_IN_BRACKETS.exec(t);
      if (u) {
        unit = u[1];
        t = t.slice(0, u.index).trim();
      }
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    return { label: parts.join("·"), unit };
  });
  const lines: string[] = [];
  for (const row of g.slice(head)) {
    const label = row[0] ?? "";
    const cells: string[] = [];
    for (let c = 1; c < width; c++) {
      const t = row[c] ?? "";
      if (!t) continue;
      const { label: col, unit } = columns[c];
      // A unit in brackets belongs after a bare number; a cell with its own words keeps them.
      cells.push(`${col}${NUMBER_ONLY.test(t) ? `${t}${unit}` : t}`);
    }
    if (cells.length) lines.push(`${label ? `${label}　` : ""}${cells.join("、")}。`);
    else if (label) lines.push(label);
  }
  return lines;
}
