// Quality and speed of the draft extractor (lib/extract) and of the file readers (lib/extract/read).
// Quality: precision and recall of figures over the hand-annotated fixtures in fixtures/extract/
// (a figure is right when its value, unit and qualifier all match the annotation), read from each
// kind of file the fixture comes as (.txt, .docx, .pdf), by topic; holdout-* (the rules were not
// written against them) apart, and each round of new fixtures (bench/rounds.ts) apart, the latest first.
// Speed: one extraction of a 1 MB text, and parse + extract of a .docx holding 1 MB of text and of
// the fixtures' PDFs, on one core.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { extractReport } from "../lib/extract";
import { type Expected, expectedFor, type FigureMiss, type Score, scoreExtraction, sumScores } from "../lib/extract/evaluate";
import { readReportFile, type SourceKind } from "../lib/extract/read";
import { STRAY_SPACE } from "../lib/extract/read/pdf-text";
import { median } from "./lib";
import { LATEST, NEWEST_FIRST, roundOf } from "./rounds";

const dir = "fixtures/extract";
// The latest round first: it is the only estimate left of how the rules do on reports they have not seen.
const latest = (name: string) => Number(roundOf(name) === LATEST);
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort((a, b) => latest(b) - latest(a) || a.localeCompare(b));
const KINDS: SourceKind[] = ["txt", "docx", "pdf"];
const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "  —  ");
const pad = (s: string | number, n: number) => String(s).padStart(n);
const MB = 1024 * 1024;
// Each group gets its own table: every round apart (bench/rounds.ts), the newest first. The misses of every round but
// the latest have been read, so only the latest still estimates how the rules do on reports they have not seen.
const GROUPS: { key: string; title: string }[] = [
  ...NEWEST_FIRST.map((r) => ({
    key: r.prefix as string,
    title: r === LATEST ? `${r.prefix}-*：${r.name}新写、从未用于写规则的样本` : `${r.prefix}-*：${r.name}（已读过漏检）`,
  })),
  { key: "ruled", title: "写规则用的样本" },
  { key: "holdout", title: "holdout-*（写规则时未看过的样本）" },
];
const groupOf = (name: string): string => roundOf(name)?.prefix ?? (name.startsWith("holdout-") ? "holdout" : "ruled");

async function draft(file: string) {
  const read = await readReportFile(file, new Uint8Array(readFileSync(join(dir, file))));
  if (!read.ok) throw new Error(read.error);
  const out = extractReport(read.text, { id: "bench" });
  if (!out.ok) throw new Error(`${file}: ${out.error}`);
  return { text: read.text, extraction: out.extraction };
}

async function quality() {
  const cells = new Map<string, Score[]>(); // `${group}|${topic}|${kind}`
  const texts: string[] = [];
  console.log(`${"fixture".padEnd(34)}  标注  抽取  正确  precision  recall  累计对  trap避开  缺失  频次  计划对应`);
  for (const name of names) {
    const base = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), "utf8")) as Expected;
    const topic = base.topic ?? "宣传思想等（旧样本）";
    const txt = readFileSync(join(dir, `${name}.txt`), "utf8");
    let textMisses: string[] = [];
    for (const kind of KINDS) {
      const file = `${name}.${kind}`;
      if (!existsSync(join(dir, file))) continue;
      const { text, extraction } = await draft(file);
      if (kind === "txt") texts.push(text);
      let s: Score;
      try {
        s = scoreExtraction(text, extraction, expectedFor(base, kind, txt));
      } catch (error) {
        console.log(`${file.padEnd(34)}  ✗ 标注无法在读出的文字中定位：${error instanceof Error ? error.message : error}`);
        continue;
      }
      const f = s.figures;
      console.log(
        `${file.padEnd(34)}  ${pad(f.expected, 4)}  ${pad(f.extracted, 4)}  ${pad(f.correct, 4)}  ${pad(pct(f.precision), 9)}  ${pad(pct(f.recall), 6)}  ${pad(`${f.cumulativeRight}/${f.correct}`, 6)}  ${pad(`${s.traps.avoided}/${s.traps.expected}`, 8)}  ${pad(`${s.gaps.found}/${s.gaps.expected}`, 4)}  ${pad(`${s.cadences.found}/${s.cadences.expected}`, 4)}  ${pad(`${s.plans.linksRight}/${s.plans.expected}`, 8)}`,
      );
      // Misses are listed once, for the text; the other kinds list only the misses the text has not.
      const said = (m: FigureMiss) =>
        `    ✗ 「${m.text.replace(STRAY_SPACE, "")}」 标注 ${m.expected ?? "（非数字）"} · 抽取 ${m.found ?? "（未找到）"}`;
      const lines = f.misses.map(said);
      if (s.traps.leaked.length) lines.push(`    ✗ 误作数字的 trap：${s.traps.leaked.map((t) => t.replace(STRAY_SPACE, "")).join("、")}`);
      if (kind === "txt") textMisses = lines;
      for (const line of lines)
        if (kind === "txt" || !textMisses.includes(line)) console.log(kind === "txt" ? line : `${line}（仅 .${kind}）`);
      const key = `${groupOf(name)}|${topic}|${kind}`;
      cells.set(key, [...(cells.get(key) ?? []), s]);
    }
  }
  for (const { key: group, title } of GROUPS) {
    console.log(`\n${title}：precision / recall（正确数/标注数），按题材 × 文件类型`);
    console.log(`${"题材".padEnd(16)}${KINDS.map((k) => pad(k, 26)).join("")}`);
    const topics = [...new Set([...cells.keys()].filter((k) => k.startsWith(`${group}|`)).map((k) => k.split("|")[1]))];
    for (const topic of [...topics, "合计"]) {
      const row = KINDS.map((kind) => {
        const scores =
          topic === "合计"
            ? [...cells].filter(([k]) => k.startsWith(`${group}|`) && k.endsWith(`|${kind}`)).flatMap(([, v]) => v)
            : (cells.get(`${group}|${topic}|${kind}`) ?? []);
        if (!scores.length) return pad("—", 26);
        const t = sumScores(scores).figures;
        return pad(`${pct(t.precision)} / ${pct(t.recall)} (${t.correct}/${t.expected})`, 26);
      });
      console.log(`${topic.padEnd(16 - [...topic].filter((c) => c > "\u2e80").length)}${row.join("")}`);
    }
  }
  return texts;
}

function timed(run: () => Promise<unknown> | unknown, rounds = 5) {
  return async () => {
    await run(); // warm up the JIT
    const wall: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      await run();
      wall.push(performance.now() - t0);
    }
    return wall;
  };
}
const show = (wall: number[]) =>
  `墙钟 中位 ${median(wall).toFixed(0)} ms（最快 ${Math.min(...wall).toFixed(0)}，最慢 ${Math.max(...wall).toFixed(0)}）`;

// ~1 MB of report text, built from the fixtures, every digit shifted per copy so quotes rarely repeat.
function megabyteOfText(texts: string[]): string {
  const parts: string[] = [];
  let bytes = 0;
  for (let k = 0; bytes < MB; k++) {
    const t = texts[k % texts.length];
    const copy = t.replace(/\d/g, (d) => String((Number(d) + Math.floor(k / texts.length)) % 10));
    parts.push(copy);
    bytes += Buffer.byteLength(copy, "utf8") + 1;
  }
  return parts.join("\n");
}

/** A .docx holding `text` (one Word paragraph per line), in a fixture's package so Word's parts are all there. */
async function docxOf(text: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(join(dir, "anquan-qingshi-zhen.docx")));
  const xml = await zip.file("word/document.xml")!.async("string");
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const paragraphs = text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => `<w:p><w:r><w:t xml:space="preserve">${escape(l)}</w:t></w:r></w:p>`)
    .join("");
  zip.file("word/document.xml", xml.replace(/<w:body>[\s\S]*?(<w:sectPr[\s\S]*<\/w:body>)/, `<w:body>${paragraphs}$1`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function speed(texts: string[]) {
  const text = megabyteOfText(texts);
  const textWall = await timed(() => extractReport(text))();
  console.log(`\n1 MB 文本抽取：${text.length.toLocaleString("zh-CN")} 字；${show(textWall)}`);

  const docx = await docxOf(text);
  let chars = 0;
  const docxWall = await timed(async () => {
    const read = await readReportFile("1mb.docx", docx);
    if (!read.ok) throw new Error(read.error);
    chars = read.text.length;
    extractReport(read.text);
  })();
  console.log(
    `.docx（1 MB 文本，文件 ${(docx.length / MB).toFixed(2)} MB）读取 + 抽取：${chars.toLocaleString("zh-CN")} 字；${show(docxWall)}（目标 < 3000 ms）`,
  );

  // A PDF's size is mostly its embedded fonts, so the fixtures' PDFs together stand for a 1 MB one.
  const pdfs = readdirSync(dir)
    .filter((f) => f.endsWith(".pdf"))
    .map((f) => new Uint8Array(readFileSync(join(dir, f))));
  const pdfBytes = pdfs.reduce((n, b) => n + b.length, 0);
  const pdfWall = await timed(async () => {
    for (const bytes of pdfs) {
      const read = await readReportFile("x.pdf", bytes);
      if (read.ok) extractReport(read.text);
    }
  }, 3)();
  const perMb = median(pdfWall) / (pdfBytes / MB);
  console.log(
    `${pdfs.length} 个 PDF 共 ${(pdfBytes / MB).toFixed(2)} MB 读取 + 抽取：${show(pdfWall)}；折合每 MB ${perMb.toFixed(0)} ms（目标 < 3000 ms）\n` +
      `单核；机器负载 ${os.loadavg()[0].toFixed(1)}（${os.cpus().length} 核）`,
  );
}

void quality().then(speed);
