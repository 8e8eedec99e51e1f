/**
 * The state of the scan's one pass, passed to every recognizer: the text, its layout, what has
 * been found so far, and the few helpers they all use (record a trap, read a unit).
 */
import type { CadenceHit, FigureHit, GapHit, ScanResult, TrapHit, TrapKind } from "../hits";
import type { Layout } from "../layout";
import { groupBy } from "../../model/group";
import { NAME_PHRASES } from "../vocabulary/names";
import { Delim, unitStart } from "../layout";
import { COUNT_CONTEXT, UNIT_BLOCKERS, UNIT_CONTEXT, UNITS, type UnitKind } from "../vocabulary/units";

export type ScanContext = {
  text: string;
  n: number;
  layout: Layout;
  figureHits: FigureHit[];
  traps: TrapHit[];
  cadenceHits: CadenceHit[];
  gapHits: GapHit[];
  /** Figures before this position belong to a cadence (每月2次) or a rate (月均10人次). */
  rateUntil: number;
};

export function scanContext(layout: Layout): ScanContext {
  return { text: layout.text, n: layout.text.length, layout, figureHits: [], traps: [], cadenceHits: [], gapHits: [], rateUntil: -1 };
}

export const scanResult = ({ figureHits, traps, cadenceHits, gapHits }: ScanContext): ScanResult => ({
  figureHits,
  traps,
  cadenceHits,
  gapHits,
});

/** Records a trap and returns where the scan goes on. */
export function trap(ctx: ScanContext, start: number, end: number, kind: TrapKind): number {
  ctx.traps.push({ start, end, kind });
  return end;
}

export const isIdeograph = (ch: string | undefined) => ch !== undefined && ch >= "\u4e00" && ch <= "\u9fff";
/** Whether ch is one of the characters of set ("".includes("") is true, so guard the text's ends). */
export const oneOf = (set: string, ch: string | undefined) => ch !== undefined && ch.length === 1 && set.includes(ch);

/** Characters that end a clause or a quoted phrase, for a word that must stand last in one (建成村级文化广场个，). */
export const CLAUSE_END = "，,。；;、！？!?：:）)\n\r”";
/** Whether position k ends a clause: the text's end or one of CLAUSE_END. */
export const atClauseEnd = (text: string, k: number) => k >= text.length || oneOf(CLAUSE_END, text[k]);

const byFirstChar = <T extends { key: string }>(items: T[]) =>
  groupBy(
    [...items].sort((a, b) => b.key.length - a.key.length),
    (item) => item.key[0],
  );
/** Names with numerals in them (两学一做), longest first under their first character. */
export const PHRASES = byFirstChar(NAME_PHRASES.map((key) => ({ key })));
const UNIT_INDEX = byFirstChar(UNITS.map((u) => ({ key: u.unit, ...u })));

export type Unit = { unit: string; kind: UnitKind; end: number; note?: string };

/** Past at most two spaces at pos: typed and PDF text often part a number from its unit (58 户, 12.6 %). */
export function skipSpaces(text: string, pos: number): number {
  let p = pos;
  while (p < pos + 2 && (text[p] === " " || text[p] === "\u00a0")) p++;
  return p;
}

/**
 * The unit or classifier written at pos (after a space or two), if any. 万/亿 before a unit stay
 * with it, for every unit as for 元: 6.2万亩 is 6.2 万亩 as 3.5万元 is 3.5 万元.
 */
export function matchUnit(ctx: ScanContext, pos: number): Unit | undefined {
  const p = skipSpaces(ctx.text, pos);
  const big = ctx.text[p];
  if ((big === "万" || big === "亿") && ctx.text[p + 1] !== "元") {
    const inner = matchUnitAt(ctx, p + 1);
    return inner && inner.kind !== "year" && inner.kind !== "month" && inner.kind !== "day"
      ? { ...inner, unit: `${big}${inner.unit}` }
      : undefined;
  }
  return matchUnitAt(ctx, p);
}

function matchUnitAt({ text, layout }: ScanContext, pos: number): Unit | undefined {
  for (const u of UNIT_INDEX.get(text[pos]) ?? []) {
    if (!text.startsWith(u.unit, pos)) continue;
    const end = pos + u.unit.length;
    if (oneOf(UNIT_BLOCKERS[u.unit] ?? "", text[end])) continue;
    const context = UNIT_CONTEXT[u.unit];
    if (context && !context.test(text.slice(unitStart(layout, pos, Delim.Clause), pos))) continue;
    // 等三面重要工作: 面 stands for 方面 here (a flag is counted in 面 too).
    if (u.unit === "面" && /^(?:重要|工作|任务|内容|问题)/.test(text.slice(end, end + 2))) {
      return { unit: "方面", kind: "count", end, note: `原文作「${text.slice(pos - 1, end)}」，按「方面」理解` };
    }
    const counts = COUNT_CONTEXT[u.unit]?.test(text.slice(unitStart(layout, pos, Delim.Clause), pos));
    return { unit: u.normal ?? u.unit, kind: counts ? "count" : u.kind, end };
  }
  return undefined;
}
