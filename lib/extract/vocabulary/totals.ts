/** The words that say a figure is a running total (累计, 共计, 共), and the words 共 only starts. */

/** 累计/共/总计: the source says the figure is a running total. */
export const CUMULATIVE_MARKERS = ["累计", "共计", "总计", "合计", "总共", "一共", "累积", "共有", "共"];

/** The markers that are the adverb 共 ("in all"), which totals the clause's list wherever it stands. */
export const GONG_MARKERS = ["共有", "共计", "一共", "总共", "共"];

/** 共 after these is part of a word, not "in total" (中共, 公共). */
export const GONG_NOT_BEFORE = "公中总一";

/**
 * 共 before these is "together" in a word of its own (共产党, 共同, 共建共治共享, 稻虾共养, 稻虾共作, 共富工坊, 同舟共济),
 * not "in total".
 */
export const GONG_NOT_AFTER = "产同建享青治识性赢商筑创育进鸣振和用谋处存养富管担融济荣驻庆话促绘勉迎聚谱铸克渡赴襄作";

/**
 * After 共 these two-character verbs win over the word GONG_NOT_AFTER would make: 共处置林火3起 is
 * "in total dealt with", not 共处 (coexist); 共建成 is "in total built", not 共建 (build together).
 */
export const GONG_VERBS = [
  "处置",
  "处理",
  "处罚",
  "建成",
  "建设",
  "创建",
  "创办",
  "治理",
  "进行",
  "养殖",
  "管理",
  "管护",
  "存栏",
  "用于",
  "育苗",
  // 共作出处罚决定15件: "in total made", not 共作 (稻虾共作).
  "作出",
];
