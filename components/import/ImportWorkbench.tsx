"use client";

/**
 * The /import workbench: paste a report or drop a .txt, get a draft dataset with every figure marked
 * in the text, fix and confirm it, and download report.json and source.txt. Everything runs in
 * the browser (lib/extract); nothing is sent anywhere.
 */
import { useMemo, useState } from "react";
import { completeness, figures, qualifierCounts } from "@/lib/report/derive";
import { saveBlob } from "@/lib/exports/browser/download";
import { decodeText, extractReport, type Extraction } from "@/lib/extract";
import { MAX_FILE_BYTES } from "@/lib/model/limits";
import {
  confirmAll,
  confirmMeasure,
  finalReport,
  patchQuantity,
  removeMeasure,
  restoreMeasure,
  setAnswers,
  setCategory,
  setHeadline,
  setLabel,
  type QuantityPatch,
} from "@/lib/extract/review";
import { markDraftText } from "@/lib/extract/marks";
import { qualifierLabel } from "@/lib/report/format";
import { Id, type Report } from "@/lib/model/schema";
import { ReportError, validateReport } from "@/lib/model/validate";
import { SectionHeading } from "../ui/SectionHeading";
import { CategorySelect } from "./CategorySelect";
import { FigureCard } from "./FigureCard";
import { SourceView } from "./SourceView";

type Draft = { text: string; extraction: Extraction; original: Report; report: Report };

export function ImportWorkbench() {
  const [text, setText] = useState("");
  const [notes, setNotes] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [draft, setDraft] = useState<Draft>();
  const [id, setId] = useState("new-report");
  const [problems, setProblems] = useState<string[]>();

  const stale = draft !== undefined && draft.text !== text;
  const idValid = Id.safeParse(id).success;

  const generate = (source: string) => {
    setBusy(true);
    setProblems(undefined);
    // Let the "正在起草" state paint before a long text blocks the page for a moment.
    setTimeout(() => {
      const outcome = extractReport(source);
      setBusy(false);
      if (!outcome.ok) {
        setError(outcome.error);
        setDraft(undefined);
        return;
      }
      setError(undefined);
      const report = outcome.extraction.report;
      setDraft({ text: source, extraction: outcome.extraction, original: report, report });
    }, 0);
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setError(`文件「${file.name}」太大（${(file.size / 1024 / 1024).toFixed(1)} MB）：汇报正文一般不超过几百 KB，请确认选对了文件`);
      return;
    }
    const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) {
      setError(`文件「${file.name}」：${decoded.error}`);
      setDraft(undefined);
      return;
    }
    setText(decoded.text);
    setNotes([`已读入「${file.name}」（${decoded.encoding}）`, ...decoded.notes]);
    generate(decoded.text);
  };

  const update = (change: (r: Report) => Report) => {
    setProblems(undefined);
    setDraft((d) => (d ? { ...d, report: change(d.report) } : d));
  };

  const download = () => {
    if (!draft) return;
    const json = finalReport(draft.report, id);
    try {
      validateReport(JSON.parse(JSON.stringify(json)), draft.text, "report.json", id);
    } catch (e) {
      setProblems(e instanceof ReportError ? e.problems.map((p) => `${p.path || "(根)"}：${p.message}`) : [String(e)]);
      return;
    }
    setProblems([]);
    saveBlob(new Blob([`${JSON.stringify(json, null, 2)}\n`], { type: "application/json" }), "report.json");
  };

  return (
    <div className="grid gap-10">
      <section aria-labelledby="source_heading">
        <SectionHeading id="source_heading" note="全部在本机浏览器中处理，不上传、不联网">
          1. 汇报原文
        </SectionHeading>
        <div
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void readFile(e.dataTransfer.files[0]);
          }}
          className={`rounded-lg border-2 border-dashed p-4 ${dragging ? "border-accent bg-accent-soft" : "border-line bg-surface"}`}
        >
          <label htmlFor="source_text" className="mb-2 block text-sm font-medium">
            汇报原文 <span className="font-normal text-muted">（粘贴全文，或把 .txt 文件拖到这里）</span>
          </label>
          <textarea
            id="source_text"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setNotes([]);
            }}
            rows={10}
            spellCheck={false}
            placeholder={"某某镇关于……的情况汇报\n\n一、……"}
            className="w-full resize-y rounded border border-line bg-bg p-3 font-sans text-sm leading-relaxed"
          />
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <button
              type="button"
              onClick={() => generate(text)}
              disabled={busy}
              className="rounded bg-accent px-4 py-2 text-sm font-semibold text-surface hover:opacity-90 disabled:opacity-50"
            >
              {busy ? "正在起草…" : draft && !stale ? "重新生成草稿" : "生成草稿"}
            </button>
            <label className="cursor-pointer rounded border border-line bg-surface px-4 py-2 text-sm hover:border-ink/40">
              选择 .txt 文件
              <input
                type="file"
                accept=".txt,text/plain"
                className="sr-only"
                onChange={(e) => {
                  void readFile(e.target.files?.[0]);
                  e.target.value = ""; // so choosing the same file again reads it again
                }}
              />
            </label>
            <span className="text-sm text-muted">支持 UTF-8、GBK/GB18030、UTF-16 编码；Word 文件请先另存为纯文本。</span>
          </div>
          {notes.length ? <p className="mt-2 text-sm text-muted">{notes.join("；")}</p> : null}
          {error ? (
            <p role="alert" className="mt-3 rounded border border-gap bg-gap-soft px-3 py-2 text-sm text-gap">
              {error}
            </p>
          ) : null}
          {stale ? (
            <p role="status" className="mt-3 text-sm text-gap">
              原文已修改：请重新生成草稿，下方草稿对应的是修改前的原文。
            </p>
          ) : null}
        </div>
      </section>

      {draft ? <Review draft={draft} update={update} /> : null}

      {draft ? (
        <section aria-labelledby="save_heading">
          <SectionHeading id="save_heading" note="下载后放入 data/reports/ 下同名文件夹，重新构建即出现在看板中">
            3. 确认并保存
          </SectionHeading>
          <div className="grid gap-4 rounded-lg border border-line bg-surface p-5 lg:grid-cols-2">
            <div className="grid content-start gap-3">
              <label htmlFor="report_id" className="text-sm font-medium">
                数据集标识 <span className="font-normal text-muted">（文件夹名：小写字母、数字、连字符，如 mouzhen-2021-publicity）</span>
              </label>
              <input
                id="report_id"
                value={id}
                onChange={(e) => {
                  setId(e.target.value.trim());
                  setProblems(undefined);
                }}
                aria-invalid={!idValid}
                className="rounded border border-line bg-bg px-3 py-2 font-mono text-sm aria-[invalid=true]:border-gap"
              />
              {!idValid ? <p className="text-sm text-gap">标识只能由小写字母、数字和连字符组成，且不能以连字符开头。</p> : null}
              <div className="flex flex-wrap gap-3">
                <button
                  type="button"
                  onClick={() => update(confirmAll)}
                  className="rounded border border-line px-4 py-2 text-sm hover:border-ink/40"
                >
                  全部确认
                </button>
                <button
                  type="button"
                  onClick={download}
                  disabled={!idValid || stale}
                  className="rounded bg-accent px-4 py-2 text-sm font-semibold text-surface hover:opacity-90 disabled:opacity-50"
                >
                  下载 report.json
                </button>
                <button
                  type="button"
                  onClick={() => saveBlob(new Blob([draft.text], { type: "text/plain;charset=utf-8" }), "source.txt")}
                  disabled={stale}
                  className="rounded border border-line px-4 py-2 text-sm hover:border-ink/40 disabled:opacity-50"
                >
                  下载 source.txt
                </button>
              </div>
              <p className="text-sm text-muted">
                尚未确认的条目在 report.json 中带有 <code>&quot;draft&quot;: true</code>，看板会标出“草稿”；确认后该标记删去。
              </p>
              {problems?.length ? (
                <div role="alert" className="rounded border border-gap bg-gap-soft p-3 text-sm text-gap">
                  <p className="font-medium">草稿还有 {problems.length} 处问题，未下载：</p>
                  <ul className="mt-1 list-disc pl-5">
                    {problems.slice(0, 12).map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                </div>
              ) : problems ? (
                <p role="status" className="text-sm">
                  已通过校验并下载 report.json。
                </p>
              ) : null}
            </div>
            <div>
              <p className="text-sm font-medium">把两份文件加入网站</p>
              <pre className="mt-2 overflow-x-auto rounded bg-bg p-3 text-xs leading-relaxed">
                {`mkdir -p data/reports/${id}\ncp source.txt report.json data/reports/${id}/\nnpm run build`}
              </pre>
              <p className="mt-3 text-sm text-muted">或在命令行直接从原文起草（不含本页的修改）：</p>
              <pre className="mt-2 overflow-x-auto rounded bg-bg p-3 text-xs">{`npm run extract -- 汇报原文.txt --id ${id}`}</pre>
            </div>
          </div>
        </section>
      ) : null}
    </div>
  );
}

function Review({ draft, update }: { draft: Draft; update: (change: (r: Report) => Report) => void }) {
  const { report, extraction, text, original } = draft;
  const segments = useMemo(
    () => markDraftText(text, extraction, extraction.traps, extraction.navigation, report),
    [text, extraction, report],
  );
  const c = completeness(report);
  const figureList = figures(report);
  const others = report.measures.filter((m) => !m.quantity);
  const kept = new Set(report.measures.map((m) => m.id));
  const removed = original.measures.filter((m) => !kept.has(m.id));
  const doubts = new Map(extraction.figureMarks.map((f) => [f.measureId, f.doubts]));
  const confirmed = new Set(figureList.filter((m) => !m.draft).map((m) => m.id));
  const stats: [string, string | number][] = [
    ["数字", c.total],
    ...qualifierCounts(c)
      .filter(({ count }) => count > 0)
      .map(({ qualifier, count }): [string, number] => [qualifierLabel[qualifier], count]),
    ["留空处", c.gaps],
    ["部分", report.sections.length],
    ["不足", report.weaknesses.length],
    ["计划", report.plans.length],
    ["已确认", `${confirmed.size}/${figureList.length}`],
  ];
  const patch = (id: string) => (p: QuantityPatch) => update((r) => patchQuantity(r, id, p));

  return (
    <section aria-labelledby="review_heading">
      <SectionHeading id="review_heading" note="逐条核对：改类别、单位或限定词，删去误认的数字，然后确认">
        2. 核对草稿
      </SectionHeading>
      <p className="mb-3 text-lg font-semibold">{report.title}</p>
      <dl className="mb-4 flex flex-wrap gap-2">
        {stats.map(([label, n]) => (
          <div key={label} className="rounded border border-line bg-surface px-3 py-1.5 text-center">
            <dt className="text-xs text-muted">{label}</dt>
            <dd className="text-lg font-semibold tabular-nums">{n}</dd>
          </div>
        ))}
      </dl>
      {extraction.warnings.length ? (
        <ul className="mb-4 grid gap-1 rounded border border-gap bg-gap-soft p-3 text-sm text-gap">
          {extraction.warnings.map((w) => (
            <li key={w}>提示：{w}</li>
          ))}
        </ul>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <SourceView segments={segments} confirmed={confirmed} />
        <div className="grid content-start gap-6">
          <div>
            <h3 className="mb-2 font-semibold">数字（{figureList.length}）</h3>
            <ol aria-label="数字草稿" className="grid max-h-[75vh] gap-3 overflow-y-auto pr-1">
              {figureList.map((m) => (
                <FigureCard
                  key={m.id}
                  measure={m}
                  doubts={doubts.get(m.id) ?? []}
                  section={report.sections.find((s) => s.id === m.section)}
                  onPatch={patch(m.id)}
                  onLabel={(label) => update((r) => setLabel(r, m.id, label))}
                  onCategory={(cat) => update((r) => setCategory(r, m.id, cat))}
                  onHeadline={(yes) => update((r) => setHeadline(r, m.id, yes))}
                  onConfirm={(yes) => update((r) => confirmMeasure(r, m.id, yes))}
                  onRemove={() => update((r) => removeMeasure(r, m.id))}
                />
              ))}
            </ol>
          </div>
          {removed.length ? (
            <div>
              <h3 className="mb-2 font-semibold">已删除（{removed.length}）</h3>
              <ul className="grid gap-1 text-sm">
                {removed.map((m) => (
                  <li key={m.id} className="flex items-center gap-3">
                    <span className="text-muted line-through">{m.quantity?.text ?? m.label}</span>
                    <button
                      type="button"
                      onClick={() => update((r) => restoreMeasure(r, original, m.id))}
                      className="text-accent underline-offset-4 hover:underline"
                    >
                      恢复
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {others.length ? (
            <details>
              <summary className="cursor-pointer font-semibold">频次与文件（{others.length}）</summary>
              <ul className="mt-2 grid gap-2 text-sm">
                {others.map((m) => (
                  <li
                    key={m.id}
                    id={`card-${m.id}`}
                    className="flex flex-wrap items-center gap-2 rounded border border-line bg-surface px-3 py-2"
                  >
                    <span>
                      {m.cadence ? `频次：${m.cadence.text}` : m.document ? `${m.document.action}《${m.document.title}》` : m.label}
                    </span>
                    <CategorySelect
                      value={m.category}
                      onChange={(cat) => update((r) => setCategory(r, m.id, cat))}
                      label={`「${m.label}」的类别`}
                    />
                    <button
                      type="button"
                      onClick={() => update((r) => removeMeasure(r, m.id))}
                      className="text-sm text-gap underline-offset-4 hover:underline"
                    >
                      删除
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      </div>
      <Structure report={report} onAnswers={(planId, answers) => update((r) => setAnswers(r, planId, answers))} />
      {extraction.traps.length ? (
        <details className="mt-6">
          <summary className="cursor-pointer font-semibold">未计为数字的写法（{extraction.traps.length}）</summary>
          <p className="mt-1 text-sm text-muted">年份、日期、序号、名称中的数字等不计为数字；在原文中以虚线标出，鼠标悬停可见原因。</p>
          <ul className="mt-2 flex flex-wrap gap-2 text-sm">
            {extraction.traps.slice(0, 300).map((t) => (
              <li key={t.start} className="rounded bg-bg px-2 py-0.5">
                {text.slice(t.start, t.end)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function Structure({ report, onAnswers }: { report: Report; onAnswers: (planId: string, answers: string[]) => void }) {
  return (
    <div className="mt-8 grid gap-6 lg:grid-cols-3">
      <div>
        <h3 className="mb-2 font-semibold">部分（{report.sections.length}）</h3>
        <ol className="grid gap-1 text-sm">
          {report.sections.map((s) => (
            <li key={s.id}>
              {s.ordinal}、{s.heading}
            </li>
          ))}
        </ol>
      </div>
      <div>
        <h3 className="mb-2 font-semibold">存在的不足（{report.weaknesses.length}）</h3>
        {report.weaknesses.length ? (
          <ol className="grid gap-1 text-sm">
            {report.weaknesses.map((w) => (
              <li key={w.id}>
                {w.ordinal} {w.title}
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-muted">未找到逐条列出的不足。</p>
        )}
      </div>
      <div>
        <h3 className="mb-2 font-semibold">下一步计划（{report.plans.length}）</h3>
        {report.plans.length ? (
          <ol className="grid gap-2 text-sm">
            {report.plans.map((p) => (
              <li key={p.id}>
                <p>
                  {p.ordinal} {p.title}
                </p>
                <label className="mt-1 flex items-center gap-2 text-muted">
                  回应
                  <select
                    value={p.answers[0] ?? ""}
                    onChange={(e) => onAnswers(p.id, e.target.value ? [e.target.value] : [])}
                    className={`rounded border bg-bg px-2 py-0.5 ${p.answers.length ? "border-line" : "border-gap text-gap"}`}
                  >
                    <option value="">（未对应不足）</option>
                    {report.weaknesses.map((w) => (
                      <option key={w.id} value={w.id}>
                        {w.ordinal} {w.title}
                      </option>
                    ))}
                  </select>
                </label>
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-muted">未找到逐条列出的计划。</p>
        )}
      </div>
    </div>
  );
}
