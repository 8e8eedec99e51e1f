/**
 * The words around a number the extractor knows: units and classifiers (and the characters that
 * make them part of a word instead), qualifiers and range separators (running totals: totals.ts).
 * Plain data, so a reviewer can read the rules.
 */

export type UnitKind =
  | "count" // 条、个、册、次……
  | "money" // 元、万元、亿元
  | "percent" // %、个百分点
  | "hours" // 小时、学时：accumulated effort, a figure
  | "duration" // 年、个月、天……: a span of time, not a figure
  | "anniversary" // 周年
  | "year" // 年 (after a year number)
  | "month" // 月 (a date)
  | "day"; // 日、号 (a date or a document number)

type UnitDef = { unit: string; kind: UnitKind; normal?: string };

/** Longest first, so 人次 wins over 人 and 个百分点 over 个. */
export const UNITS: UnitDef[] = (
  [
    ["个百分点", "percent"],
    ["百分点", "percent"],
    ["个工作日", "duration"],
    ["个星期", "duration"],
    ["个小时", "hours", "小时"],
    ["个月", "duration"],
    ["微克/立方米", "count"],
    ["毫克/立方米", "count"],
    ["立方米/秒", "count"],
    ["毫克/升", "count"],
    ["平方公里", "count"],
    ["平方千米", "count", "平方公里"],
    ["平方米", "count"],
    ["平米", "count", "平方米"],
    ["立方米", "count"],
    ["人次", "count"],
    ["户次", "count"],
    ["场次", "count"],
    ["册次", "count"],
    ["车次", "count"],
    ["台次", "count"],
    ["批次", "count"],
    // 检查56校次, 督查120村次: visits counted school by school, village by village.
    ["校次", "count"],
    ["村次", "count"],
    // 巡查文物312处次, 检查小区186个次, 推送预警信息380余万条次: visits and sends counted one by one.
    ["处次", "count"],
    ["个次", "count"],
    ["条次", "count"],
    ["万元", "money"],
    ["亿元", "money"],
    ["美元", "money"],
    ["欧元", "money"],
    ["港元", "money"],
    ["人份", "count"],
    ["件套", "count"],
    ["台套", "count"],
    // 检定计量器具1.2万台件: instruments counted by the piece.
    ["台件", "count"],
    ["亩次", "count"],
    ["兆瓦", "count"],
    ["公里", "count"],
    ["公顷", "count"],
    ["千瓦时", "count"],
    ["千瓦", "count"],
    ["摄氏度", "count", "℃"],
    ["剂次", "count"],
    ["家次", "count"],
    ["辆次", "count"],
    ["艘次", "count"],
    ["架次", "count"],
    ["班次", "count"],
    ["件次", "count"],
    ["千米", "count"],
    ["毫米", "count"],
    ["厘米", "count"],
    ["公斤", "count"],
    ["千克", "count"],
    ["克", "count"],
    ["小时", "hours"],
    ["学时", "hours"],
    ["课时", "hours"],
    ["分钟", "duration"],
    ["工作日", "duration"],
    ["周年", "anniversary"],
    ["方面", "count"],
    ["元", "money"],
    ["%", "percent"],
    ["％", "percent", "%"],
    ["㎡", "count", "平方米"],
    ["℃", "count"],
    ["‰", "percent"],
    ["条", "count"],
    ["个", "count"],
    ["册", "count"],
    ["次", "count"],
    ["场", "count"],
    ["期", "count"],
    ["名", "count"],
    ["人", "count"],
    ["户", "count"],
    ["家", "count"],
    ["份", "count"],
    ["张", "count"],
    ["幅", "count"],
    ["块", "count"],
    ["处", "count"],
    ["所", "count"],
    ["座", "count"],
    ["栋", "count"],
    ["间", "count"],
    ["套", "count"],
    ["台", "count"],
    ["辆", "count"],
    ["支", "count"],
    ["队", "count"],
    ["批", "count"],
    ["项", "count"],
    ["件", "count"],
    ["起", "count"],
    ["篇", "count"],
    ["首", "count"],
    ["部", "count"],
    ["盏", "count"],
    ["面", "count"],
    ["棵", "count"],
    ["株", "count"],
    ["只", "count"],
    ["头", "count"],
    ["本", "count"],
    ["种", "count"],
    ["类", "count"],
    ["轮", "count"],
    ["届", "count"],
    ["位", "count"],
    ["门", "count"],
    ["节", "count"],
    ["课", "count"],
    ["堂", "count"],
    ["组", "count"],
    ["班", "count"],
    ["对", "count"],
    ["桌", "count"],
    ["封", "count"],
    ["遍", "count"],
    ["趟", "count"],
    ["米", "count"],
    ["亩", "count"],
    ["吨", "count"],
    ["斤", "count"],
    ["成", "count"],
    ["倍", "count"],
    ["例", "count"],
    ["笔", "count"],
    ["宗", "count"],
    ["剂", "count"],
    ["箱", "count"],
    ["床", "count"],
    ["桶", "count"],
    ["袋", "count"],
    ["瓶", "count"],
    ["顶", "count"],
    ["根", "count"],
    ["盒", "count"],
    ["包", "count"],
    ["架", "count"],
    ["艘", "count"],
    ["匹", "count"],
    ["口", "count"],
    ["把", "count"],
    // 投放鱼苗8,000尾: fish.
    ["尾", "count"],
    ["单", "count"],
    // 监控1,460路: video channels.
    ["路", "count"],
    // 辖9镇6乡: towns and townships counted without 个.
    ["镇", "count"],
    ["乡", "count"],
    ["分", "count"],
    ["岁", "count"],
    ["年", "year"],
    ["月", "month"],
    ["周", "duration"],
    ["天", "duration"],
    ["日", "day"],
    ["号", "day"],
    ["秒", "duration"],
  ] as [string, UnitKind, string?][]
).map(([unit, kind, normal]) => ({ unit, kind, normal }));

/** A classifier followed by these characters is the start of a word, not a unit (台账, 场所, 期间). */
export const UNIT_BLOCKERS: Record<string, string> = {
  个: "体性案例",
  // 三个次要问题: 次要 is "secondary", not 个次.
  个次: "要序",
  名: "义称单额录片胜誉字牌著",
  场: "所地景馆合面",
  次: "性要序日数",
  条: "件例款理",
  家: "庭风长属园乡门",
  所: "有在属辖得需以谓",
  处: "理置分罚室长",
  部: "门署分长",
  期: "间限刊望待盼末",
  人: "民员才们口均",
  户: "口籍外主型",
  队: "伍员长",
  批: "示评准复",
  台: "账帐阶风",
  面: "积临向对貌子孔",
  本: "地次级人身质领职着",
  支: "部持出付",
  位: "于置",
  种: "植子",
  座: "谈",
  间: "隔接",
  课: "题",
  节: "日约点能",
  门: "户口槛",
  班: "子组",
  组: "织成建",
  对: "于象接照标待策话外口",
  // 三轮车, 四轮车: a vehicle's name, not 3 轮.
  轮: "训流换车",
  届: "时满",
  起: "来到草步点",
  首: "先要创位",
  张: "贴",
  只: "有是要能",
  份: "额子",
  封: "闭锁面建",
  项: "目",
  头: "脑",
  成: "员立为效果绩本熟功就长型交品",
  例: "如行会",
  笔: "记录者",
  宗: "旨教族",
  剂: "量",
  倍: "增受感",
  包: "括联保村干片案抓户装容",
  根: "据本治源",
  顶: "格层",
  架: "构设起",
  匹: "配",
  箱: "体",
  床: "位铺",
  口: "罩岸径号令头碑袋味腔子语音气述",
  把: "关握手持脉守控",
  尾: "款声矿气巴部号端随数盘货水菜",
  分: "钟之",
  镇: "村街区域级政党府干长中上内民守压静定痛纸",
  乡: "镇村贤土情愁风亲里级民邻音下间野俗",
  路: "线段面口灯网况径长上边旁基子费由演标牌",
  克: "服难隆制星",
  单: "位元独项身亲户个价体列一据轮日月周年次车品台方间边线向纯调薄打子人兵词产季式工机制模合联",
};

/**
 * Units that count only where the clause before says what they measure: 分 is a score after
 * 得分/测评/分值 (elsewhere a minute or a fen), 岁 a statistic after 平均年龄 (elsewhere an age
 * threshold, 35 岁以下, which is no figure).
 */
export const UNIT_CONTEXT: Record<string, RegExp> = {
  分: /得分|评分|打分|满分|测评|考核|考评|评估|分数|总分|分值/,
  岁: /平均年龄/,
};

/** Durations that count where the clause says so: 优良天数226天 counts days (培训3天 stays a span). */
export const COUNT_CONTEXT: Record<string, RegExp> = {
  天: /天数/,
};

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
  约: "签节制合公条预邀相践违履特誓民规契简婉隐纽大",
  近: "最附接将邻靠亲就逼贴临走拉",
  超: "高赶商",
};

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
