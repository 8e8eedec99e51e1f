/**
 * The indicator catalogue (data/indicators.json): the figures townships report again and again,
 * each with a stable key, so that figures of different reports pair by `metric.key` without a
 * person writing keys by hand. A report may declare its own indicators (`indicators` in
 * report.json) for what the catalogue lacks. Strict like every schema of the project; the checks
 * across entries and reports are in lib/model/catalogue.ts.
 */
import "./zod-config";
import { z } from "zod";
import { ID_PATTERN } from "./id";

const Name = z.string().min(1).max(200);
// The catalogue's own id rule (lib/model/schema.ts imports this file, so it cannot import Id from there).
const Key = z.string().max(200).regex(ID_PATTERN, "key 只能由小写字母、数字和连字符组成，且不能以连字符开头");

export const IndicatorGroup = z
  .enum([
    "profile",
    "ideology",
    "safety",
    "petition",
    "environment",
    "revitalisation",
    "party",
    "epidemic",
    "civil",
    "education",
    "economy",
    "governance",
    "emergency",
    "agriculture",
    "resources",
    "infrastructure",
    "social",
    "culture",
    "services",
    "mass",
  ])
  .describe(
    "profile 基本情况与工作保障（辖区、人员、会议、经费，各项工作通用）；ideology 意识形态与宣传；safety 安全生产与平安建设；petition 信访；environment 生态环境；revitalisation 脱贫攻坚与乡村振兴；party 党建；epidemic 疫情防控；civil 民政；education 教育卫生；economy 经济与统计；governance 平安建设与综治（扫黑除恶、禁毒、矛盾纠纷、法治）；emergency 应急管理与消防（森林防火、防汛抗旱）；agriculture 农业生产与粮食安全；resources 自然资源与耕地保护；infrastructure 交通水利与城乡建设；social 就业、社保与退役军人；culture 文化旅游与体育；services 市场监管与政务服务；mass 统战与群团",
  );

export const GROUP_LABELS: Record<z.infer<typeof IndicatorGroup>, string> = {
  profile: "基本情况与工作保障",
  ideology: "意识形态与宣传",
  safety: "安全与平安建设",
  petition: "信访",
  environment: "生态环境",
  revitalisation: "脱贫攻坚与乡村振兴",
  party: "党建",
  epidemic: "疫情防控",
  civil: "民政",
  education: "教育卫生",
  economy: "经济",
  governance: "平安建设与综治",
  emergency: "应急管理与消防",
  agriculture: "农业生产",
  resources: "自然资源与耕地保护",
  infrastructure: "交通水利与城乡建设",
  social: "就业社保与退役军人",
  culture: "文化旅游与体育",
  services: "市场监管与政务服务",
  mass: "统战与群团",
};

export const Indicator = z.strictObject({
  key: Key.describe("稳定标识，写入 report.json 的 metric.key"),
  name: Name.describe("指标名称，如“悬挂条幅”"),
  group: IndicatorGroup,
  unit: Name.describe("常用单位或量词，如“条”"),
  units: z.array(Name).max(20).optional().describe("同样可用的其他单位（如“场”与“次”）"),
  counts: Name.describe("统计的究竟是什么，如“悬挂的宣传条幅”"),
  period: z.enum(["cumulative", "per_period"]).describe("cumulative 累计数；per_period 本期数"),
  words: z.array(Name).min(1).max(40).describe("在汇报中指明这个指标的词语，如“条幅”“横幅”"),
  incompatible: z.array(Key).max(40).optional().describe("绝不能与之相加或对比的指标 key"),
});

export const Catalogue = z.strictObject({
  $schema: z.string().max(500).optional(),
  indicators: z.array(Indicator).min(1).max(5000),
});

export type Indicator = z.infer<typeof Indicator>;
export type Catalogue = z.infer<typeof Catalogue>;
