/**
 * The words the extractor knows: units and classifiers, qualifiers, names that contain numerals,
 * and the category vocabulary drafts are filed under. Plain data, so a reviewer can read the rules.
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
    ["个百分点", "percent"], ["百分点", "percent"], ["个工作日", "duration"], ["个星期", "duration"],
    ["个小时", "hours", "小时"], ["个月", "duration"], ["平方米", "count"], ["平米", "count", "平方米"], ["立方米", "count"],
    ["人次", "count"], ["户次", "count"], ["场次", "count"], ["册次", "count"], ["车次", "count"], ["批次", "count"],
    ["万元", "money"], ["亿元", "money"], ["公里", "count"], ["千米", "count"], ["公斤", "count"], ["千克", "count"],
    ["小时", "hours"], ["学时", "hours"], ["课时", "hours"], ["分钟", "duration"], ["工作日", "duration"],
    ["周年", "anniversary"], ["方面", "count"],
    ["元", "money"], ["%", "percent"], ["％", "percent", "%"], ["㎡", "count", "平方米"],
    ["条", "count"], ["个", "count"], ["册", "count"], ["次", "count"], ["场", "count"], ["期", "count"], ["名", "count"],
    ["人", "count"], ["户", "count"], ["家", "count"], ["份", "count"], ["张", "count"], ["幅", "count"], ["块", "count"],
    ["处", "count"], ["所", "count"], ["座", "count"], ["栋", "count"], ["间", "count"], ["套", "count"], ["台", "count"],
    ["辆", "count"], ["支", "count"], ["队", "count"], ["批", "count"], ["项", "count"], ["件", "count"], ["起", "count"],
    ["篇", "count"], ["首", "count"], ["部", "count"], ["盏", "count"], ["面", "count"], ["棵", "count"], ["株", "count"],
    ["只", "count"], ["头", "count"], ["本", "count"], ["种", "count"], ["类", "count"], ["轮", "count"], ["届", "count"],
    ["位", "count"], ["门", "count"], ["节", "count"], ["课", "count"], ["堂", "count"], ["组", "count"], ["班", "count"],
    ["对", "count"], ["桌", "count"], ["封", "count"], ["遍", "count"], ["趟", "count"], ["米", "count"], ["亩", "count"],
    ["吨", "count"], ["斤", "count"], ["成", "count"],
    ["年", "year"], ["月", "month"], ["周", "duration"], ["天", "duration"], ["日", "day"], ["号", "day"], ["秒", "duration"],
  ] as [string, UnitKind, string?][]
).map(([unit, kind, normal]) => ({ unit, kind, normal }));

/** A classifier followed by these characters is the start of a word, not a unit (台账, 场所, 期间). */
export const UNIT_BLOCKERS: Record<string, string> = {
  个: "体性案例",
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
  轮: "训流换",
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
};

/** Qualifier words written before the number, longest first. */
export const PREFIX_QUALIFIERS: [string, "at_least" | "at_most" | "approx"][] = [
  ["不少于", "at_least"], ["不低于", "at_least"], ["不超过", "at_most"], ["大约", "approx"], ["约为", "approx"],
  ["约有", "approx"], ["将近", "approx"], ["接近", "approx"], ["至少", "at_least"], ["超过", "at_least"], ["突破", "at_least"],
  ["不足", "at_most"], ["不到", "at_most"], ["最多", "at_most"], ["至多", "at_most"], ["逾", "at_least"], ["超", "at_least"],
  ["约", "approx"], ["近", "approx"],
];

/** Characters before 约/近/超 that make them part of another word (签约, 最近, 赶超). */
export const PREFIX_WORD_BEFORE: Record<string, string> = {
  约: "签节制合公条预邀相践违履特誓民规契简婉隐纽大",
  近: "最附接将邻靠亲就逼贴临走拉",
  超: "高赶",
};

export const SUFFIX_QUALIFIERS: [string, "at_least" | "at_most" | "approx"][] = [
  ["以上", "at_least"], ["以下", "at_most"], ["以内", "at_most"], ["左右", "approx"], ["上下", "approx"],
];

/** 累计/共/总计: the source says the figure is a running total. */
export const CUMULATIVE_MARKERS = ["累计", "共计", "总计", "合计", "总共", "一共", "累积", "共有", "共"];
/** 共 in these words is not "in total" (中共, 公共, 共产党, 共同). */
export const GONG_NOT_BEFORE = "公中总一";
export const GONG_NOT_AFTER = "产同建享青治识性赢商筑创育进鸣振和用谋处存";

/** Separators of a range: 3至5次, 300—500人, 3-5个. */
export const RANGE_SEPARATORS = ["——", "至", "到", "—", "–", "-", "－", "~", "～"];

/**
 * Fixed phrases that contain numerals but count nothing. Matched before numbers are read, so
 * 四个意识 is not "4个" and 十九届 is not "19届".
 */
export const NAME_PHRASES = [
  "一岗双责", "两微一端", "村两委", "两委", "两新组织", "两新", "两学一做", "三会一课", "四个意识", "四个自信", "两个维护",
  "两个确立", "四个全面", "五位一体", "三个代表", "中央八项规定", "八项规定", "三严三实", "两个一百年", "一带一路",
  "十八大", "十九大", "二十大", "十八届", "十九届", "二十届", "一中全会", "二中全会", "三中全会", "四中全会", "五中全会",
  "六中全会", "七中全会", "十三五", "十四五", "十五五", "三农", "三资", "三务公开", "四议两公开", "一事一议", "一村一品",
  "一户一档", "一人一档", "一村一策", "一线一档", "一案一档", "一约四会", "一中心一管理员", "一站式", "一网通办",
  "最多跑一次", "一把手", "第一书记", "三八", "五四", "七一", "八一", "五一", "六一", "十一期间", "五好家庭", "十星级",
  "十佳", "五老", "两不愁三保障", "三保障", "六稳六保", "三大攻坚战", "三个一批", "五个一", "两个责任", "一票否决",
  "一盘棋", "一张蓝图", "两级", "三级", "四级", "五级", "两手抓", "两手", "两岸", "两会", "三公经费", "一号文件",
  "一对一", "双一流", "三个务必", "一老一小", "三下乡", "两癌", "三番五次", "千方百计", "四面八方", "一五一十",
  "七上八下", "十全十美", "万无一失", "一心一意", "五湖四海", "千家万户", "三令五申", "七嘴八舌", "一清二楚",
  "接二连三", "四处", "一点一滴", "三五成群", "三位一体", "一体化",
];

/** People a missing count of 名 is about (由名老党员组成), longest first. */
export const PERSON_NOUNS: string[] = [
  "工作人员", "老党员", "志愿者", "宣传员", "网格员", "老干部", "老教师", "宣讲员", "管理员", "评论员", "信息员", "监督员", "调解员", "党员", "干部", "群众",
  "成员", "村民", "代表", "骨干", "乡贤", "教师", "学生", "同志", "专家", "律师", "民警", "辅警", "队员", "学员", "讲师", "青年", "妇女", "儿童",
  "老人",
];

/** Words after 个 that are not "N个" with the number left out (个人, 个别). */
export const GE_WORDS = ["个人", "个别", "个体", "个性", "个案", "个例", "个数", "个子", "个头", "个把", "个中", "个税", "个位", "个个", "个儿"];

/** Characters before 个/名 that already give or replace the number (这个, 每个, 逐个, 报名). */
export const NOT_A_BLANK_BEFORE = "一二三四五六七八九十百千万两几多半整这那哪某各每单个些该此上下真逐挨是成第零〇";
export const NOT_A_BLANK_BEFORE_MING = "姓报命提排知著署点实签联匿记冠挂有出盛功芳地书人罪化假同虚浮莫美威声题别正慕指域数";

/** Section headings that open the weaknesses or the plans. */
export const WEAKNESS_HEADING = /存在|(?:问题|不足|困难|短板|差距)$|薄弱环节|不足之处/;
export const PLAN_HEADING = /下一步|下步|下半年|下阶段|下一阶段|明年|今后|打算|思路|努力方向|工作计划|工作安排/;
/** An inline sentence that opens the weaknesses: 但还存在着一些薄弱环节,主要是: */
export const WEAKNESS_TRIGGER =
  /存在(?:着)?(?:的)?(?:一些|以下|如下|诸多|不少|一定的?)?(?:主要)?(?:问题|不足|薄弱环节|短板|差距|困难)|不足之处|薄弱环节|短板弱项|问题和不足/;
/** An inline sentence that opens the plans: 下半年,我镇将从以下四个方面… */
export const PLAN_TRIGGER = /^(?:下一步|下步|下半年|下阶段|下一阶段|今后|明年|20\d\d年)[,，]?.{0,12}?(?:将|要|计划|打算|重点|着力|努力|继续)/;

export type CategoryDef = { id: string; label: string; description?: string; keywords: string[] };

/**
 * The categories a draft files measures under: stable ASCII ids, Chinese labels. The first nine
 * match the seed report, so a drafted report reads like the hand-made one.
 */
export const CATEGORY_VOCABULARY: CategoryDef[] = [
  { id: "deployment", label: "会议部署", description: "专题会议、安排部署", keywords: ["会议", "专题会", "推进会", "党委会", "联席会", "调度会", "座谈会", "部署"] },
  { id: "organization", label: "组织机构", description: "领导小组、理事会等机构", keywords: ["领导小组", "小组", "理事会", "委员会", "宣讲团", "办公室", "工作专班", "成立", "组建"] },
  { id: "documents", label: "制度文件", description: "制定、下发的文件与清单", keywords: ["方案", "制度", "细则", "办法", "清单", "文件", "意见", "村规民约", "责任书", "印发", "制定", "出台"] },
  { id: "responsibility", label: "责任落实", description: "责任制、责任主体、督导检查", keywords: ["责任", "督导", "督查", "考核", "目标管理", "签订"] },
  { id: "study", label: "理论学习", keywords: ["学习", "中心组", "研讨", "心得", "理论", "辅导报告", "党课", "宣讲"] },
  { id: "publicity", label: "宣传氛围", description: "条幅、标语等宣传品", keywords: ["宣传", "标语", "条幅", "横幅", "展板", "宣传栏", "广告牌", "倡议书", "通告", "公众号", "推送", "粉丝", "稿件", "媒体", "专版", "宣传牌", "广播", "知晓率"] },
  { id: "supervision", label: "监督举报", description: "举报箱、举报电话、专项整治", keywords: ["举报", "线索", "核查", "办结", "立案", "团伙", "嫌疑人", "打掉", "移交", "舆情", "备案", "纠正", "违规"] },
  { id: "customs", label: "移风易俗", keywords: ["移风易俗", "红白", "婚", "丧", "彩礼", "宴席", "大操大办", "文明家庭", "五好家庭", "陋习", "新人", "操办"] },
  { id: "culture", label: "文化阵地", description: "文体活动室、图书、体育场所", keywords: ["文化阵地", "文化站", "书屋", "图书", "书籍", "藏书", "阅览", "活动室", "广场", "健身", "场地", "器材", "设施", "出版物", "音像", "电脑", "功能室", "建筑面积", "文化服务中心", "利用率"] },
  { id: "activities", label: "文体活动", description: "演出、比赛、阅读等群众活动", keywords: ["活动", "演出", "展演", "比赛", "篮球赛", "阅读", "读书", "文艺", "广场舞", "参与群众", "参赛", "婚礼"] },
  { id: "training", label: "教育培训", keywords: ["培训", "轮训", "授课", "培训班", "学员", "辅导"] },
  { id: "inspection", label: "排查整治", description: "排查、走访、专项整治", keywords: ["排查", "整治", "隐患", "清理", "走访", "入户", "摸排", "整改"] },
  { id: "funding", label: "资金投入", description: "资金、经费、补贴", keywords: ["资金", "经费", "投入", "补贴", "奖补", "费用", "预算"] },
  { id: "personnel", label: "队伍人员", description: "工作人员、管理员、骨干队伍", keywords: ["人员", "管理员", "网格员", "评论员", "宣传员", "成员", "骨干", "配备", "专职", "兼职", "人才", "队伍"] },
  { id: "other", label: "其他", description: "未能归类，请人工指定", keywords: [] },
];
