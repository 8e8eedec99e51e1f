/**
 * The report's head: title, organisation, topic, period (and the period the plans are for), who
 * asked for the report, and the sentence announcing how many plans follow.
 */
import type { Report } from "../../model/schema";
import { Delim, inlineText, unitEnd, unitStart } from "../layout";
import { parseChineseNumeral } from "../numerals";
import type { DraftContext } from "./context";

const ADMIN_UNITS = ["街道办事处", "街道", "社区", "镇", "乡", "村", "县", "区", "市"];
/** 中共X委员会 (X街道工作委员会), alone or with X人民政府 / X办事处 beside it: the report is X's. */
const PARTY_HEAD = /^中共(\S+?(?:街道|镇|乡|县|区|市))(?:工作)?委员会(?:\s*\1(?:人民政府|办事处))?$/;
const YEAR_IN = /(20\d\d|19\d\d|[〇零一二三四五六七八九]{4})\s*年(?:度)?(?:上半年|下半年|全年|第[一二三四]季度|以来)?/;

function yearValue(s: string): number | undefined {
  const digits = /^\d{4}$/.test(s) ? Number(s) : (parseChineseNumeral(s) ?? undefined);
  return digits !== undefined && digits >= 1949 && digits <= 2100 ? digits : undefined;
}

/** Title, unit, topic, period, who asked for the report, and the sentence announcing the plans. */
export function describeHead(draft: DraftContext, planCount: number) {
  const { layout } = draft;
  const { rawTitle, title, topic, organization } = titleAndOrganization(draft);
  const period = periodOf(draft, rawTitle);
  const requestedBy = requestedByOf(draft);
  const plansLead = plansLeadOf(draft, planCount);
  return {
    fields: {
      title,
      topic,
      organization,
      period,
      ...(requestedBy ? { requestedBy } : {}),
      origin: `由抽取程序按规则起草（lib/extract）${layout.navLines.length ? `；开头与结尾 ${layout.navLines.length} 行网页导航未计入正文` : ""}；标有 draft 的条目尚未经人工确认`,
    },
    plansLead,
  };
}

function titleAndOrganization({ layout, warnings, sourced }: DraftContext) {
  const { lines, bodyStart } = layout;
  const titleLine = layout.title !== undefined ? lines[layout.title] : undefined;
  const rawTitle = titleLine ? titleLine.text.trim() : "";
  const titleStart = titleLine ? titleLine.start + titleLine.text.indexOf(rawTitle) : bodyStart;
  const firstLine = lines.find((l) => !l.blank && !l.nav);
  const title = inlineText(rawTitle) || (firstLine ? `${[...inlineText(firstLine.text)].slice(0, 24).join("")}…` : "未命名汇报");
  if (!rawTitle) warnings.push("未识别出标题行：标题与汇报单位请手工填写");

  // 某某镇关于…: the unit is what precedes 关于 or the year; else up to the first 镇/乡/街道….
  let orgName = "";
  const cut = rawTitle.search(/关于|20\d\d|19\d\d|[〇零一二三四五六七八九]{4}年|上半年|下半年|全年/);
  if (cut > 0) orgName = rawTitle.slice(0, cut);
  else {
    let best = -1;
    let unit = "";
    for (const u of ADMIN_UNITS) {
      const at = rawTitle.indexOf(u);
      if (at > 0 && (best === -1 || at < best)) {
        best = at;
        unit = u;
      }
    }
    if (best > 0) orgName = rawTitle.slice(0, best + unit.length);
  }
  // 中共石塘乡委员会, 中共谷溪镇委员会 谷溪镇人民政府: the place's party committee (and government) report for the place.
  const party = PARTY_HEAD.exec(orgName);
  const place = party ? { name: party[1], at: 2 } : { name: orgName, at: 0 };
  // The unit's quote: its name in the title, else the title, else the opening of the first line.
  const orgQuote = titleLine
    ? { start: titleStart + place.at, end: titleStart + place.at + (place.name ? place.name.length : rawTitle.length) }
    : { start: firstLine?.start ?? 0, end: Math.min(firstLine?.end ?? 0, (firstLine?.start ?? 0) + 30) };
  const level = ADMIN_UNITS.find((u) => place.name.endsWith(u));
  if (!orgName) warnings.push("未能从标题识别汇报单位：请手工填写 organization.name");

  let topic = rawTitle.slice(orgName.length).replace(/^关于/, "").replace(YEAR_IN, "");
  for (let k = 0; k < 6; k++) topic = topic.replace(/(?:汇报|报告|总结|情况|的|开展|自查)$/, "");
  topic = inlineText(topic);
  // 某某镇综合文化站2022年上半年工作总结 leaves only 工作: the unit's own work is the topic.
  if (topic.length < 3) topic = `${orgName}${topic}` || title;

  const organization: Report["organization"] = {
    name: place.name || title,
    ...(level ? { level } : {}),
    ...sourced(orgQuote.start, orgQuote.end),
  };
  return { rawTitle, title, topic, organization };
}

/** Where the opening ends: at the first section, else 600 characters in. */
const openingEnd = ({ layout, structure }: DraftContext) =>
  structure.sections[0]?.start ?? Math.min(layout.text.length, layout.bodyStart + 600);

/** The period: the title's year, else the page title's, else the signature's, else the opening's. */
function periodOf(draft: DraftContext, rawTitle: string): Report["period"] {
  const { layout, structure, sourced } = draft;
  const sources: [string | undefined, (m: string) => string][] = [
    [rawTitle, () => "年份取自标题"],
    [layout.navLines.map((l) => l.text.trim()).find((t) => YEAR_IN.test(t) && !/^时间|^发布/.test(t)), () => ""],
    [layout.signatureDate?.text.trim(), () => `正文未写年份；年份取自文末落款日期「${layout.signatureDate?.text.trim()}」`],
    [layout.text.slice(layout.bodyStart, openingEnd(draft)), (m) => `年份取自开头「${m}」，请核对汇报期`],
  ];
  let period: Report["period"] = { label: "未写明", basis: "原文未写年份，请人工补充汇报期" };
  for (const [source, basis] of sources) {
    const m = source ? YEAR_IN.exec(source) : null;
    const year = m ? yearValue(m[1]) : undefined;
    if (!m || year === undefined || !source) continue;
    const why = source === rawTitle ? basis(m[0]) : basis(m[0]) || `正文未写年份；年份取自原网页标题「${source}」`;
    period = { year, label: m[0].replace(/\s/g, ""), basis: why };
    break;
  }
  // Only a stated period (下半年, 明年, 2023年) is a plan period; 工作打算 alone says none.
  const planRegion = structure.regions.find((r) => r.kind === "plan" && r.trigger && r.label && !/打算|思路|计划|安排|方向/.test(r.label));
  if (planRegion?.trigger && planRegion.label) {
    period.plansFor = { label: planRegion.label, ...sourced(planRegion.trigger.start, planRegion.trigger.end) };
  }
  return period;
}

/**
 * 根据某某县委宣传部《关于开展调研督导的通知》要求. When only the notice is named (根据《…通知》要求), the unit
 * the report is addressed to (the 区生态环境保护委员会办公室： line above) is the one that asked.
 */
function requestedByOf(draft: DraftContext): Report["requestedBy"] {
  const { text, bodyStart } = draft.layout;
  const opening = text.slice(bodyStart, Math.min(openingEnd(draft), bodyStart + 800));
  const ask = /(?:根据|按照|依据)([^《》，,。；;\n]{0,30}?)《([^《》\n]{2,80})》(?:的)?(?:要求|精神|部署|安排)?/.exec(opening);
  if (!ask) return undefined;
  const issuer = ask[1].replace(/的$/, "").trim() || addresseeBefore(opening.slice(0, ask.index));
  const at = bodyStart + ask.index;
  return issuer ? { issuer, document: inlineText(ask[2]), ...draft.sourced(at, at + ask[0].length) } : undefined;
}

/** The last line of `head` that is only a unit's name and a colon (县委宣传部、县文明办：), if any. */
function addresseeBefore(head: string): string {
  const lines = head.split(/\r?\n/).map((l) => l.trim());
  const line = lines.reverse().find((l) => l !== "");
  const m = line ? /^([^，,。；;：:\s《》]{2,40})[：:]$/.exec(line) : null;
  return m ? m[1] : "";
}

/** 我镇将从以下四个方面…: the plans' declared count, kept only when it matches what was found. */
function plansLeadOf({ layout, structure, warnings, sourced }: DraftContext, planCount: number): Report["plansLead"] {
  const { text } = layout;
  const firstPlanRegion = structure.regions.find((r) => r.kind === "plan");
  if (!firstPlanRegion || planCount === 0) return undefined;
  const window = text.slice(firstPlanRegion.start, Math.min(text.length, firstPlanRegion.start + 160));
  const lead = /(?:以下|如下|从)([一二三四五六七八九十两\d]{1,3}(?:个)?(?:方面|点|项|条))/.exec(window);
  if (!lead) return undefined;
  const at = firstPlanRegion.start + lead.index + lead[0].length - lead[1].length;
  const declared = parseChineseNumeral(lead[1].replace(/[个方面点项条]/g, "")) ?? Number(lead[1].replace(/\D/g, ""));
  const clause = { start: unitStart(layout, at, Delim.Clause), end: unitEnd(layout, at, Delim.Clause) };
  const plansLead: NonNullable<Report["plansLead"]> = { countText: lead[1], ...sourced(clause.start, clause.end) };
  if (declared === planCount) plansLead.declaredCount = declared;
  else warnings.push(`原文说有${lead[1]}计划，草稿找到 ${planCount} 项：请核对`);
  return plansLead;
}
