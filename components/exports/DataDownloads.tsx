"use client";
import { figuresCsv } from "@/lib/exports/csv";
import { saveBlob } from "@/lib/exports/browser/download";
import { downloadNames, exportFileName } from "@/lib/exports/fileName";
import { BUNDLE_SUFFIX, bundleText } from "@/lib/library/record";
import { reportInput, type DataFiles } from "@/lib/exports/dataFiles";
import { PptxButton } from "./PptxButton";

const save = (text: string, type: string, name: string) => saveBlob(new Blob([text], { type }), name);

/** PowerPoint (as the deck named `deckKey` was chosen), CSV for Excel and JSON, the same buttons for an archive or a local report. */
export function DataDownloads({
  files,
  title,
  deckKey,
  className,
}: {
  files: DataFiles;
  title: string;
  deckKey: string;
  className: string;
}) {
  const names = downloadNames(title);
  const pptx = <PptxButton from={reportInput(files)} deckKey={deckKey} className={className} />;
  const csvTitle = "每个数字一行，含限定、单位、类别、部分与原文；Excel 可直接打开";
  if (files.store === "archive") {
    return (
      <>
        {pptx}
        <a href={`${files.base}figures.csv`} download={names.csv} className={className} title={csvTitle}>
          CSV（Excel）
        </a>
        <a href={`${files.base}report.json`} download={names.json} className={className}>
          JSON
        </a>
      </>
    );
  }
  const { report, source } = files;
  return (
    <>
      {pptx}
      <button
        type="button"
        className={className}
        title={csvTitle}
        onClick={() => save(figuresCsv(report), "text/csv;charset=utf-8", names.csv)}
      >
        CSV（Excel）
      </button>
      <button
        type="button"
        className={className}
        onClick={() => save(`${JSON.stringify(report, null, 2)}\n`, "application/json", names.json)}
      >
        JSON
      </button>
      <button
        type="button"
        className={className}
        title="一个文件，含 report.json 与 source.txt：交给管理员用 npm run add 发布到汇报库"
        onClick={() => save(bundleText({ report, source }), "application/json", exportFileName(title, "发布包") + BUNDLE_SUFFIX)}
      >
        导出发布包
      </button>
    </>
  );
}
