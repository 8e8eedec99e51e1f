/**
 * The report's own words for a slide: each measure becomes one line written as the source writes
 * it (its short sentence, or its label with the figure as written: "80余条", "近5000册"), the
 * documents by name, a blank left in place ("在〔 〕个村成立文明理事会"). What the site knows
 * about a figure (its reading, the blank) goes to the notes instead, as `remarks`.
 */
import { figureSentence, inline, typeset } from "../report/format";
import type { Gap, Measure, Report } from "../model/schema";

/** A run of a line: plain text, a figure as the source writes it (red), or a blank (grey). */
export type Run = { text: string; mark?: "figure" | "blank" };
export type Line = { runs: Run[]; measureIds: string[] };

/** How a blank reads in place: as on a form left unfilled. */
export const BLANK = "〔 〕";
/** A quote this short is shown as it stands; longer ones by label and figure. */
const SHORT_QUOTE = 24;
/** Listed items (the five areas, the three systems) are shown while the line stays this short. */
const LONG_LINE = 56;

const MARK = "\u0001";

/** Where the source left a blank: before the character(s) that follow it ("个村"; each of 月、日 in a date). */
function withBlank(text: string, gap: Gap): string {
  const at = text.indexOf(gap.quote);
  if (at < 0) return text;
  const words = gap.kind === "date" ? [...gap.blankBefore] : [gap.blankBefore];
  let quote = gap.quote;
  let from = 0;
  for (const w of words) {
    const i = quote.indexOf(w, from);
    if (i < 0) continue;
    quote = quote.slice(0, i) + MARK + quote.slice(i);
    from = i + MARK.length + w.length;
  }
  return text.slice(0, at) + quote + text.slice(at + gap.quote.length);
}

/** The text a measure shows, before blanks and figures are marked. */
function baseText(m: Measure): string {
  const quote = inline(m.quote);
  const q = m.quantity;
  if (m.document) return `${m.document.action}《${m.document.title}》`;
  if (m.group) {
    const deputies = m.group.deputies.length > 0 ? `，${m.group.deputies.join("、")}任副组长` : "";
    return `成立${m.group.name}，${m.group.leaders.join("、")}任组长${deputies}`;
  }
  if ([...quote].length <= SHORT_QUOTE) return quote;
  if (q && q.value !== null && /\d/.test(q.text) && !m.label.includes(q.text)) return `${m.label} ${q.text}`;
  if (m.items) {
    const listed = `${m.label}：${m.items.join("、")}`;
    if ([...listed].length <= LONG_LINE) return listed;
  }
  return m.label;
}

/** Cuts text into runs at blank marks and at the figure as the source writes it. */
function runsOf(text: string, figure?: string): Run[] {
  const runs: Run[] = [];
  const plain = (t: string) => {
    if (!t) return;
    const at = figure ? t.indexOf(figure) : -1;
    if (at < 0 || !figure) return void runs.push({ text: t });
    if (at > 0) runs.push({ text: t.slice(0, at) });
    runs.push({ text: figure, mark: "figure" });
    plain(t.slice(at + figure.length));
  };
  text.split(MARK).forEach((part, i) => {
    if (i > 0) runs.push({ text: BLANK, mark: "blank" });
    plain(part);
  });
  return runs;
}

/** One measure's line; a blank the source left around it (a road not named) joins it in place. */
export function measureLine(report: Report, m: Measure): Line {
  let text = baseText(m);
  for (const gap of report.gaps.filter((g) => g.measure === m.id)) {
    const around = withBlank(inline(gap.quote), gap);
    // the blank's own sentence when it already says what the line says ("在〔 〕个村成立…")
    text = text.includes(gap.quote) ? withBlank(text, gap) : gap.quote.includes(text) ? around : `${around}，${text}`;
  }
  const q = m.quantity;
  const figure = q && q.value !== null ? typeset(q.text) : undefined;
  return { runs: runsOf(typeset(text), figure), measureIds: [m.id] };
}

export const lineText = (runs: Run[]) => runs.map((r) => r.text).join("");
export const lineLength = (runs: Run[]) => [...lineText(runs)].length;

/** What the presenter may say about a measure's figure and blanks: the reading and "原文未写明". */
export function measureRemarks(report: Report, m: Measure): string[] {
  const q = m.quantity;
  const reading = q && q.value !== null && q.qualifier !== "exact" ? [`${m.label}：原文“${q.text}”，即${figureSentence(q)}`] : [];
  const notes = q?.note ? [`${m.label}：${q.note}`] : [];
  const blanks = report.gaps.filter((g) => g.measure === m.id).map((g) => `${g.what}：原文未写明（空白照原文保留，不作猜测）`);
  return [...reading, ...notes, ...blanks];
}
