// The hand-checked seed, loaded through the one loader, for tests that check lib against real data.
import path from "node:path";
import { loadReportFolder } from "@/lib/reports";

export const seedDir = path.join(process.cwd(), "data", "reports", "mouzhen-2020-ideology");
export const seed = loadReportFolder(seedDir);
