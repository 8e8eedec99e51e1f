import type { Report } from "../../model/schema";
import type { ReportInput } from "../dataFiles";

/** Browser-only: hands a file to the user as a download, without a server. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function loadReport(from: ReportInput): Promise<Report> {
  if (typeof from !== "string") return from;
  const response = await fetch(from);
  if (!response.ok) throw new Error(`读取 report.json 失败（${response.status}）`);
  // Written by our own build from the validated dataset (app/reports/[id]/report.json).
  return (await response.json()) as Report;
}
