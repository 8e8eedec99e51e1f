/**
 * Synthetic reports for tests and benchmarks: N towns' half-year reports, each a source.txt and a
 * report.json that validate, every one marked 【合成数据】 in its title, text and origin.
 * Written to a temporary folder, never into data/.
 *
 *   npx tsx scripts/synthetic.ts <N> [dir]     (dir defaults to a new folder under the system temp dir)
 *
 * Deterministic (report i is always the same), and varied the way real archives are: lower bounds
 * and estimates, blanks, 横幅 instead of 条幅, 累计 instead of 本期, categories some towns lack.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Measure, Quantity, Report } from "../lib/model/schema";

const TOWNS = 20;
const MARK = "【合成数据】";

/** mulberry32: a tiny seeded generator, so report i is reproducible. */
function random(seed: number) {
  let a = seed + 0x6d2b79f5;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const digits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
const townName = (t: number) => `合成${"东南西北中上下前后左右新老大小长安平和兴"[t]}镇`;

const idOf = (town: number, half: number) =>
  `synth-t${String(town + 1).padStart(2, "0")}-${2001 + Math.floor(half / 2)}-h${(half % 2) + 1}`;

/** Report i: town i mod 20, consecutive half-years from 2001 上半年; each follows up the town's previous one. */
export function syntheticReport(i: number): { id: string; source: string; report: Report } {
  const rnd = random(i + 1);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const town = i % TOWNS;
  const half = Math.floor(i / TOWNS);
  const year = 2001 + Math.floor(half / 2);
  const halfLabel = half % 2 === 0 ? "上半年" : "下半年";
  const period = `${year}年${halfLabel}`;
  const org = townName(town);
  const id = idOf(town, half);
  const title = `${MARK}${org}${period}宣传思想工作情况汇报`;

  const lines: string[] = [
    `${MARK}本文由 scripts/synthetic.ts 生成，仅供测试与性能评估，单位与数字均为虚构，不是真实汇报。`,
    "",
    title,
    "",
  ];
  const measures: Measure[] = [];
  const gaps: Report["gaps"] = [];
  const q = (value: number | null, unit: string, text: string, qualifier: Quantity["qualifier"], cumulative = false): Quantity => ({
    value,
    unit,
    text,
    qualifier,
    cumulative,
  });
  const add = (m: Omit<Measure, "section"> & { section?: string }) => measures.push({ section: "s1", ...m } as Measure);

  lines.push("一、加强宣传,营造氛围", "");
  const s1: string[] = [];
  // 条幅 in most towns; every seventh town counts 横幅, which must not be compared with 条幅.
  const hengfu = town % 7 === 6;
  const banners = int(40, 300);
  const bannerQuote = `在主干道路沿线悬挂${hengfu ? "横幅" : "条幅"}${banners}条`;
  s1.push(bannerQuote);
  add({
    id: "banners",
    category: "publicity",
    label: hengfu ? "悬挂横幅" : "悬挂条幅",
    headline: true,
    quantity: q(banners, "条", `${banners}条`, "exact"),
    metric: { key: "banners", counts: hengfu ? "悬挂的横幅" : "悬挂的条幅" },
    quote: bannerQuote,
  });
  // Slogans: often "80余条" (a lower bound); every fifth town reports a 累计 total.
  const slogans = int(20, 150);
  const atLeast = rnd() < 0.4;
  const cumulative = town % 5 === 4;
  const sloganText = `${slogans}${atLeast ? "余" : ""}条`;
  const sloganQuote = `${cumulative ? "累计" : ""}张贴宣传标语${sloganText}`;
  s1.push(sloganQuote);
  add({
    id: "slogans",
    category: "publicity",
    label: "张贴宣传标语",
    headline: true,
    quantity: q(slogans, "条", sloganText, atLeast ? "at_least" : "exact", cumulative),
    metric: { key: "slogans", counts: "张贴的宣传标语" },
    quote: sloganQuote,
  });
  const boxes = int(5, 40);
  const boxQuote = `设置举报箱${boxes}个`;
  s1.push(boxQuote);
  add({
    id: "report-boxes",
    category: "supervision",
    label: "设置举报箱",
    headline: true,
    quantity: q(boxes, "个", `${boxes}个`, "exact"),
    metric: { key: "report-boxes", counts: "设置的举报箱" },
    quote: boxQuote,
  });
  // Councils: one report in six leaves the number blank, as the seed does.
  const blank = i % 6 === 5;
  const councils = int(3, 20);
  const councilQuote = blank ? "在个村成立红白理事会" : `在${councils}个村成立红白理事会`;
  s1.push(councilQuote);
  add({
    id: "councils",
    category: "customs",
    label: "成立红白理事会的村",
    quantity: blank ? q(null, "个", "个村", "missing") : q(councils, "个", `${councils}个村`, "exact"),
    metric: { key: "councils", counts: "成立红白理事会的村" },
    quote: councilQuote,
  });
  if (blank)
    gaps.push({
      id: "gap-councils",
      kind: "number",
      what: "成立红白理事会的村数",
      blankBefore: "个村",
      measure: "councils",
      quote: councilQuote,
    });
  lines.push(`${s1.map((s, k) => `${digits[k + 1]}是${s}`).join(";")}。`, "");

  lines.push("二、抓好学习,建好阵地", "");
  const s2: string[] = [];
  const sessions = int(2, 12);
  const studyQuote = `镇党委中心组开展集中学习${sessions}次`;
  s2.push(studyQuote);
  add({
    id: "study-sessions",
    section: "s2",
    category: "study",
    label: "党委中心组集中学习",
    quantity: q(sessions, "次", `${sessions}次`, "exact"),
    metric: { key: "study-sessions", counts: "镇党委中心组集中学习" },
    quote: studyQuote,
  });
  // Every fourth town has no 文化阵地 this period: absent, not zero.
  const hasCulture = town % 4 !== 3;
  if (hasCulture) {
    const books = int(5, 60) * 100;
    const booksQuote = `为镇文化站购买图书近${books}册`;
    s2.push(booksQuote);
    add({
      id: "books",
      section: "s2",
      category: "culture",
      label: "购买图书",
      headline: true,
      quantity: q(books, "册", `近${books}册`, "approx"),
      metric: { key: "books", counts: "为镇文化站购买的图书" },
      quote: booksQuote,
    });
  }
  const meetingQuote = `召开意识形态工作专题会议${int(1, 6)}次`;
  s2.push(meetingQuote);
  add({ id: "meetings", section: "s2", category: "study", label: "召开意识形态工作专题会议", quote: meetingQuote });
  lines.push(`${s2.map((s, k) => `${digits[k + 1]}是${s}`).join(";")}。`, "");

  lines.push("三、存在问题与下步打算", "");
  const weakQuote = "存在的问题是网络评论员队伍力量不足";
  const planQuote = `${halfLabel === "上半年" ? "下半年" : "明年上半年"},我镇将加强网络评论员队伍建设`;
  const trainQuote = "每月开展一次培训";
  const followQuote = "上期提出的网络评论员培训已按月开展";
  lines.push(`${half > 0 ? `${followQuote}。` : ""}${weakQuote}。${planQuote},${trainQuote}。`);

  const categories: Report["categories"] = [
    { id: "publicity", label: "宣传氛围" },
    { id: "supervision", label: "监督举报" },
    { id: "customs", label: "移风易俗" },
    { id: "study", label: "理论学习" },
    ...(hasCulture ? [{ id: "culture", label: "文化阵地" }] : []),
  ];
  const report: Report = {
    id,
    title,
    topic: "宣传思想工作",
    organization: { name: org, level: "镇", quote: title },
    period: {
      year,
      label: period,
      basis: `合成数据：${period}`,
      plansFor: { label: halfLabel === "上半年" ? "下半年" : "明年上半年", quote: planQuote },
    },
    origin: `合成数据：由 scripts/synthetic.ts 生成（第 ${i} 份），不是真实汇报。`,
    sections: [
      { id: "s1", ordinal: "一", heading: "加强宣传,营造氛围", quote: "一、加强宣传,营造氛围" },
      { id: "s2", ordinal: "二", heading: "抓好学习,建好阵地", quote: "二、抓好学习,建好阵地" },
      { id: "s3", ordinal: "三", heading: "存在问题与下步打算", quote: "三、存在问题与下步打算" },
    ],
    categories,
    campaigns: [],
    measures,
    weaknesses: [{ id: "w1", section: "s3", ordinal: "一", title: "网络评论员队伍力量不足", quote: weakQuote }],
    plans: [
      {
        id: "p1",
        section: "s3",
        ordinal: "(一)",
        title: "加强网络评论员队伍建设",
        answers: ["w1"],
        quote: planQuote,
        commitments: [{ id: "p1-training", text: "每月开展一次培训", cadence: { kind: "monthly", text: "每月" }, quote: trainQuote }],
      },
    ],
    gaps,
    ...(half > 0
      ? {
          followUps: [
            {
              id: "fu-training",
              report: idOf(town, half - 1),
              commitment: "p1-training",
              state: "in_progress" as const,
              quote: followQuote,
            },
          ],
        }
      : {}),
  };
  return { id, source: `${lines.join("\n")}\n`, report };
}

/** Writes reports 0…n−1 as <dir>/<id>/{source.txt,report.json}; refuses to write inside data/. */
export function writeSyntheticReports(n: number, dir: string): string[] {
  const target = path.resolve(dir);
  const data = path.resolve("data");
  if (target === data || target.startsWith(data + path.sep)) throw new Error(`合成数据不得写入 data/：${target}`);
  fs.mkdirSync(target, { recursive: true });
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const { id, source, report } = syntheticReport(i);
    fs.mkdirSync(path.join(target, id), { recursive: true });
    fs.writeFileSync(path.join(target, id, "source.txt"), source);
    fs.writeFileSync(path.join(target, id, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
    ids.push(id);
  }
  return ids;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2]);
  if (!Number.isInteger(n) || n < 1) {
    console.error("用法：npx tsx scripts/synthetic.ts <份数> [目录]");
    process.exit(2);
  }
  const dir = process.argv[3] ?? fs.mkdtempSync(path.join(os.tmpdir(), `huibao-synthetic-${n}-`));
  writeSyntheticReports(n, dir);
  console.log(`已生成 ${n} 份合成汇报：${dir}\n构建：node scripts/build-export.mjs ${dir} bench-results/synthetic-${n}`);
}
