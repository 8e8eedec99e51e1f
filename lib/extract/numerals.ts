/**
 * Reading numbers as Chinese reports write them: Arabic (ASCII or full-width, decimals, 1,200),
 * Chinese numerals (二十三, 一百六十二, 一千二百, 两, 二〇二〇) and the 万/亿 multipliers (1.5万).
 * Pure and linear: every reader advances at most a bounded number of characters.
 */

const FULLWIDTH_ZERO = 0xff10;

/** 0–9 for an ASCII or full-width digit, else -1. */
export function digitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= FULLWIDTH_ZERO && c <= FULLWIDTH_ZERO + 9) return c - FULLWIDTH_ZERO;
  return -1;
}

export const isDigit = (text: string, i: number) => digitAt(text, i) >= 0;

const CN_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

// Character codes, not strings: these run on every character of a 1 MB text.
const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const CN_START = codes("零〇一二三四五六七八九两十");
const CN_ANY = codes("零〇一二三四五六七八九两十百千万亿");

// A Chinese numeral may start with a digit or 十 (十二); 百/千/万 alone start words (百姓, 千方百计).
export const isChineseNumeralChar = (ch: string | undefined) => ch !== undefined && CN_ANY.has(ch.charCodeAt(0));
export function isNumeralStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= FULLWIDTH_ZERO && c <= FULLWIDTH_ZERO + 9) || CN_START.has(c);
}

/** Longest Chinese numeral we try to read; longer runs are junk (一一一一…) and are skipped whole. */
const MAX_CN_RUN = 12;
/** Longest Arabic integer part we read as an amount; longer runs are phone or ID numbers. */
export const MAX_AMOUNT_DIGITS = 12;

export type NumberToken = {
  start: number;
  end: number;
  /** the value as written, with 万/亿 applied */
  value: number;
  /** the value before the trailing 万/亿 (28.6 of 28.6万), for units like 万元 that keep it */
  mantissa: number;
  multiplier: number;
  kind: "arabic" | "chinese" | "digits";
  /** Arabic digits before the decimal point (4 for 2020) */
  intDigits: number;
  /** a lone 一: in these reports almost always an article (一批, 一支队伍) */
  loneOne: boolean;
  /** not a number a person could count on: 三五个, 近亿5000 */
  vague: boolean;
  /** 七八千, 二三百, 五六个: two neighbouring digits give a range, this its upper end as written (before 万/亿) */
  max?: number;
  /** 十几, 二十几: at least the round number written (几 is "a few more") */
  few: boolean;
};

/** A bare 百 or 千 at `at` read as the round number it names (近百名, 近千吨): the qualifier before it carries the doubt. */
export const bareRound = (at: number, value: number): NumberToken => ({
  start: at,
  end: at + 1,
  value,
  mantissa: value,
  multiplier: 1,
  kind: "chinese",
  intDigits: 0,
  loneOne: false,
  vague: false,
  few: false,
});

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Parses a run of Chinese numerals. Returns null when the characters do not form a number
 * (二三十, 三五: two digits side by side), which callers treat as vague.
 */
export function parseChineseNumeral(run: string): number | null {
  if (run.length === 0) return null;
  // 二〇二〇 / 一九九八: digit by digit, as years are written.
  if (run.length >= 3 && [...run].every((ch) => ch in CN_DIGIT && ch !== "两")) {
    return Number([...run].map((ch) => CN_DIGIT[ch]).join(""));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  let lastBig = 0;
  let prevWasDigit = false;
  let afterZero = false;
  for (const ch of run) {
    if (ch in CN_DIGIT) {
      const d = CN_DIGIT[ch];
      if (prevWasDigit && d !== 0 && digit !== 0) return null;
      afterZero = digit === 0 && prevWasDigit;
      digit = d;
      prevWasDigit = true;
    } else if (ch in CN_UNIT) {
      const unit = CN_UNIT[ch];
      if (unit >= lastUnit) return null;
      if (digit === null) {
        if (ch !== "十" || section !== 0) return null;
        digit = 1;
      }
      section += digit * unit;
      lastUnit = unit;
      digit = null;
      prevWasDigit = false;
    } else if (ch in CN_BIG) {
      const big = CN_BIG[ch];
      section += digit ?? 0;
      if (section === 0) return null;
      if (lastBig !== 0 && big >= lastBig) return null;
      total = (total + section) * big;
      lastBig = big;
      section = 0;
      digit = null;
      lastUnit = Infinity;
      prevWasDigit = false;
    } else {
      return null;
    }
  }
  if (digit !== null) {
    // 一千二 = 1200, 三百五 = 350, 两万三 = 23000: a trailing digit counts one place lower.
    if (afterZero) section += digit;
    else if (lastUnit !== Infinity && lastUnit > 10) section += digit * (lastUnit / 10);
    else if (lastUnit === Infinity && lastBig !== 0 && section === 0) section += digit * (lastBig / 10);
    else section += digit;
  }
  return total + section;
}

/**
 * Reads the number starting at i (caller checked isNumeralStart). A trailing 万/亿 is a
 * multiplier unless 元 follows it (28.6万元 keeps 万元 as the unit).
 */
export function readNumber(text: string, i: number): NumberToken | null {
  if (isDigit(text, i)) return readArabic(text, i);
  if (CN_START.has(text.charCodeAt(i))) return readChinese(text, i);
  return null;
}

/** The 万/亿 at j (or after one space: typed and PDF text write "3 万至 5 万元"), unless 元 follows it. */
function multiplierAt(text: string, j: number): { multiplier: number; end: number } {
  const at = text[j] === " " || text[j] === "\u00a0" ? j + 1 : j;
  const ch = text[at];
  if (!(ch in CN_BIG) || text[at + 1] === "元") return { multiplier: 1, end: j };
  return { multiplier: CN_BIG[ch], end: at + 1 };
}

/**
 * 七八 → [7, 8], 二三十 → [20, 30], 五六千 → [5000, 6000]: two neighbouring digits (the second
 * one more) before at most one of 十/百/千, as Chinese writes an approximate count.
 */
function neighbouringDigits(run: string): [number, number] | null {
  const [a, b, place, ...rest] = [...run];
  if (rest.length || !(a in CN_DIGIT) || !(b in CN_DIGIT) || a === "两" || CN_DIGIT[b] !== CN_DIGIT[a] + 1) return null;
  if (place !== undefined && !(place in CN_UNIT)) return null;
  const scale = place === undefined ? 1 : CN_UNIT[place];
  return [CN_DIGIT[a] * scale, CN_DIGIT[b] * scale];
}

function readArabic(text: string, i: number): NumberToken {
  const n = text.length;
  let j = i;
  let digits = "";
  while (j < n && isDigit(text, j) && digits.length <= MAX_AMOUNT_DIGITS + 8) digits += digitAt(text, j++);
  // A run longer than we read is skipped whole, so it cannot restart mid-way.
  while (j < n && isDigit(text, j)) j++;
  // 1,200 and 9,863,000 (only groups of exactly three digits after a lead of at most three; a comma before anything
  // else ends the clause).
  const lead = digits.length;
  while (lead <= 3 && text[j] === "," && isDigit(text, j + 1) && isDigit(text, j + 2) && isDigit(text, j + 3) && !isDigit(text, j + 4)) {
    digits += `${digitAt(text, j + 1)}${digitAt(text, j + 2)}${digitAt(text, j + 3)}`;
    j += 4;
  }
  const intDigits = digits.length;
  let fraction = "";
  if ((text[j] === "." || text[j] === "．") && isDigit(text, j + 1)) {
    j++;
    while (j < n && isDigit(text, j) && fraction.length < 8) fraction += digitAt(text, j++);
    while (j < n && isDigit(text, j)) j++;
  }
  const mantissa = Number(fraction ? `${digits}.${fraction}` : digits);
  const { multiplier, end } = multiplierAt(text, j);
  j = end;
  return {
    start: i,
    end: j,
    value: round(mantissa * multiplier),
    mantissa,
    multiplier,
    kind: "arabic",
    intDigits,
    loneOne: false,
    vague: false,
    few: false,
  };
}

function readChinese(text: string, i: number): NumberToken {
  const n = text.length;
  let j = i;
  while (j < n && isChineseNumeralChar(text[j]) && j - i <= MAX_CN_RUN) {
    // 两 only leads (两千, 两场); elsewhere it starts a new word.
    if (text[j] === "两" && j > i && !(text[j - 1] in CN_BIG)) break;
    j++;
  }
  if (j - i > MAX_CN_RUN) {
    while (j < n && isChineseNumeralChar(text[j])) j++;
    return vagueToken(i, j);
  }
  // 三万元: leave 万 to the unit 万元.
  let end = j;
  if (end - 1 > i && text[end - 1] in CN_BIG && text[end] === "元") end--;
  let run = text.slice(i, end);
  let multiplier = 1;
  let mantissa: number | null;
  const last = run[run.length - 1];
  const bigs = [...run].filter((ch) => ch in CN_BIG).length;
  if (run.length > 1 && last in CN_BIG && bigs === 1) {
    multiplier = CN_BIG[last];
    mantissa = parseChineseNumeral(run.slice(0, -1));
    run = run.slice(0, -1);
  } else {
    mantissa = parseChineseNumeral(run);
  }
  if (mantissa === null) {
    const pair = neighbouringDigits(run);
    if (!pair || text[end] === "几") return vagueToken(i, end);
    return { ...token(i, end, pair[0], multiplier), max: pair[1] };
  }
  // 十几 / 二十几 / 几 after a round 十, 百, 千: at least that many; after anything else, vague.
  const few = text[end] === "几";
  if (few && !/[十百千]$/.test(run)) return vagueToken(i, end + 1);
  // 九十六点五, 三点五万人: 点 and the digits after it, one by one, are the decimal part.
  if (!few && multiplier === 1 && text[end] === "点") {
    let fraction = "";
    while (fraction.length < 8 && text[end + 1 + fraction.length] in CN_DIGIT && text[end + 1 + fraction.length] !== "两") {
      fraction += CN_DIGIT[text[end + 1 + fraction.length]];
    }
    if (fraction) {
      mantissa = Number(`${mantissa}.${fraction}`);
      end += 1 + fraction.length;
      const big = multiplierAt(text, end);
      multiplier = big.multiplier;
      end = big.end;
    }
  }
  return {
    ...token(i, few ? end + 1 : end, mantissa, multiplier),
    kind: run.length >= 3 && [...run].every((ch) => ch in CN_DIGIT) ? "digits" : "chinese",
    loneOne: run === "一" && multiplier === 1,
    few,
  };
}

const token = (start: number, end: number, mantissa: number, multiplier: number): NumberToken => ({
  start,
  end,
  value: round(mantissa * multiplier),
  mantissa,
  multiplier,
  kind: "chinese",
  intDigits: 0,
  loneOne: false,
  vague: false,
  few: false,
});

function vagueToken(start: number, end: number): NumberToken {
  return { start, end, value: 0, mantissa: 0, multiplier: 1, kind: "chinese", intDigits: 0, loneOne: false, vague: true, few: false };
}
