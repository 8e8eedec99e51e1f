/**
 * How a figure is shown. Pinned to zh-CN so "5,000" renders the same on every machine and in tests.
 * A figure is never shown without its qualifier, and a blank is never shown as 0.
 */
import type { Gap, Qualifier, Quantity, Status } from "../model/schema";

const numberFormat = new Intl.NumberFormat("zh-CN");

export const formatNumber = (n: number) => numberFormat.format(n);

export const qualifierLabel: Record<Qualifier, string> = {
  exact: "确数",
  at_least: "至少",
  at_most: "至多",
  approx: "约数",
  range: "区间",
  missing: "原文缺失",
};

// The words a source uses for a qualifier, longest first so 将近 wins over 近.
const cues: Partial<Record<Qualifier, string[]>> = {
  at_least: ["不少于", "以上", "超过", "余", "多", "逾"],
  at_most: ["不超过", "以内", "以下", "不到"],
  approx: ["将近", "左右", "大约", "近", "约"],
};

/** The qualifier as the source says it and what it means: "余·至少", "近·约数", "确数", "原文缺失". */
export function qualifierTag(q: Quantity): string {
  const cue = cues[q.qualifier]?.find((word) => q.text.includes(word));
  return cue ? `${cue}·${qualifierLabel[q.qualifier]}` : qualifierLabel[q.qualifier];
}

export const gapKindLabel: Record<Gap["kind"], string> = { number: "数字", date: "日期", place: "地点", name: "名称" };

export const statusLabel: Record<Status["state"], string> = {
  planned: "计划中",
  in_progress: "推进中",
  done: "已完成",
  dropped: "已取消",
};

/** The figure in compact symbolic form: "186", "≥80", "≈5,000", "3–5", or "原文缺失". */
export function figureText(q: Quantity): string {
  if (q.value === null) return "原文缺失";
  const v = formatNumber(q.value);
  switch (q.qualifier) {
    case "at_least":
      return `≥${v}`;
    case "at_most":
      return `≤${v}`;
    case "approx":
      return `≈${v}`;
    case "range":
      return `${v}–${formatNumber(q.max ?? q.value)}`;
    default:
      return v;
  }
}

/** A sentence for screen readers and tooltips: "至少 80 条（累计）". */
export function figureSentence(q: Quantity): string {
  if (q.value === null) return `原文缺失（原文写作“${q.text}”，未给出数字）`;
  const v = formatNumber(q.value);
  const core =
    q.qualifier === "at_least"
      ? `至少 ${v}`
      : q.qualifier === "at_most"
        ? `至多 ${v}`
        : q.qualifier === "approx"
          ? `约 ${v}`
          : q.qualifier === "range"
            ? `${v} 至 ${formatNumber(q.max ?? q.value)}`
            : v;
  return `${core} ${q.unit}${q.cumulative ? "（累计）" : ""}`;
}

/** Who asked for the report, as a citation: 某某县委宣传部《关于开展调研督导的通知》. */
export function requestedByText(requestedBy: { issuer: string; document: string }): string {
  return `${requestedBy.issuer}《${requestedBy.document}》`;
}

/** A section named the way a reader cites it: "第三部分". */
export function sectionPart(section: { ordinal: string }): string {
  return `第${section.ordinal}部分`;
}

/** Source text is kept verbatim, scraping page-breaks included; for display, a break reads as nothing. */
export function inline(quote: string): string {
  return quote.replace(/\s*\n\s*/g, "");
}

const words = new Intl.Segmenter("zh-CN", { granularity: "word" });
const BREAK_AFTER = /[\s·、，,；;：:）)]$/;

/**
 * Splits a Chinese label into at most `maxLines` lines of `perLine` characters, breaking between
 * words (Intl.Segmenter), never inside one ("从严从快", not "从严从/快"): of the breaks that fit, the
 * one after punctuation or a space, then the most even. Too long for that, it is cut and ends in ….
 */
export function wrapLabel(label: string, perLine: number, maxLines = 2): string[] {
  const chars = [...label];
  if (chars.length <= perLine) return [label];
  const segments = [...words.segment(label)].map((s) => s.segment);
  let best: { cost: number; lines: string[] } | null = null;
  let at = 0;
  for (let i = 0; i < segments.length - 1; i++) {
    const segment = segments[i];
    at += [...segment].length;
    const rest = chars.length - at;
    if (maxLines < 2 || at > perLine || rest > perLine) continue;
    // a single character beside the break is likely part of a phrase the segmenter does not know
    const loose = [...segment].length === 1 || [...segments[i + 1]].length === 1;
    const cost = Math.max(at, rest) + (BREAK_AFTER.test(segment) ? 0 : loose ? perLine : perLine / 2);
    if (!best || cost < best.cost)
      best = {
        cost,
        lines: [
          chars
            .slice(0, at)
            .join("")
            .replace(/[\s·]+$/, ""),
          chars.slice(at).join("").trimStart(),
        ],
      };
  }
  if (best) return best.lines;
  const lines: string[] = [];
  for (let i = 0; i < chars.length && lines.length < maxLines; i += perLine) lines.push(chars.slice(i, i + perLine).join(""));
  if (chars.length > perLine * maxLines) lines[maxLines - 1] = `${[...lines[maxLines - 1]].slice(0, perLine - 1).join("")}…`;
  return lines;
}

/** Display typography: ASCII , : ; ( ) next to Chinese become full-width, as a printed report would set them. */
export function typeset(text: string): string {
  const map: Record<string, string> = { ",": "，", ":": "：", ";": "；", "(": "（", ")": "）" };
  return text.replace(/[,:;()]/g, (ch, at: number) => {
    const around = text.slice(Math.max(0, at - 1), at + 2);
    return /[\u3400-\u9fff]/.test(around) ? map[ch] : ch;
  });
}

/** A gap's quote cut where the blank is, so a list can show the blank in place: ["在", "个村成立文明理事会"]. */
export function splitAtBlank(gap: Gap): [string, string] {
  const at = Math.max(0, gap.quote.indexOf(gap.blankBefore));
  return [gap.quote.slice(0, at), gap.quote.slice(at)];
}
