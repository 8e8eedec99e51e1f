/**
 * What the scan finds in a text, by position: figures, traps (numerals that are not figures, with
 * the reason), cadences and blanks. The scan (scan.ts) makes them; the draft (draft/) uses them.
 */
import type { Cadence, Qualifier } from "../model/schema";

export type TrapKind =
  | "year"
  | "date"
  | "weekday"
  | "time"
  | "duration"
  | "anniversary"
  | "ordinal"
  | "list"
  | "name"
  | "article"
  | "cadence"
  | "phone"
  | "code"
  | "structure"
  | "vague"
  | "nounit";

export const trapLabel: Record<TrapKind, string> = {
  year: "年份",
  date: "日期",
  weekday: "星期",
  time: "时刻",
  duration: "时长或时限",
  anniversary: "周年",
  ordinal: "序数",
  list: "列表编号",
  name: "含数字的名称",
  article: "“一”作冠词",
  cadence: "频次或标准",
  phone: "电话号码",
  code: "文号",
  structure: "引出下文的条数",
  vague: "概数（不确定）",
  nounit: "没有量词或单位",
};

export type Span = { start: number; end: number };
export type FigureHit = Span & {
  value: number | null;
  max?: number;
  unit: string;
  qualifier: Qualifier;
  cumulative: boolean;
  /** what a person should check, in Chinese */
  doubts: string[];
};
export type TrapHit = Span & { kind: TrapKind };
export type CadenceHit = Span & { cadence: Cadence };
export type GapHit = Span & { kind: "number" | "date" | "place"; what: string; blank: string };
export type ScanResult = { figureHits: FigureHit[]; traps: TrapHit[]; cadenceHits: CadenceHit[]; gapHits: GapHit[] };
