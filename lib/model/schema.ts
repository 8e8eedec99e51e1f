/**
 * The one place the dataset's types are declared. Everything else uses z.infer.
 *
 * A report.json describes one written report (its source.txt beside it). Every claim carries a
 * `quote`: an exact substring of source.txt, so each figure can be traced to its sentence.
 * Checks that need source.txt or the whole report (quotes found, ids unique, figures equal to their
 * text, references resolve) live in lib/model/validate.ts; checks on one object alone live here.
 * Every object is strict (an unknown or misspelt key is an error), every text and list is bounded,
 * and every number is finite, non-negative and at most MAX_AMOUNT.
 */
import "./zod-config";
import { z } from "zod";
import { ID_PATTERN, isWindowsReserved } from "./id";
import { MAX_AMOUNT, MAX_ITEMS, MAX_TEXT_CHARS } from "./limits";
import { badCharacter } from "./text";
import { Indicator } from "./indicators";

/** Any text of report.json: bounded, and free of NUL and lone surrogates. */
const str = () =>
  z
    .string()
    .max(MAX_TEXT_CHARS)
    .superRefine((text, ctx) => {
      const bad = badCharacter(text);
      if (bad) ctx.addIssue({ code: "custom", message: `第 ${bad.index + 1} 个字符是${bad.what}，请删去` });
    });

/** A list of at most MAX_ITEMS items. */
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_ITEMS);

/** A figure: finite, 0 ≤ n ≤ 10¹², never -0 (it would show as "-0 条"). */
const amount = () =>
  z
    .number()
    .nonnegative("数值不能为负")
    .max(MAX_AMOUNT, `数值不能超过 ${MAX_AMOUNT.toExponential()}（一万亿）`)
    .refine((n) => !Object.is(n, -0), "数值不能为 -0，请写 0");

export const Id = z
  .string()
  .max(200)
  .regex(ID_PATTERN, "id 只能由小写字母、数字和连字符组成，且不能以连字符开头")
  .describe("稳定的 ASCII 标识，用于链接与锚点");

/** A report's id is also its folder's name, so it must be one Windows can hold too. */
export const ReportId = Id.refine(
  (id) => !isWindowsReserved(id),
  "id 是 Windows 的保留文件名（con、prn、aux、nul、com1–9、lpt1–9），网站将无法复制到 Windows：请换一个 id",
);

const Quote = str().min(1, "引文不能为空").describe("source.txt 中逐字出现的原文片段（包括原文的标点与换行）");

const Occurrence = z
  .number()
  .int()
  .positive()
  .max(MAX_ITEMS * 100)
  .optional()
  .describe("引文在 source.txt 中出现多次时，指明第几次（从 1 开始）");

/** Fields every traceable item carries. */
const sourced = { quote: Quote, occurrence: Occurrence };

/** Optional flag set by the extractor; a person clears it when the item is checked. */
const draft = z.boolean().optional().describe("由抽取程序生成、尚未经人工确认");

export const Qualifier = z
  .enum(["exact", "at_least", "at_most", "approx", "range", "missing"])
  .describe("原文如何表述这个数：exact 确数；at_least 余/多/以上；at_most 以内/不超过；approx 近/约；range 区间；missing 原文留空");

export const Quantity = z
  .strictObject({
    value: amount().nullable().describe("原文给出的数；原文留空时为 null"),
    max: amount().optional().describe("区间的上限（qualifier 为 range 时）"),
    unit: str().min(1).describe("单位或量词：条、个、册、次……"),
    qualifier: Qualifier,
    cumulative: z.boolean().describe("原文是否说“累计/共/总计”"),
    text: str().min(1).describe("数字在原文中的写法，须出现在引文中，如“80余条”“近5000册”"),
    note: str().optional().describe("对这个数的说明，例如原文未写数字而由语义得出"),
  })
  .superRefine((q, ctx) => {
    const fail = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (q.qualifier === "missing") {
      if (q.value !== null) fail("value", `qualifier 为 missing（原文留空）时 value 必须为 null，而不是 ${q.value}`);
    } else if (q.value === null) {
      fail("value", `qualifier 为 ${q.qualifier} 时必须给出数值；原文留空请用 missing`);
    }
    if (q.qualifier === "range") {
      if (q.max === undefined) fail("max", "qualifier 为 range 时必须给出上限 max");
      else if (q.value !== null && q.max <= q.value) fail("max", `区间上限 ${q.max} 必须大于下限 ${q.value}`);
    } else if (q.max !== undefined) {
      fail("max", `只有 qualifier 为 range 时才能有 max，当前为 ${q.qualifier}`);
    }
  });

const Text = str().min(1).describe("简短说明，用于界面显示");

export const Cadence = z
  .discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("monthly_days"),
      days: list(z.number().int().min(1).max(31)).min(1).describe("每月的第几号"),
      text: Text,
    }),
    z.strictObject({ kind: z.literal("daily"), text: Text }).describe("每天、每日"),
    z.strictObject({ kind: z.literal("weekly"), text: Text }),
    z.strictObject({ kind: z.literal("monthly"), text: Text }),
    z.strictObject({ kind: z.literal("quarterly"), text: Text }),
    z.strictObject({ kind: z.literal("half_yearly"), text: Text }).describe("每半年"),
    z.strictObject({ kind: z.literal("yearly"), text: Text }),
    z.strictObject({ kind: z.literal("irregular"), text: Text }),
  ])
  .describe("原文写明的频次；text 为原文写法，如“每月12号、28号”“不定期”");

export const Section = z.strictObject({
  id: Id,
  ordinal: str().min(1).describe("原文序号：一、二、三……"),
  heading: Text.describe("原文标题（不含序号）"),
  draft,
  ...sourced,
});

export const Category = z.strictObject({
  id: Id,
  label: Text.describe("类别名称（中文）"),
  description: str().optional(),
});

export const Campaign = z.strictObject({
  id: Id,
  section: Id.describe("所属部分的 id"),
  ordinal: str().min(1).describe("原文序号：一是、二是……"),
  title: Text,
  draft,
  ...sourced,
});

export const Metric = z
  .strictObject({
    key: Id.describe("跨汇报对比用的稳定标识，如 banners：不同汇报中 key 相同的数字放在一起对比"),
    counts: Text.describe("这个数确切统计的是什么，如“悬挂的条幅”；key 相同而 counts、单位或累计口径不同的数标为不可比，不画在一起"),
    suggested: z.boolean().optional().describe("由抽取程序按单位与上下文建议、尚未经人工确认的口径：确认前不参与对比与汇总"),
  })
  .describe("对比口径：哪些汇报里的数字是“同一个数”");

export const Measure = z.strictObject({
  id: Id,
  section: Id.describe("所属部分的 id"),
  campaign: Id.optional().describe("所属专题（一是、二是……）的 id"),
  category: Id.describe("类别 id，见 categories"),
  label: Text.describe("这项举措的短标签"),
  quantity: Quantity.optional(),
  metric: Metric.optional(),
  headline: z.boolean().optional().describe("是否作为重点数字显示在概览卡片与汇报页上"),
  items: list(str().min(1)).optional().describe("原文列举的对象，每项须出现在引文中"),
  owner: str().optional().describe("原文写明的责任主体或配合单位"),
  cadence: Cadence.optional(),
  document: z
    .strictObject({ action: str().min(1).describe("制定、下发、印发……"), title: Text.describe("文件名（不含书名号）") })
    .optional(),
  group: z
    .strictObject({
      name: Text,
      leaders: list(str().min(1)).min(1).describe("组长（按职务）"),
      deputies: list(str().min(1)).describe("副组长（按职务，原文重复的职务保留）"),
    })
    .optional(),
  draft,
  ...sourced,
});

export const Weakness = z.strictObject({
  id: Id,
  section: Id.describe("所属部分的 id"),
  ordinal: str().min(1),
  title: Text,
  detail: str().optional().describe("原文对这一不足的具体说明"),
  draft,
  ...sourced,
});

export const Status = z.strictObject({
  state: z.enum(["planned", "in_progress", "done", "dropped"]).describe("planned 计划中；in_progress 推进中；done 已完成；dropped 已取消"),
  date: z.iso.date().optional().describe("状态更新日期 YYYY-MM-DD"),
  note: str().optional(),
});

export const Commitment = z.strictObject({
  id: Id,
  text: Text,
  owner: str().optional().describe("原文写明的责任人或单位"),
  cadence: Cadence.optional(),
  items: list(str().min(1)).optional(),
  status: Status.optional().describe("本汇报对这项承诺自身的状态标注；后续汇报的跟进写在那份汇报的 followUps 中"),
  draft,
  ...sourced,
});

export const Plan = z.strictObject({
  id: Id,
  section: Id.describe("所属部分的 id"),
  ordinal: str().min(1).describe("原文序号：（一）（二）……"),
  title: Text,
  answers: list(Id).describe("这项计划回应的不足（weaknesses 的 id）"),
  commitments: list(Commitment),
  draft,
  ...sourced,
});

export const Gap = z.strictObject({
  id: Id,
  kind: z.enum(["number", "date", "place", "name"]).describe("原文缺少的是数字、日期、地点还是名称"),
  what: Text.describe("缺少的内容，如“成立文明理事会的村数”"),
  blankBefore: str().min(1).describe("空白处后面紧接的原文，须出现在引文中"),
  measure: Id.optional().describe("受影响的举措 id"),
  draft,
  ...sourced,
});

/**
 * A later report saying what became of an earlier report's commitment. It lives in the later
 * report.json and quotes the later source.txt; the loader checks across reports that `report` and
 * `commitment` exist. Cross-period views (lib/plans/followups.ts) read these, never the earlier file.
 */
export const FollowUp = z
  .strictObject({
    id: Id,
    report: Id.describe("被跟进的较早汇报的 id（即 data/reports 下的文件夹名），不能是本汇报自身"),
    commitment: Id.describe("较早汇报中 plans[].commitments[] 的 id"),
    state: Status.shape.state,
    date: z.iso.date().optional().describe("本汇报写明的完成或进展日期 YYYY-MM-DD；原文未写则不填"),
    note: str().optional().describe("对跟进情况的说明"),
    ...sourced,
  })
  .describe("后续汇报对以往汇报承诺的跟进：引文须逐字出现在本汇报的 source.txt 中");

export const Report = z.strictObject({
  $schema: str().optional(),
  id: ReportId,
  draft: z.boolean().optional().describe("整份数据由抽取程序起草：标题、单位、汇报期等尚未经人工确认"),
  title: Text.describe("原文标题"),
  topic: Text.describe("汇报主题，如“落实意识形态工作”"),
  organization: z.strictObject({ name: Text, level: str().optional().describe("镇、街道、县级部门……"), ...sourced }),
  period: z.strictObject({
    year: z.number().int().min(1949).max(2100).optional(),
    label: Text.describe("汇报期，如“2020年”"),
    basis: str().min(1).describe("年份从何得知；正文未写明时须说明"),
    plansFor: z
      .strictObject({ label: Text, ...sourced })
      .optional()
      .describe("计划所指的时段，如“下半年”"),
  }),
  requestedBy: z
    .strictObject({ issuer: Text, document: Text.describe("文件名（不含书名号）"), ...sourced })
    .optional()
    .describe("应谁的要求而写"),
  origin: str().optional().describe("原文出处及对原文所做的处理"),
  source: z
    .strictObject({
      file: Text.describe("导入的文件名"),
      kind: z.enum(["txt", "docx", "pdf"]).describe("文件类型"),
      normalisations: list(Text).describe("读取时对文字所做的处理（合并换行、去掉页码……）；source.txt 是处理后的文字"),
    })
    .optional()
    .describe("source.txt 从哪个文件读出、读取时做了哪些处理"),
  sections: list(Section).min(1),
  categories: list(Category).min(1),
  campaigns: list(Campaign),
  measures: list(Measure),
  weaknesses: list(Weakness),
  plansLead: z
    .strictObject({ declaredCount: z.number().int().positive().max(MAX_ITEMS).optional(), countText: str().optional(), ...sourced })
    .optional()
    .describe("引出计划的那句话；declaredCount 为原文说的计划条数"),
  plans: list(Plan),
  gaps: list(Gap),
  indicators: list(Indicator).optional().describe("本汇报自行声明的指标（data/indicators.json 指标目录中没有的），供 metric.key 引用"),
  followUps: list(FollowUp).optional().describe("本汇报对以往汇报（同一单位较早时期）所作承诺的跟进情况，按承诺逐条标注"),
});

export type Qualifier = z.infer<typeof Qualifier>;
export type Quantity = z.infer<typeof Quantity>;
export type Cadence = z.infer<typeof Cadence>;
export type Section = z.infer<typeof Section>;
export type Category = z.infer<typeof Category>;
export type Campaign = z.infer<typeof Campaign>;
export type Metric = z.infer<typeof Metric>;
export type Measure = z.infer<typeof Measure>;
export type Weakness = z.infer<typeof Weakness>;
export type Commitment = z.infer<typeof Commitment>;
export type Plan = z.infer<typeof Plan>;
export type Gap = z.infer<typeof Gap>;
export type Status = z.infer<typeof Status>;
export type FollowUp = z.infer<typeof FollowUp>;
export type Report = z.infer<typeof Report>;
