/**
 * Numerals that are not figures, by their look: names (两学一做), ordinals (第三届), list markers,
 * dates like 2022-01-08, times like 00:44, phone numbers, document years like 〔2021〕.
 */
import { Delim, unitStart } from "../layout";
import { digitAt, isDigit, readNumber, type NumberToken } from "../numerals";
import { COUNT_AT_CLAUSE_END } from "../vocabulary/names";
import { atClauseEnd, isIdeograph, matchUnit, oneOf, PHRASES, type ScanContext, skipSpaces, trap } from "./context";

const PHONE_CONTEXT = ["电话", "热线", "手机", "传真", "座机", "号码"];

/** A fixed phrase with a numeral in it (四个意识), skipped whole. */
export function readName(ctx: ScanContext, i: number): number | undefined {
  const { text } = ctx;
  const phrase = PHRASES.get(text[i])!.find((p) => text.startsWith(p.key, i));
  const end = phrase ? i + phrase.key.length : i;
  if (phrase && COUNT_AT_CLAUSE_END.includes(phrase.key) && isIdeograph(text[i - 1]) && atClauseEnd(text, end)) return undefined;
  return phrase ? trap(ctx, i, i + phrase.key.length, "name") : undefined;
}

/** 第三届 / 第十五次 / 第一时间 / 第 3 位. */
export function readOrdinal(ctx: ScanContext, i: number): number {
  const at = skipSpaces(ctx.text, i + 1);
  const nt = readNumber(ctx.text, at);
  let end = nt ? nt.end : at + 1;
  const unit = matchUnit(ctx, end);
  if (unit) end = unit.end;
  else if (isIdeograph(ctx.text[end])) end++;
  return trap(ctx, i, end, "ordinal");
}

/** Dates like 2022-01-08, times like 00:44, phone numbers like 0571-86612345, document years like 〔2021〕. */
export function arabicSpecial(ctx: ScanContext, i: number, num: NumberToken): number | undefined {
  const { text } = ctx;
  const after = text[num.end] ?? "";
  if (num.intDigits === 4 && oneOf("-/", after) && isDigit(text, num.end + 1)) {
    let k = num.end + 1;
    while (isDigit(text, k) && k - num.end <= 3) k++;
    if (text[k] === after && isDigit(text, k + 1)) {
      k++;
      while (isDigit(text, k) && k - num.end <= 7) k++;
      return trap(ctx, i, k, "date");
    }
  }
  if ((after === ":" || after === "：") && isDigit(text, num.end + 1) && isDigit(text, num.end + 2) && num.intDigits <= 2) {
    let k = num.end + 3;
    while ((text[k] === ":" || text[k] === "：") && isDigit(text, k + 1) && isDigit(text, k + 2)) k += 3;
    return trap(ctx, i, k, "time");
  }
  if (oneOf("-－", after) && isDigit(text, num.end + 1)) {
    let k = num.end + 1;
    while (isDigit(text, k)) k++;
    const tail = k - num.end - 1;
    if ((digitAt(text, i) === 0 && num.intDigits >= 3 && tail >= 3) || tail >= 5) return trap(ctx, i, phoneEnd(ctx, k), "phone");
  }
  if (oneOf("〔[［【", text[i - 1]) && num.intDigits === 4) return trap(ctx, i - 1, num.end + 1, "code");
  // 2025届初中毕业生, 2024级新生: a class named by its year.
  if (num.intDigits === 4 && num.multiplier === 1 && oneOf("届级", after) && /^(?:19|20)\d\d/.test(text.slice(i, i + 4)))
    return trap(ctx, i, num.end + 1, "year");
  return undefined;
}

/** Where a phone number starting before k ends (extensions and masks included). */
export function phoneEnd({ text, n }: ScanContext, k: number): number {
  while (k < n && (isDigit(text, k) || oneOf("-－×xX*＊", text[k]))) k++;
  return k;
}

export function inPhoneContext({ text, layout }: ScanContext, start: number): boolean {
  const from = unitStart(layout, start, Delim.Clause, 12);
  const before = text.slice(Math.max(from - 8, 0), start);
  return PHONE_CONTEXT.some((w) => before.includes(w));
}

/** Whether only indentation stands between the line's start and pos (a list marker 1. or 2、). */
export function atLineStart({ text }: ScanContext, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && pos - k <= 8 && (text[k] === " " || text[k] === "\t" || text[k] === "　")) k--;
  return k < 0 || text[k] === "\n";
}
