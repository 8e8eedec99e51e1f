/**
 * npm run extract -- path/to/汇报.txt|.docx|.pdf --id <id> [--force]
 *
 * Drafts data/reports/<id>/{source.txt,report.json} from a report's file (lib/extract/read, then
 * lib/extract, with the precedents of the published reports on the same notice:
 * scripts/extract-precedents.ts), checks the draft as the build will, and prints what it found in Chinese. GBK/GB18030
 * and UTF-16 files are converted to UTF-8; .docx and .pdf are read to text, saying what was
 * normalised; an old .doc/.wps goes through LibreOffice when it is installed (scripts/extract-convert.ts). An existing report is never overwritten without --force, and then
 * all at once (scripts/extract-write.ts). Every failure is one Chinese line naming the file, exit 1.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { completeness } from "@/lib/report/derive";
import { extractReport, trapLabel, type TrapKind } from "@/lib/extract";
import { knownIndicators } from "@/lib/extract/indicator-review";
import { readReportFile } from "@/lib/extract/read";
import { fileSource } from "@/lib/extract/source";
import { convertOldWord, isOldWord } from "./extract-convert";
import { archivePrecedents, precedentSummary } from "./extract-precedents";
import { finalReport } from "@/lib/extract/review";
import { gapKindLabel, qualifierLabel } from "@/lib/report/format";
import { reportsDir } from "@/lib/server/reports";
import { Id, type Qualifier } from "@/lib/model/schema";
import { validateReport } from "@/lib/model/validate";
import { MAX_FILE_BYTES } from "@/lib/model/limits";
import { ioProblem, replaceFolder, WriteError, type FolderFs } from "./extract-write";

export type CliResult = { code: number; out: string[]; err: string[] };

const USAGE = [
  "用法：npm run extract -- <汇报原文> --id <标识> [--force]",
  "  <汇报原文>      工作汇报的文件：.docx（Word、WPS）、.pdf（有文字层）或纯文本 .txt（UTF-8、GBK/GB18030 或 UTF-16 均可）；",
  "                  旧版 .doc/.wps 在装有 LibreOffice 时自动转换",
  "  --id <标识>     数据集标识，也是 data/reports/ 下的文件夹名：小写字母、数字和连字符，如 mouzhen-2021-publicity",
  "  --force         覆盖已有的同名汇报",
];

/** `io` is the file system the report folder is written with (a test passes one that fails). */
export async function runExtract(argv: string[], io: FolderFs = fs): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const fail = (code: number, first: string, ...lines: string[]): CliResult => ({ code, out, err: [...err, `错误：${first}`, ...lines] });

  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    return fail(2, `参数有误：${error instanceof Error ? error.message : String(error)}`, ...USAGE);
  }
  if (args.values.help) return { code: 0, out: USAGE, err };
  const [file, ...extra] = args.positionals;
  if (!file) return fail(2, "缺少汇报原文文件的路径", ...USAGE);
  if (extra.length) return fail(2, `多余的参数：${extra.join(" ")}`, ...USAGE);
  const id = args.values.id;
  if (!id) return fail(2, "缺少 --id：请为这份汇报起一个标识（如 mouzhen-2021-publicity）", ...USAGE);
  const idCheck = Id.safeParse(id);
  if (!idCheck.success) return fail(2, `标识「${id}」不合格：${idCheck.error.issues[0]?.message}`);

  const input = readInput(file);
  if (!input.ok) return fail(1, input.error);
  let bytes = input.bytes;
  let notes: string[] = [];
  if (isOldWord(bytes)) {
    const converted = convertOldWord(file);
    if (!converted.ok) return fail(1, converted.error);
    bytes = converted.bytes;
    notes = [converted.note];
  }
  const read = await readReportFile(path.basename(file), bytes);
  if (!read.ok)
    return fail(1, read.error.startsWith(path.basename(file)) ? `${file}${read.error.slice(path.basename(file).length)}` : read.error);
  const text = read.text;
  notes.push(...read.normalisations);

  const source = fileSource(path.basename(file), read.kind, notes);
  const archive = archivePrecedents(reportsDir(), id);
  const precedents = "error" in archive ? [] : archive.precedents;
  const outcome = extractReport(text, { id, precedents, ...(source ? { source } : {}) });
  if (!outcome.ok) return fail(1, `${file}：${outcome.error}`);
  const { report, traps, warnings, cadenceMarks, navigation, figureMarks } = outcome.extraction;

  const dir = path.join(reportsDir(), id);
  const shown = shownPath(dir);
  let existing: string[];
  try {
    const folder = fs.lstatSync(dir, { throwIfNoEntry: false });
    if (folder && !folder.isDirectory()) return fail(1, `${shown} 已存在，但不是文件夹（是文件或符号链接）：不会覆盖，请先把它移走`);
    existing = folder ? ["report.json", "source.txt"].filter((f) => fs.existsSync(path.join(dir, f))) : [];
  } catch (error) {
    return fail(1, `无法读取 ${shown}：${ioProblem(error)}`);
  }
  if (existing.length && !args.values.force) {
    return fail(1, `${shown}/ 已有 ${existing.join("、")}：不会覆盖。确认要用新草稿替换，请加 --force`);
  }

  // The draft must load exactly as the build will load it.
  const json = finalReport(report, id);
  try {
    validateReport(JSON.parse(JSON.stringify(json)), text, `${shown}/report.json`, id);
  } catch (error) {
    return fail(
      1,
      "抽取程序出错：草稿未通过校验，未写入任何文件。请把原文反馈给维护者。",
      String(error instanceof Error ? error.message : error),
    );
  }
  let written: { leftover?: string };
  try {
    written = replaceFolder(dir, { "source.txt": text, "report.json": `${JSON.stringify(json, null, 2)}\n` }, io);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    const old = error.kept
      ? `原有汇报在 ${shownPath(error.kept)}/，请把它改名回 ${id}`
      : existing.length
        ? "原有汇报未改动"
        : "未写入任何文件";
    return fail(1, `无法写入 ${shownPath(error.file)}：${ioProblem(error.error)}；${old}`);
  }

  const c = completeness(report);
  const count = <K extends string>(keys: K[], label: (k: K) => string, n: (k: K) => number) =>
    keys
      .filter((k) => n(k) > 0)
      .map((k) => `${label(k)} ${n(k)}`)
      .join(" · ") || "无";
  const linked = report.plans.filter((p) => p.answers.length > 0).length;
  // The indicators the rule was sure of are in report.json as suggestions; the others are hints, said here so that none is lost.
  const filled = report.measures.filter((m) => m.metric?.suggested).length;
  const figureText = new Map(report.measures.map((m) => [m.id, m.quantity?.text ?? m.label]));
  const known = knownIndicators(report); // another town's own indicator, hinted, is declared in the draft
  const hints = figureMarks.flatMap((f) => {
    const indicator = f.hint ? known.find((i) => i.key === f.hint) : undefined;
    const from = f.precedent ? `，依据${f.precedent.from}` : "";
    return indicator ? [`「${figureText.get(f.measureId)}」→ ${indicator.key}（${indicator.name}${from}）`] : [];
  });
  const trapCounts = new Map<TrapKind, number>();
  for (const t of traps) trapCounts.set(t.kind, (trapCounts.get(t.kind) ?? 0) + 1);

  out.push(
    `已起草 ${shown}/（source.txt、report.json）${existing.length ? "，已覆盖原有文件" : ""}`,
    `  原文：${file}（${read.kind === "txt" ? "纯文本" : read.kind === "docx" ? "Word 文档" : "PDF"}，${text.length.toLocaleString("zh-CN")} 字）`,
    ...notes.map((n) => `  说明：${n}`),
    ...(navigation.length ? [`  说明：开头与结尾 ${navigation.length} 行是网页导航，未计入正文（source.txt 仍保存原文全文）`] : []),
    `  标题：${report.title}`,
    `  单位：${report.organization.name}；汇报期：${report.period.label}（${report.period.basis}）`,
    `  部分 ${report.sections.length} 个：${report.sections.map((s) => `${s.ordinal}、${s.heading}`).join(" / ")}`,
    `  数字 ${c.total} 个：${count(
      Object.keys(c.byQualifier) as Qualifier[],
      (q) => qualifierLabel[q],
      (q) => c.byQualifier[q],
    )}`,
    `  原文缺失 ${c.gaps} 处：${count(
      Object.keys(gapKindLabel) as (keyof typeof gapKindLabel)[],
      (k) => gapKindLabel[k],
      (k) => report.gaps.filter((g) => g.kind === k).length,
    )}`,
    `  频次 ${cadenceMarks.length} 处；文件 ${report.measures.filter((m) => m.document).length} 份；专题 ${report.campaigns.length} 个`,
    `  不足 ${report.weaknesses.length} 条；计划 ${report.plans.length} 项（按措辞对应到不足 ${linked} 项，未对应 ${report.plans.length - linked} 项）`,
    `  指标：${filled} 个数字已填入建议（"suggested": true，确认前不参与对比与汇总）；${hints.length ? `另有 ${hints.length} 个提示，未填入：${hints.join("；")}` : "没有提示"}`,
    `  ${precedentSummary(archive, outcome.extraction)}`,
    `  未计为数字 ${traps.length} 处：${count(
      [...trapCounts.keys()],
      (k) => trapLabel[k],
      (k) => trapCounts.get(k) ?? 0,
    )}`,
    ...warnings.map((w) => `  提示：${w}`),
    ...(written.leftover ? [`  提示：旧版本未能删除，留在 ${shownPath(written.leftover)}/：核对新草稿后请删去它，否则构建会报错`] : []),
    '下一步：逐条核对 report.json 中标有 "draft": true 的条目（数字、类别、计划与不足的对应），确认后删去该标记；',
    `        然后运行 npm run build，在 /reports/${id}/ 查看看板。也可在网站的“导入汇报”页面粘贴原文，在浏览器中逐条核对。`,
  );
  if (c.total === 0) out.push("  注意：没有找到任何数字，请确认原文是否完整。");
  return { code: 0, out, err };
}

const shownPath = (file: string) => path.relative(process.cwd(), file) || file;

function size(bytes: number): string {
  const [unit, scale] = bytes >= 1024 ** 3 ? ["GB", 1024 ** 3] : bytes >= 1024 ** 2 ? ["MB", 1024 ** 2] : ["KB", 1024];
  return `${Number((bytes / scale).toFixed(1))} ${unit}`;
}

/** The input's bytes, or why not: anything but a regular file, or a file over the limit, is refused before it is read. */
export function readInput(file: string): { ok: true; bytes: Uint8Array } | { ok: false; error: string } {
  const refuse = (error: string) => ({ ok: false as const, error });
  try {
    const info = fs.statSync(file);
    if (info.isDirectory()) return refuse(`${file} 是文件夹，请给出汇报原文的文件（.docx、.pdf 或 .txt）`);
    if (!info.isFile()) {
      const kind = info.isFIFO() ? "命名管道（FIFO）" : info.isSocket() ? "套接字（socket）" : "设备文件";
      return refuse(`${file} 是${kind}，不是普通文件：请给出汇报原文的文件（.docx、.pdf 或 .txt）`);
    }
    if (info.size > MAX_FILE_BYTES) {
      return refuse(`${file} 太大（${size(info.size)}），上限 ${size(MAX_FILE_BYTES)}：汇报正文一般不超过几百 KB，请确认选对了文件`);
    }
    return { ok: true, bytes: new Uint8Array(fs.readFileSync(file)) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return refuse(`找不到文件：${file}`);
    return refuse(`无法读取 ${file}：${ioProblem(error)}`);
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: { id: { type: "string" }, force: { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } },
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  // Output piped into `head` and closed early is no failure of the run (the files are written by then).
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
  void runExtract(process.argv.slice(2)).then((result) => {
    for (const line of result.out) console.log(line);
    for (const line of result.err) console.error(line);
    process.exitCode = result.code;
  });
}
