// The seed as the tests see it: loaded and validated by the same loader the build uses.
import path from "node:path";
import { loadReportFolder } from "../lib/reports";

export const reportId = "mouzhen-2020-ideology";
export const { report, source } = loadReportFolder(path.join(__dirname, "..", "data", "reports", reportId));
export const overview = `reports/${reportId}/`;
