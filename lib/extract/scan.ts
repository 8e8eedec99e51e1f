/**
 * One left-to-right pass over the text that finds every figure, every blank where a figure or a
 * date should be, every cadence, and every numeral that is not a figure (a trap) with the reason.
 * No regular expression runs over the text here: each recognizer (recognizers/) reads a bounded
 * number of characters from where the pass stands and says where it goes on, so the pass is
 * linear and cannot backtrack.
 */
import type { ScanResult } from "./hits";
import type { Layout } from "./layout";
import { isNumeralStart } from "./numerals";
import { readCountBlank, readMoneyBlank, readDateBlank, readPlaceBlank } from "./recognizers/blanks";
import { readBy, readEvery, readIrregular, readPeriodVerb, readRate } from "./recognizers/cadences";
import { oneOf, PHRASES, type ScanContext, scanContext, scanResult, skipSpaces } from "./recognizers/context";
import { readBareHundred, readFigure, readPercentWords } from "./recognizers/figures";
import { readName, readOrdinal } from "./recognizers/traps";
import { CUED_CLASSIFIERS } from "./vocabulary/names";

const code = (ch: string) => ch.charCodeAt(0);
const [MEI, BU, YUE, RI, ZAI, DENG, DI, BAI, QIAN, JUN, AN, WAN, ZHU] = [..."每不月日在等第百千均按万逐"].map(code);
const RATE_UNITS = new Set([..."月日年周季"].map(code));
const PERIOD_FIRST = new Set([..."月周季日"].map(code));
const BLANK_CLASSIFIERS = new Set([...`个名所${CUED_CLASSIFIERS}`].map(code));
const PHRASE_STARTS = new Set([...PHRASES.keys()].map(code));

export function scanText(layout: Layout): ScanResult {
  const ctx = scanContext(layout);
  // Site navigation (当前位置, 浏览量) is not the report: its numbers are skipped whole.
  const navEnds = new Map(layout.navLines.map((l) => [l.start, l.end]));
  let i = 0;
  while (i < ctx.n) {
    const navEnd = navEnds.get(i);
    if (navEnd !== undefined) i = Math.max(navEnd, i + 1);
    else i = recognizeAt(ctx, i) ?? i + 1;
  }
  return scanResult(ctx);
}

/** Where the pass goes on after what starts at i, or undefined when nothing does. */
function recognizeAt(ctx: ScanContext, i: number): number | undefined {
  const { text } = ctx;
  // Most characters are none of these: compare codes, and only then look closer.
  const c = text.charCodeAt(i);
  if (PHRASE_STARTS.has(c)) {
    const end = readName(ctx, i);
    if (end !== undefined) return end;
  }
  if (c === MEI) {
    const end = readEvery(ctx, i);
    if (end !== undefined) return end;
  }
  if (c === BU && text.startsWith("不定期", i)) return readIrregular(ctx, i);
  if (c === AN || c === ZHU) {
    const end = readBy(ctx, i);
    if (end !== undefined) return end;
  }
  if (c === WAN && text.startsWith("万元", i)) {
    const end = readMoneyBlank(ctx, i);
    if (end !== undefined) return end;
  }
  if (RATE_UNITS.has(c) && text.charCodeAt(i + 1) === JUN) return readRate(ctx, i);
  // 日产生活垃圾约42吨 is a day's amount, as 日均 is; 日产日清 is a saying.
  if (c === RI && text.startsWith("日产", i) && !text.startsWith("日产日清", i)) return readRate(ctx, i);
  if (PERIOD_FIRST.has(c)) {
    const end = readPeriodVerb(ctx, i);
    if (end !== undefined) return end;
  }
  if (c === YUE && text.charCodeAt(i + 1) === RI) return readDateBlank(ctx, i);
  if (c === ZAI && text.charCodeAt(i + 1) === DENG && !oneOf("待候着于同级", text[i + 2])) return readPlaceBlank(ctx, i);
  if (BLANK_CLASSIFIERS.has(c)) {
    const end = readCountBlank(ctx, i);
    if (end !== undefined) return end;
  }
  if (c === DI && isNumeralStart(text, skipSpaces(text, i + 1))) return readOrdinal(ctx, i);
  if (c === BAI && text.startsWith("百分之", i) && (isNumeralStart(text, i + 3) || text[i + 3] === "百")) return readPercentWords(ctx, i);
  if (c === BAI || c === QIAN) {
    const end = readBareHundred(ctx, i);
    if (end !== undefined) return end;
  }
  if (isNumeralStart(text, i)) return readFigure(ctx, i);
  return undefined;
}
