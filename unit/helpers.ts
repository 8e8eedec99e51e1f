import { readFileSync } from "node:fs";
import { loadReportFolder } from "@/lib/server/reports";
import type { Report } from "@/lib/model/schema";

export const SEED_ID = "mouzhen-2020-ideology";
export const seedDir = `data/reports/${SEED_ID}`;
export const seedSource = readFileSync(`${seedDir}/source.txt`, "utf8");
export const seedJson = readFileSync(`${seedDir}/report.json`, "utf8");

/** A fresh, mutable copy of the seed's raw JSON, to break one thing at a time. */
export function seedRaw(): Report {
  return JSON.parse(seedJson) as Report;
}

/** The seed as the pages get it: loaded and checked by the one loader. */
export const seed = loadReportFolder(seedDir);
