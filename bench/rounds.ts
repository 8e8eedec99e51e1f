// The rounds of new fixtures, oldest first. Each round's reports were written by people who had not read the rules,
// annotated before the extractor first ran on them, keyed against a frozen catalogue, and scored once; after that the
// round joins the writing set. Only the last round still estimates how the rules do on reports they have not seen.
// A new round is one line here: bench 20 and 25, the fixture tests and scripts/indicator-features.ts read it.
export const ROUNDS = [
  { prefix: "blind", name: "第三轮" },
  { prefix: "fresh", name: "第四轮" },
  { prefix: "unseen", name: "第五轮" },
  { prefix: "novel", name: "第六轮" },
  { prefix: "later", name: "第七轮" },
  { prefix: "round8", name: "第八轮" },
  { prefix: "round9", name: "第九轮" },
  { prefix: "round10", name: "第十轮" },
  { prefix: "round11", name: "第十一轮" },
  { prefix: "round12", name: "第十二轮" },
  { prefix: "round13", name: "第十三轮" },
  { prefix: "round14", name: "第十四轮" },
  { prefix: "round15", name: "第十五轮" },
  { prefix: "round16", name: "第十六轮" },
  { prefix: "round17", name: "第十七轮" },
  { prefix: "round18", name: "第十八轮" },
  { prefix: "round19", name: "第十九轮" },
  { prefix: "round20", name: "第二十轮" },
] as const;

export type Round = (typeof ROUNDS)[number];
export const LATEST: Round = ROUNDS[ROUNDS.length - 1];
/** Newest first, as the benches print them. */
export const NEWEST_FIRST: readonly Round[] = [...ROUNDS].reverse();
/** The round a fixture belongs to, if any. */
export const roundOf = (fixture: string): Round | undefined => ROUNDS.find((r) => fixture.startsWith(`${r.prefix}-`));
/**
 * holdout-* and every round: the fixtures the rules were not first written against. A round's fixtures
 * (round<N>-*) count as one even before the round is named above, so a new round's fixtures are never held to the rules' thresholds.
 */
export const NOT_WRITTEN_AGAINST = new RegExp(`^(?:holdout|round\\d+|${ROUNDS.map((r) => r.prefix).join("|")})-`);

/**
 * Towns answering one county notice, each written by one of two hands: bench 26 drafts each with the
 * others already checked, as the county receives them (lib/extract/precedents.ts).
 */
export const NOTICE_SETS = [
  { prefix: "round12-jiegan-", name: "鹤川县农业农村局《关于报送2025年度秸秆综合利用和禁烧工作情况的通知》" },
  { prefix: "round12-yanglao-", name: "泸阳县民政局《关于报送2025年度农村养老服务工作情况的通知》" },
  { prefix: "round13-fanghuo-", name: "梧冈县应急管理局《关于报送2025年度森林防灭火工作情况的通知》" },
  { prefix: "round13-jiti-", name: "临渚县委组织部《关于报送2025年度村级集体经济发展情况的通知》" },
  { prefix: "round14-yibao-", name: "澄江县医疗保障局《关于报送2025年度城乡居民基本医疗保险参保缴费工作情况的通知》" },
  { prefix: "round14-hezhang-", name: "汀溪县河长制办公室《关于报送2025年度河湖长制工作情况的通知》" },
  { prefix: "round15-zijian-", name: "澜沧县住房和城乡建设局《关于报送2025年度农村自建房安全隐患排查整治工作情况的通知》" },
  { prefix: "round15-gongshui-", name: "澜沧县水利局《关于报送2025年度农村供水保障工作情况的通知》" },
  { prefix: "round16-fanpin-", name: "沅川县农业农村局《关于报送2025年度防止返贫动态监测和帮扶工作情况的通知》" },
  { prefix: "round16-laji-", name: "沅川县住房和城乡建设局《关于报送2025年度农村生活垃圾治理工作情况的通知》" },
  { prefix: "round17-liaohuang-", name: "溪口县农业农村局《关于报送2025年度撂荒耕地整治和复耕复种工作情况的通知》" },
  { prefix: "round17-kongchuo-", name: "溪口县教育局《关于报送2025年度控辍保学工作情况的通知》" },
  { prefix: "round18-qianyue-", name: "青岚县卫生健康局《关于报送2025年度家庭医生签约服务工作情况的通知》" },
  { prefix: "round18-ranqi-", name: "青岚县应急管理局《关于报送2025年度城镇燃气安全专项整治工作情况的通知》" },
  { prefix: "round19-gongzi-", name: "丹枫县人力资源和社会保障局《关于报送2025年度农民工工资支付保障工作情况的通知》" },
  { prefix: "round19-wenhua-", name: "丹枫县文化和旅游局《关于报送2025年度农村公共文化服务工作情况的通知》" },
  { prefix: "round20-songxian-", name: "云岭县林业局《关于报送2025年度松材线虫病疫情防控工作情况的通知》" },
  { prefix: "round20-fangni-", name: "云岭县教育局《关于报送2025年度预防学生溺水工作情况的通知》" },
] as const;
