/**
 * Drafts a report.json from the text of a work report, by rules that know how these reports are
 * written: no network, no model. Pure TypeScript with no Node imports, so the /import page runs it
 * in the browser and scripts/extract.ts on the command line.
 *
 *   const outcome = extractReport(text, { id: "xx-2021-publicity" });
 *   if (outcome.ok) outcome.extraction.report // passes lib/model/validate.ts validateReport
 *
 * The result is a draft: every item carries `draft: true` until a person confirms it.
 */
import { Id, type Report } from "../model/schema";
import { MAX_SOURCE_CHARS } from "../model/limits";
import { badCharacterMessage } from "../model/text";
import { assembleDraft } from "./draft/assemble";
import type { Precedent } from "./precedents";
import type { DraftMarks } from "./draft/context";
import { analyzeLayout } from "./layout";
import type { TrapHit } from "./hits";
import { scanText } from "./scan";
import { findStructure } from "./structure";

export { decodeText } from "../model/decode";
export { trapLabel, type TrapKind } from "./hits";
export { CATEGORY_VOCABULARY } from "./vocabulary/categories";

export type Extraction = DraftMarks & {
  report: Report;
  /** numerals that are not figures (years, dates, names…), with the reason, for the reviewer */
  traps: TrapHit[];
  /** things a person must check that no single item shows */
  warnings: string[];
  /** lines of site navigation a scraped page carries (当前位置, 浏览量), left out of the report */
  navigation: { start: number; end: number }[];
};

export type ExtractOutcome = { ok: true; extraction: Extraction } | { ok: false; error: string };

const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

/** Why this text cannot be drafted from, or undefined when it can. */
export function textProblem(text: unknown): string | undefined {
  if (typeof text !== "string") return "没有文本：请粘贴汇报全文或选择 .txt 文件";
  if (text.trim() === "") return "文本为空：请粘贴汇报全文或选择 .txt 文件";
  // The same limit the build applies to source.txt, so a draft that can be made can also be saved.
  if (text.length > MAX_SOURCE_CHARS)
    return `文本过长（${text.length.toLocaleString("zh-CN")} 字，上限 ${MAX_SOURCE_CHARS.toLocaleString("zh-CN")} 字）：请按汇报拆分后分别导入`;
  const controls = text.match(CONTROL)?.length ?? 0;
  if (text.includes("\u0000") || controls > text.length / 200) {
    return "文本含有二进制或控制字符，不像是汇报正文：Word、WPS 或 PDF 文件请先另存为纯文本（.txt）再导入";
  }
  // Checked like source.txt at the build, so a draft that can be made can also be published.
  const bad = badCharacterMessage(text);
  if (bad) return `文本${bad}`;
  const garbled = text.split("\uFFFD").length - 1;
  if (garbled > 20 && garbled > text.length / 50) return "文本中有大量乱码（�）：文件的编码可能不对，请以 UTF-8 或 GBK 保存后重试";
  let cjk = 0;
  for (let i = 0; i < text.length && cjk < 10; i++) if (text[i] >= "\u4e00" && text[i] <= "\u9fff") cjk++;
  if (cjk < 10) return "没有找到中文正文：请确认粘贴的是工作汇报的全文";
  return undefined;
}

export function extractReport(
  text: string,
  options: { id?: string; source?: Report["source"]; precedents?: readonly Precedent[] } = {},
): ExtractOutcome {
  const problem = textProblem(text);
  if (problem) return { ok: false, error: problem };
  const id = options.id ?? "draft-report";
  if (!Id.safeParse(id).success) return { ok: false, error: `标识「${id}」不合格：只能由小写字母、数字和连字符组成，且不能以连字符开头` };

  const layout = analyzeLayout(text);
  if (layout.lines.every((l) => l.blank || l.nav)) {
    return { ok: false, error: "只有网页导航（当前位置、推荐访问等），没有汇报正文：请粘贴汇报全文" };
  }
  const scan = scanText(layout);
  const structure = findStructure(layout);
  // The draft passes lib/model/validate.ts by construction (unit and property tests hold it to that);
  // callers validate before they write or download it.
  const { report, marks, warnings } = assembleDraft(layout, scan, structure, id, options.precedents);
  if (options.source) report.source = options.source;
  const navigation = layout.navLines.map((l) => ({ start: l.start, end: l.end }));
  return { ok: true, extraction: { report, ...marks, traps: scan.traps, warnings, navigation } };
}
