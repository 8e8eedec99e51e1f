/**
 * The words that qualify a number (至少, 约, 余, 以上…), bound it from its clause (至少配备…5名), mark it a
 * line (红线) or a goal (要求), make a 1 what a rate is per (每服务1小时), and separate a range (3至5次).
 * Plain data, so a reviewer can read the rules (units: units.ts).
 */

/**
 * Qualifier words written before the number, longest first; 至少有2名, 约有一成: 有 may stand
 * between the word and the number.
 */
export const PREFIX_QUALIFIERS: [string, "at_least" | "at_most" | "approx"][] = [
  ["至少有", "at_least"],
  ["最多有", "at_most"],
  ["至多有", "at_most"],
  ["大约有", "approx"],
  ["不少于", "at_least"],
  ["不低于", "at_least"],
  ["不超过", "at_most"],
  ["不高于", "at_most"],
  ["大约", "approx"],
  ["约为", "approx"],
  ["约占", "approx"],
  ["约有", "approx"],
  ["将近", "approx"],
  ["接近", "approx"],
  ["至少", "at_least"],
  ["超过", "at_least"],
  ["突破", "at_least"],
  ["低于", "at_most"],
  ["高于", "at_least"],
  ["不足", "at_most"],
  ["不到", "at_most"],
  ["最多", "at_most"],
  ["至多", "at_most"],
  ["逾", "at_least"],
  ["超", "at_least"],
  ["约", "approx"],
  ["近", "approx"],
];

/** Characters before 约/近/超 (and 约有, 约占) that make them part of another word (签约, 最近, 赶超). */
export const PREFIX_WORD_BEFORE: Record<string, string> = {
  约: "签节制合公条预邀相践违履特誓规契简婉隐纽大续解毁",
  近: "最附接将邻靠亲就逼贴临走拉",
  超: "高赶商",
};
/** …and words of two (村规民约: 居民约3,000人 is an approximation). */
export const PREFIX_WORDS_BEFORE: Record<string, readonly string[]> = { 约: ["规民"] };

/**
 * Qualifier words that may stand before what a figure is a share of, the figure after 的:
 * 不低于营业收入的1.5%, 不足党员总数的一成, 约占劳动力总数的四成.
 */
export const DISTANT_QUALIFIERS: [string, "at_least" | "at_most" | "approx"][] = [
  ["约占", "approx"],
  ["不低于", "at_least"],
  ["不少于", "at_least"],
  ["不高于", "at_most"],
  ["不超过", "at_most"],
  ["超过", "at_least"],
  ["高于", "at_least"],
  ["低于", "at_most"],
  ["不足", "at_most"],
  ["不到", "at_most"],
];

/**
 * 至少配备执法人员5名、执法车辆1台, 至少开展2次: a bound standing before the verb, which bounds the
 * figures its clause then lists.
 */
export const CLAUSE_QUALIFIERS: [string, "at_least" | "at_most"][] = [
  ["至少", "at_least"],
  ["至多", "at_most"],
];

/** Characters that end a clause, for reading a bound back from a figure. */
const CLAUSE_STOPS = "，,：:。；;！？!?\n";
/** A bound is read back at most this far, and only from a clause's start within it, so junk stays linear. */
const BOUND_REACH = 60;

/**
 * The bound the clause before `at` sets on its figure: 至少 followed by a word (至少3名 is the
 * number's own). The extractor reads it in the source and the validator in the quote, alike.
 */
export function clauseBound(text: string, at: number): "at_least" | "at_most" | undefined {
  const from = Math.max(0, at - BOUND_REACH);
  let k = at - 1;
  while (k >= from && !CLAUSE_STOPS.includes(text[k])) k--;
  if (k < from && from > 0) return undefined;
  const clause = text.slice(k + 1, at);
  for (const [word, qualifier] of CLAUSE_QUALIFIERS) {
    const w = clause.lastIndexOf(word);
    if (w !== -1 && /^[\u4e00-\u9fff]/.test(clause.slice(w + word.length))) return qualifier;
  }
  return undefined;
}

/** 每服务1小时积1分, 每流转1亩补贴200元: after 每 and one of these, a 1 is what a rate is per, not a count. */
export const PER_ONE_VERBS = [
  "服务",
  "种植",
  "养殖",
  "流转",
  "新增",
  "销售",
  "收购",
  "吸纳",
  "招用",
  "安置",
  "带动",
  "培训",
  "参加",
  "参与",
  "完成",
  "满",
  "超过",
  "超",
];

/** 低于3%的问责红线: a figure that is a line itself (the bound word compares another figure with it). */
export const THRESHOLD_NOUNS = ["红线", "底线", "警戒线", "控制线", "达标线", "标准线", "基准线", "及格线", "上限", "下限", "阈值", "限值"];
/**
 * 超过55%的考核要求: after a word that compares (超过, 高于, 低于), a requirement or target is a line
 * too; after a bound (不低于6%的增长目标) it is the target's own bound.
 */
export const GOAL_NOUNS = ["要求", "目标"];
export const COMPARING_WORDS = ["超过", "高于", "低于"];

export const SUFFIX_QUALIFIERS: [string, "at_least" | "at_most" | "approx"][] = [
  ["以上", "at_least"],
  ["以下", "at_most"],
  ["以内", "at_most"],
  ["左右", "approx"],
  ["上下", "approx"],
];

/** Separators of a range: 3至5次, 300—500人, 3-5个. */
export const RANGE_SEPARATORS = ["——", "至", "到", "—", "–", "-", "－", "~", "～"];
