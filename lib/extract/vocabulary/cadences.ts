/** The words that say how often work is done, besides 每…: plain data, so a reviewer can read the rules. */

/** Verbs of routine work a bare period word may lead: 周调度, 月研判, 季观摩, 日管控. */
export const ROUTINE_VERBS = [
  "监测",
  "研判",
  "调度",
  "通报",
  "观摩",
  "排查",
  "督查",
  "巡查",
  "例会",
  "会商",
  "讲评",
  "点评",
  "考核",
  "考评",
  "评比",
  "排名",
  "晾晒",
  "分析",
  "总结",
  "报告",
  "报送",
  "管控",
  "检查",
  "巡检",
  "盘点",
  "统计",
];
/** Characters before 周/月/季 that pick one period rather than each (本周, 上月, 次月, 逐月 aside). */
export const PERIOD_PICKERS = "本上下当同次该这那前后近每半双整全年岁个第去今明隔";
