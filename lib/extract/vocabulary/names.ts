/**
 * Words that tell a numeral or a classifier is not a figure: names that contain numerals
 * (两学一做), and what may stand after 个/名 (or before them) where a count was left out.
 */

/**
 * Fixed phrases that contain numerals but count nothing. Matched before numbers are read, so
 * 四个意识 is not "4个" and 十九届 is not "19届".
 */
export const NAME_PHRASES = [
  "一岗双责",
  "一把手",
  "门前三包",
  "四个不摘",
  "三超一疲劳",
  "十九届六中全会",
  "两微一端",
  "村两委",
  "两委",
  "两新组织",
  "两新",
  "两学一做",
  "三会一课",
  "四个意识",
  "四个自信",
  "两个维护",
  "两个确立",
  "四个全面",
  "五位一体",
  "三个代表",
  "中央八项规定",
  "八项规定",
  "三严三实",
  "两个一百年",
  "一带一路",
  "十八大",
  "十九大",
  "二十大",
  "十八届",
  "十九届",
  "二十届",
  "一中全会",
  "二中全会",
  "三中全会",
  "四中全会",
  "五中全会",
  "六中全会",
  "七中全会",
  "十三五",
  "十四五",
  "十五五",
  "三农",
  "三资",
  "三务公开",
  "四议两公开",
  "一事一议",
  "一村一品",
  "一镇一品",
  "一乡一品",
  "十里八乡",
  "四乡八镇",
  "武汉三镇",
  "一户一档",
  "一人一档",
  "一村一策",
  "一线一档",
  "一案一档",
  "一约四会",
  "一中心一管理员",
  "一站式",
  "一网通办",
  "最多跑一次",
  "一把手",
  "第一书记",
  "三八",
  "五四",
  "七一",
  "八一",
  "五一",
  "六一",
  "十一期间",
  "五好家庭",
  "十星级",
  "十佳",
  "五老",
  "两不愁三保障",
  "三保障",
  "六稳六保",
  "三大攻坚战",
  "三个一批",
  "五个一",
  "两个责任",
  "一票否决",
  "一盘棋",
  "一张蓝图",
  "两级",
  "三级",
  "四级",
  "五级",
  "两手抓",
  "两手",
  "两岸",
  "两会",
  "三公经费",
  "一号文件",
  "一对一",
  "双一流",
  "三个务必",
  "一老一小",
  "三下乡",
  "两癌",
  "三番五次",
  "千方百计",
  "四面八方",
  "一五一十",
  "七上八下",
  "十全十美",
  "万无一失",
  "一心一意",
  "五湖四海",
  "千家万户",
  "三令五申",
  "七嘴八舌",
  "一清二楚",
  "接二连三",
  "四处",
  "一点一滴",
  "三五成群",
  "三位一体",
  "一体化",
  // 残疾人两项补贴, 春节、中秋两节期间: a programme and a pair of holidays by name.
  "两项补贴",
  "两节期间",
  // 水质达到二类标准: a water-quality class, not 2 类.
  ...["一", "二", "三", "四", "五"].flatMap((n) => [`${n}类标准`, `${n}类水质`, `${n}类水`]),
];

/** People a missing count of 名 is about (由名老党员组成), longest first. */
export const PERSON_NOUNS: string[] = [
  "重点信访人员",
  "重点人员",
  "信访人员",
  "工作人员",
  "老党员",
  "志愿者",
  "宣传员",
  "网格员",
  "老干部",
  "老教师",
  "宣讲员",
  "管理员",
  "评论员",
  "信息员",
  "监督员",
  "调解员",
  "党员",
  "人员",
  "干部",
  "群众",
  "成员",
  "村民",
  "代表",
  "骨干",
  "乡贤",
  "教师",
  "学生",
  "同志",
  "专家",
  "律师",
  "民警",
  "辅警",
  "队员",
  "学员",
  "讲师",
  "青年",
  "妇女",
  "儿童",
  "老人",
  "残疾人",
  "河长",
  "护林员",
  "保洁员",
  "安全员",
  "医生",
  "退役军人",
  "军人",
  "老兵",
  "老年人",
  "农民工",
  "农民",
  "居民",
  "职工",
  "员工",
  "工人",
  "家长",
  "幼儿",
  "患者",
  "对象",
  "书记",
  "人士",
  "村医",
  "护士",
  "毕业生",
  "劳动力",
  "负责人",
  "当事人",
  "带头人",
  "监护人",
];
/** 名专职安全员, 名返乡创业者: a person noun the list lacks still ends in one of these. */
export const PERSON_SUFFIXES = "员者";

/** Where a school or a clinic counted in 所 has been left without its number (有所幼儿园), after at most a modifier below. */
export const INSTITUTION_NOUNS = [
  "中小学",
  "幼儿园",
  "托儿所",
  "教学点",
  "小学",
  "中学",
  "初中",
  "高中",
  "完小",
  "学校",
  "院校",
  "高校",
  "医院",
  "卫生院",
  "卫生室",
  "诊所",
  "敬老院",
  "养老院",
  "福利院",
  "幸福院",
  "托育机构",
  "养老机构",
];
/** 有所民办幼儿园: what may stand between 所 and the institution. Only these: 有所提高, 有所加强学校安全 are no blanks. */
export const INSTITUTION_MODIFIERS = ["民办", "公办", "村级", "乡镇", "农村", "城区", "中心", "寄宿制", "普惠性", "私立"];

/** Words after 个 that are not "N个" with the number left out (个人, 个别). */
export const GE_WORDS = [
  "个人",
  "个别",
  "个体",
  "个性",
  "个案",
  "个例",
  "个数",
  "个子",
  "个头",
  "个把",
  "个中",
  "个税",
  "个位",
  "个个",
  "个儿",
];

/**
 * Nouns that make 个 the colloquial "a" of a set phrase, not a count left out: 挂个名, 走个过场, 打个招呼, 做个样子.
 * A one-character noun only when it ends the phrase (挂个名”), so 仍有个名额 stays a blank.
 */
export const GE_IDIOM_NOUNS = ["名", "过场", "招呼", "样子", "说法", "形式", "面子", "场面"];

/** Characters before 个/名 that already give or replace the number (这个, 每个, 逐个, 报名). */
export const NOT_A_BLANK_BEFORE = "一二三四五六七八九十百千万两几多半整这那哪某各每单个些该此上下真逐挨是成第零〇";
export const NOT_A_BLANK_BEFORE_MING = "姓报命提排知著署点实签联匿记冠挂有出盛功芳地书人罪化假同虚浮莫美威声题别正慕指域数除具更";
/** 仍有名重点人员: after these, 有 asks for a count, and the 名 is no part of 有名 (famous). */
export const COUNT_BEFORE_YOU = "仍尚还另共现";

/**
 * Classifiers besides 个/名 whose number a writer may leave out (仍有家企业, 为户困难群众, 仍有件历史遗留问题, 仍有栋危房):
 * the count units of buildings, rooms, machines, vehicles, lots and cases. They start so many words (家庭, 户籍, 处理,
 * 场所, 台账, 起色) that a blank is taken only after a word that asks for a count.
 */
export const CUED_CLASSIFIERS = "家户处场项座条件份栋间台辆套艘盏棵株批宗笔例起支张";
/** Words after which a classifier stands where its number should: 仍有家企业, 建成个公园, 举办场招聘会. Longest first. */
export const BLANK_CUES = [
  "累计",
  "共计",
  "合计",
  "总计",
  "建成",
  "新建",
  "举办",
  "开展",
  "组织",
  "召开",
  "举行",
  "涉及",
  "惠及",
  "有",
  "为",
];
/** Characters before a cue that make it part of another word: 所有, 没有, 拥有, 作为, 因为, 成为. */
export const CUE_WORD_BEFORE: Record<string, string> = {
  有: "所没只具拥享占持含带富固特原唯惟未少罕应独专私公国保领",
  为: "作成认称视定因以行较更最极甚尤改转列评选分变化划升降合名誉沦人无",
};
/** After a cued classifier, besides UNIT_BLOCKERS, the characters that make it start a word: 家人, 户均, 处于, 场镇. */
export const BLANK_BLOCKERS: Record<string, string> = {
  家: "人中里务政具电访族禽畜底教居用规训事境产业常喻家谱暴宴校医书国可",
  户: "均户数别头内厕况情名容貌晓",
  处: "于在境方事世女处变决级所",
  场: "次域院部长内外站镇上下",
  项: "链下",
  座: "位椅席机次",
  条: "不块线幅码形目文令规",
  件: "次套数事",
  份: "量内",
  栋: "梁",
  间: "断歇距",
  台: "湾胞上前",
  套: "餐路用",
  株: "洲",
  批: "判量",
  宗: "旨教族",
  笔: "记墨试者",
  例: "外如行子可",
  起: "色诉因源",
  支: "援撑队书柱",
  张: "贴力扬望罗开口灯嘴弛扣",
};
/** Words that end the noun after a blank classifier, the clause's verb: 为户困难群众申请…, 仍有户家庭主要依靠…. */
export const BLANK_NOUN_ENDS = [
  "主要",
  "申请",
  "办理",
  "发放",
  "解决",
  "落实",
  "完成",
  "存在",
  "享受",
  "纳入",
  "提供",
  "实现",
  "获得",
  "接受",
  "依靠",
];
/**
 * A cued classifier straight before one of these is a blank with no noun: 仍有户未脱贫, 尚有处正在整改,
 * and 仍有家“三合一”场所 (a quoted name opens the noun).
 */
export const BLANK_BARE_BEFORE = "未尚已仍还均都存正因“";
/** 举办各类招聘活动场，: a clause-final 场 counts events after one of these nouns, in a clause with one of EVENT_VERBS. */
export const EVENT_NOUNS = [
  "招聘会",
  "座谈会",
  "报告会",
  "推介会",
  "交流会",
  "活动",
  "讲座",
  "演出",
  "比赛",
  "竞赛",
  "宣讲",
  "培训",
  "会议",
  "晚会",
  "展演",
  "赛事",
  "义诊",
  "放映",
];
export const EVENT_VERBS = ["举办", "开展", "组织", "举行", "召开", "放映", "承办"];

/** Phrases that are a count, not the adverb, when they end a clause after a noun: 宗教活动场所四处， (四处奔走 stays a name). */
export const COUNT_AT_CLAUSE_END = ["四处"];

/** Verbs of making whose object a clause-final 一个 counts: 建成乡级区域养老服务中心一个. */
export const MAKING_VERBS = ["建成", "新建", "组建", "成立", "设立", "打造", "创建", "建立", "培育", "配备", "新增", "改造", "提升"];

/** 项目一期, 园区二期, 三期工程: a phase of what these words name, before or after N期, is an ordinal. */
export const PHASE_OF = ["项目", "工程", "园区", "园", "厂", "基地", "小区", "新区", "开发区"];
export const PHASE_BEFORE = ["工程", "项目", "用地", "厂房", "扩建", "规划"];
