/**
 * The word patterns of the indicator rule (lib/extract/indicators.ts): how far a word may stand from
 * its figure, and the phrases that make a figure a part, a threshold, a stock, a forecast or a fault
 * rather than the indicator its word names. Each is tested in unit/extract-indicators*.test.ts.
 */
import type { Indicator } from "../model/indicators";

/** Before the figure, a word's distance counts once; after it, twice (the object usually precedes the count). */
export const AFTER_PENALTY = 2;
/** A word after the figure names it only when close and in the same phrase (在19个行政村); further on (3 个中心村设立老年食堂), or past 、, it names something else. */
export const AFTER_REACH = 4;
export const PHRASE_BREAK = /[、，,；;：:（(“”"]/;
/** A word after the figure whose phrase goes on to a fault (5个村的林区消防通道不畅) names a problem, not the entry's count. */
export const FAULT_AFTER = /^[^，,。；;、]*?(?:不畅|不到位|不达标|不规范|不足|缺失|损坏)/;
/** …nor past a negation: 有 3 个街道尚未开通政务新媒体 counts streets, not accounts. */
export const NEGATION = /[未没不]/;
/** A figure in another of the indicator's units fits a little less than one in its own (5.26万剂次 over 310人 for 接种). */
export const OTHER_UNIT_PENALTY = 1;
/** A word further before the figure than this names something else of the clause (a clause of a scraped page can run for pages). */
export const BEFORE_REACH = 40;
/** Longer than any clause: how far the tests for breakdowns, thresholds and shares look. */
export const CLAUSE_REACH = 200;
/**
 * Fields whose entries are named by words every report uses (总投资, 项目, 企业; 卡点, 场所; 来访, 信访; 就业, 岗位):
 * in a report whose title names other fields, such a word of fewer than FIELD_WORD characters names the report's own
 * business (总投资 of a 党建 project is no 项目总投资 of the economy), so it suggests nothing.
 */
export const FIELD_BOUND = new Set<Indicator["group"]>(["economy", "epidemic", "petition", "social"]);
export const FIELD_WORD = 5;
/**
 * A word this short (入户, 查处, 募集) of an entry whose field the title does not name names its figure only within
 * SHORT_WORD_OFF_FIELD characters of it: further off, in the rounds' first scorings, it was wrong 19 times to 9 right.
 */
export const SHORT_WORD = 2;
export const SHORT_WORD_OFF_FIELD = 2;
/**
 * A suggestion is filled in only on this much evidence (picked by leaving each of six keyed rounds out in turn on its
 * first scoring, scripts/indicator-features.ts); anything less is a hint: its word, in the figure's own phrase, has at
 * least SURE_WORD characters; the phrase names the entry by more than that word (another two characters of its name or
 * what it counts); the title names no other field than the entry's; and the phrase's verb does not tell another period
 * than the entry's (新增 for a cumulative entry, 累计/现有 for one of a period).
 */
export const SURE_WORD = 3;
export const NEW_VERB = /新增|新建|新发展|新培育|新招|新纳入|新设立|新成立/;
export const TOTAL_VERB = /累计|现有|共有|总数|总量|在册|在用|辖/;

/** Another figure of the same clause, where it stands in the quote. */
export type Neighbour = { start: number; end: number; unit: string };

/** A subject this long opening a narrower word (脱贫人口…参保率) qualifies the general word in its clause; a shorter one is mostly a verb (监测). */
export const SUBJECT = 4;
/** How far into its clause a word may stand and the clause still open on it (总产量 24.6 万吨). */
export const BARE_WORD_LEAD = 1;
/** A word in an earlier clause of the sentence counts after every word of the figure's own clause. */
export const EARLIER_CLAUSE = 100;
/** How far into its clause a rate may stand and still be a bare rate (同比增长 6.8%, 整改率达到 98.4%). */
export const BARE_RATE_LEAD = 8;

export const BREAKDOWN = /其中/;
export const REMAINDER = /(?:仍|尚|还)有\s*$/;
/** …or after it, in its phrase (3000 辆电动车仍在楼道充电, 5 座处理站尚未运行). */
export const UNDONE_AFTER = /^[^，,。；;、]*?(?:仍|尚未|尚不|还未|未能)/;
/**
 * A bare 有 right before the figure picks a part by what follows (有 8 家规上企业产值同比下降; 31 起火灾中有 19 起由…引起); 共有,
 * 现有 state a whole, and …的有 (常年外出务工的有四千多人, 持证上岗的仅有9人) a group told by what it does, as often a column of its own.
 */
export const SOME_OF = /(?<![共现拥总另还仍尚没]|的[仅只]?)有\s*$/;
/** A shortfall (床位不足 30 张, 收入不足 20 万元, 专职人员不到 3 人) tells what is lacking, nearly always of a part or per unit. */
export const SHORTFALL = /^(?:不足|不到|低于|少于)/;
/** …as is a gap (建设用地指标缺口约 1,200 亩), an upper bound (经营性收入在 20 万元以下: a threshold, like 以上) and a span that
 * varies by unit (列支经费 2 万元至 5 万元不等). */
export const GAP_BEFORE = /(?:缺口|差额)\s*(?:约|近|达)?\s*$/;
export const UPPER_BOUND = /以下$/;
export const VARIES_AFTER = /^\s*不等/;
/** The most of one item (单篇最高阅读量 4.1 万次, 单日最多) is no total of the period. */
export const SINGLE_MOST =
  /单[篇条期日场次个项件][^\d，,。；;、]{0,2}(?:最高|最多|最大)?[^\d，,。；;、]{0,6}$|(?:最高|最多)[^\d，,。；;、]{0,6}$/;
/** A share of a named whole (占一般公共预算收入的 84.2%) is a part's weight, not the whole's rate (大专以上学历的占 42% is one). */
export const SHARE = /占[^，,。；;、\d]{1,20}的\s*$/;
/** A word closing a parenthesis before the figure explains the thing before it: 22 个村（社区）、15 个镇直部门. */
export const CLOSED = /^\s*[）)]/;
// 每个村配备1名 (but not 每天、每月…, which are cadences), 平均每个书屋, 户均, 亩均税收, 各30名, 8个村各配备…1名 (各村配备 is all of them).
export const PER_UNIT =
  /每(?![天日周月季年])|平均每|[户亩]均|各\s*$|[\d一二三四五六七八九十两]\s*[个名家户所座支]?[^\d，,。；;、]{1,4}各[^\d，,。；;、]*$/;
export const THRESHOLD_BEFORE = /(?:全部|均)(?:达到|超过|在)?\s*$/;
/** A set picked by a threshold before the word (新开工亿元以上项目 46 个, 60 岁以上的党员 157 名) is a part, not the whole. */
export const THRESHOLD_SET = /(?:[\d一二三四五六七八九十百千]\s*\S{0,3}|[万亿]元)以上[^，,。；;、\d]{0,6}$/;
export const THRESHOLD_AFTER = /^\s*的/;
/**
 * A task set from above or the share of it done (县里下达我乡的任务是签约率55%以上, 完成县下达目标任务的115%, 离全县40%的
 * 目标还差3.3个百分点) states the target, not what was done (目标责任书 and 目标价格补贴 are things done).
 */
export const TASK_BEFORE =
  /(?:完成[^，,。；;]{0,12}(?:任务|目标)的|(?:任务|目标)(?:是|为)|(?:离|距|与)[^，,。；;]{0,10}目标[^，,。；;]{0,4}(?:还差|差距))[^，,。；;]{0,16}$/;
/** A forecast (建成后年产值可达 12 亿元, 有望突破) or a potential (秸秆可收集量) is no result yet; 预计达到 of a year-end report is one, estimated. */
export const FORECAST = /(?:可达到?|有望(?:达到|突破)?|可[^\d\s，,。；;]{1,2}量)\s*$/;
/** A tier (乡级河长9名、村级河长32名; 县级河道2条、乡级河道7条) is a part of the whole the entry counts. */
export const TIER = /[省市县区乡镇村组]级$/;
/**
 * A clause that opens on a stock (全县在用电梯1,524台, 境内有县级河道2条) or a total length (河道总长约118公里) states
 * what there is, not what a period did; a bare 有 only after a place (有效化解… is an action).
 */
export const PLACE = "(?:全[县市区镇乡]|辖区内?|境内|全街道)";
export const STOCK = new RegExp(`^(?:${PLACE}有|${PLACE}?(?:现有|共有|在用))|总长\\s*约?\\s*$`);
/** An honour right before the word (表彰优秀志愿服务项目, 评选“最美志愿者”) in a sentence that awards it. */
export const HONOUR = /优秀|先进|最美|十佳|星级/;
export const HONOURED = new RegExp(`(?:${HONOUR.source})[“”"]?$`);
export const HONOURING = /评选|评出|评定|表彰|命名|评/;
/** A removal verb in the word's phrase (清理过期标语, 拆除破损广告牌). */
export const REMOVED = /(?:清理|清除|拆除|撤除|撤换)[^，,。；;、\d]{0,4}$/;
export const REMOVING = /清|拆|撤|除|整治|整改/;
/** Listed side by side (第一书记和工作队员 348 名), a qualifier names no part. */
export const LISTED = /[和及与、]/;
/** A rate of change (较上年增长 22.4%) is the growth of what it follows, never a rate of level such as 接种率: only an entry named …增速 fits it. */
export const GROWTH_BEFORE = /(?:增长|下降|增加|减少|提高|降低|回落|上升)了?\s*$/;
export const isGrowth = (indicator: Indicator) => indicator.name.endsWith("增速");
export const CHANGE = "(?:提高|增加|增长|提升|上升|下降|减少|扩大|降低)(?:到|至)";
export const FROM_VALUE = new RegExp(`^\\s*${CHANGE}`);
export const TO_VALUE = new RegExp(`${CHANGE}\\s*$`);

export type Group = Indicator["group"];
/**
 * The fields a report's title names (…市场监管与食品安全工作情况汇报), each with the fields its figures
 * are usually filed under: a report on one field states few figures of another, so there a short word of
 * another field's entry (总投资, 床位, 问题线索) more likely names something of the report's own field.
 */
export const TITLE_FIELDS: [RegExp, Group[]][] = [
  [/安全生产|安全工作|安监|应急管理/, ["safety", "emergency"]],
  [/消防|森林防火|防汛|抗旱|防灾|减灾/, ["emergency", "safety"]],
  [/党建|党组织|党委|党工委|组织工作|党风廉政|纪检|述职/, ["party", "ideology"]],
  [/经济|招商|项目建设|营商|工业|投资/, ["economy", "resources", "infrastructure", "social"]],
  [/民政|救助|养老|社会福利|残疾人|兜底/, ["civil", "revitalisation"]],
  [/人居环境|村庄清洁|环境整治|厕所|垃圾/, ["environment", "infrastructure"]],
  [/生态环境|环境保护|环保|河长|林长|污染|大气|水质/, ["environment", "agriculture", "resources"]],
  [/乡村振兴|脱贫|衔接|集体经济|示范村|帮扶/, ["revitalisation", "agriculture", "economy", "infrastructure", "social"]],
  [/信访|维稳/, ["petition", "governance"]],
  [/疫情|防疫|新冠|肺炎/, ["epidemic", "education"]],
  [/卫生健康|医疗|医保|健康/, ["education", "epidemic"]],
  [/教育|学校/, ["education"]],
  [/就业|社会保障|社保|人力资源/, ["social"]],
  [/退役军人|双拥|优抚/, ["social", "petition"]],
  [/平安|综治|矛盾纠纷|扫黑|禁毒|法治|治安/, ["governance", "safety", "petition"]],
  [/意识形态|宣传|网信|网络|文明实践|志愿服务|移风易俗|书屋|文化站|精神文明/, ["ideology", "culture"]],
  [/文化|旅游|文旅|体育/, ["culture", "ideology"]],
  [/市场监管|食品安全|药品|政务服务/, ["services"]],
  [/统战|群团|工会|妇联|共青团|民族|宗教|侨/, ["mass", "economy"]],
  [/自然资源|耕地|国土|土地|矿产/, ["resources"]],
  [/农业|粮食|农村经济|种植|养殖/, ["agriculture", "economy", "revitalisation"]],
  [/交通|公路|水利|城乡建设|住房/, ["infrastructure"]],
];

/** The fields the title names, with the general `profile` entries (people, meetings, money); undefined when it names none. */
export function titleFields(title: string): Set<Group> | undefined {
  const named = TITLE_FIELDS.filter(([re]) => re.test(title)).flatMap(([, groups]) => groups);
  return named.length ? new Set<Group>(["profile", ...named]) : undefined;
}

/**
 * A sentence naming a period before the report's (2024年全镇排查…, 去年) states that period's figures, not this
 * one's; 比上年 and 同比 only compare with it, 由上年的38%提高到52.3% tells where this one's came from, and 2024年以来
 * runs on to now.
 */
export function namesPastPeriod(sentence: string, year: number | undefined): boolean {
  const plain = sentence.replace(/(?:比|较|同比|与)?(?:上年|去年|上一年)同期|(?:比|较|与|由|从)(?:上年|去年|上一年|(?:19|20)\d\d年)/g, "");
  if (/上年|去年|上一年/.test(plain)) return true;
  return year !== undefined && [...plain.matchAll(/((?:19|20)\d\d)年(?!以来|来|起|至|到|[—–-])/g)].some((m) => Number(m[1]) < year);
}
