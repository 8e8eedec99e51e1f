/**
 * npm run add -- 汇报.huibao.json [--force]
 *
 * Publishes a report a colleague exported from their browser (导出发布包) into the archive:
 * checks the bundle with lib/model exactly as the build will, then writes data/reports/<id>/
 * all at once with the writer `npm run extract` uses. Never overwrites without --force; every
 * failure is Chinese naming the file and field, exit 1 (2 for a usage error).
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { ARCHIVE_SCHEMA } from "@/lib/extract/review";
import { BundleError, parseBundle } from "@/lib/library/record";
import { reviewLabel, reviewStatus } from "@/lib/report/derive";
import { reportsDir } from "@/lib/server/reports";
import { readInput, type CliResult } from "./extract";
import { ioProblem, replaceFolder, WriteError, type FolderFs } from "./extract-write";

const USAGE = [
  "用法：npm run add -- <汇报.huibao.json> [--force]",
  "  <汇报.huibao.json>  在网站“导入汇报”页或本机汇报页点“导出发布包”得到的文件",
  "  --force             覆盖 data/reports/ 下已有的同名汇报",
];

const shownPath = (file: string) => path.relative(process.cwd(), file) || file;

export function runAdd(argv: string[], io: FolderFs = fs): CliResult {
  const out: string[] = [];
  const fail = (code: number, first: string, ...lines: string[]): CliResult => ({ code, out, err: [`错误：${first}`, ...lines] });
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    return fail(2, `参数有误：${error instanceof Error ? error.message : String(error)}`, ...USAGE);
  }
  if (args.values.help) return { code: 0, out: USAGE, err: [] };
  const [file, ...extra] = args.positionals;
  if (!file) return fail(2, "缺少发布包文件的路径", ...USAGE);
  if (extra.length) return fail(2, `多余的参数：${extra.join(" ")}`, ...USAGE);

  const input = readInput(file);
  if (!input.ok) return fail(1, input.error);
  let bundle: ReturnType<typeof parseBundle>;
  try {
    bundle = parseBundle(new TextDecoder("utf-8").decode(input.bytes), file);
  } catch (error) {
    if (error instanceof BundleError) return fail(1, error.message, "未写入任何文件。");
    throw error;
  }
  const { report, source } = bundle;
  const dir = path.join(reportsDir(), report.id);
  const shown = shownPath(dir);
  const exists = fs.existsSync(dir);
  if (exists && !args.values.force) {
    return fail(1, `${shown}/ 已存在：不会覆盖。确认要用发布包替换，请加 --force`);
  }
  try {
    const written = replaceFolder(
      dir,
      { "source.txt": source, "report.json": `${JSON.stringify({ $schema: ARCHIVE_SCHEMA, ...report }, null, 2)}\n` },
      io,
    );
    if (written.leftover) out.push(`提示：旧版本未能删除，留在 ${shownPath(written.leftover)}/，请删去它，否则构建会报错`);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    const old = error.kept
      ? `原有汇报在 ${shownPath(error.kept)}/，请把它改名回 ${report.id}`
      : exists
        ? "原有汇报未改动"
        : "未写入任何文件";
    return fail(1, `无法写入 ${shownPath(error.file)}：${ioProblem(error.error)}；${old}`);
  }
  const status = reviewStatus(report);
  out.unshift(
    `已发布 ${shown}/（source.txt、report.json）${exists ? "，已覆盖原有汇报" : ""}`,
    `  标题：${report.title}；单位：${report.organization.name}；状态：${reviewLabel[status]}`,
    `下一步：npm run build，在 /reports/${report.id}/ 查看。`,
  );
  return { code: 0, out, err: [] };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: { force: { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } },
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const result = runAdd(process.argv.slice(2));
  for (const line of result.out) console.log(line);
  for (const line of result.err) console.error(line);
  process.exitCode = result.code;
}
