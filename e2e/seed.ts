import { readFileSync } from "node:fs";
import type { Report } from "../lib/model/schema";

export const SEED_ID = "mouzhen-2020-ideology";
/** The dataset as the tests' source of truth: pages are checked against it, not against copies. */
export const seed = JSON.parse(readFileSync(`data/reports/${SEED_ID}/report.json`, "utf8")) as Report;
export const overviewPath = `reports/${SEED_ID}/`;
