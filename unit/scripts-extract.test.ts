import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadReportFolder } from "@/lib/server/reports";
import type { Report } from "@/lib/model/schema";
import { runExtract } from "@/scripts/extract";
import { checkedLiuan, LIUAN, QINGXI, TAOYUAN } from "./precedent-towns";

const fixture = (name: string) => path.join("fixtures", name);
let dir: string;
const saved = process.env.REPORTS_DIR;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "extract-cli-"));
  process.env.REPORTS_DIR = dir;
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (saved === undefined) delete process.env.REPORTS_DIR;
  else process.env.REPORTS_DIR = saved;
});

describe("npm run extract", () => {
  it("writes source.txt and report.json that load as the build loads them, and summarises in Chinese", async () => {
    const result = await runExtract([fixture("extract/mouzhen-2020-raw.txt"), "--id", "mouzhen-raw"]);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    const { report, source } = loadReportFolder(path.join(dir, "mouzhen-raw"));
    expect(source).toBe(fs.readFileSync(fixture("extract/mouzhen-2020-raw.txt"), "utf8"));
    expect(report.id).toBe("mouzhen-raw");
    const summary = result.out.join("\n");
    expect(summary).toContain("部分 4 个：一、高度重视,加强组织领导");
    expect(summary).toContain("数字 7 个：确数 4 · 至少 1 · 约数 1 · 原文缺失 1");
    expect(summary).toContain("原文缺失 3 处：数字 1 · 日期 1 · 地点 1");
    expect(summary).toContain("4 行是网页导航");
    // The indicators the rule was not sure of are not in report.json: the summary names them.
    expect(summary).toContain(
      '指标：2 个数字已填入建议（"suggested": true，确认前不参与对比与汇总）；另有 3 个提示，未填入：「186条」→ banners（悬挂条幅）；「80余条」→ slogans（宣传标语）；「近5000册」→ books（购买书籍）',
    );
  });

  it("drafts with the precedents of the published reports on the same notice, but its own, and says what followed them", async () => {
    const write = (name: string, text: string) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, text);
      return file;
    };
    expect((await runExtract([write("柳岸镇.txt", LIUAN), "--id", "liuan"])).code).toBe(0);
    const json = path.join(dir, "liuan", "report.json");
    const liuan = JSON.parse(fs.readFileSync(json, "utf8")) as Report & { $schema: string };
    fs.writeFileSync(json, JSON.stringify({ ...checkedLiuan(liuan), $schema: liuan.$schema }));
    expect((await runExtract([write("青溪镇.txt", QINGXI), "--id", "qingxi"])).out.join("\n")).toContain(
      "先例：已发布汇报中没有答《关于报送2022年第二季度安全生产工作情况的通知》的，未参考",
    );

    const result = await runExtract([write("桃源镇.txt", TAOYUAN), "--id", "taoyuan"]);
    expect(result.err).toEqual([]);
    const summary = result.out.join("\n");
    expect(summary).toMatch(/先例：依据同一通知的 1 份已发布汇报（柳岸镇）：填入 2 项、提示 1 项、建议不计入 2 项$/m);
    const { report } = loadReportFolder(path.join(dir, "taoyuan"));
    const stores = report.measures.find((m) => m.quantity?.text === "4个")!;
    expect(stores.metric).toMatchObject({ counts: "秸秆收储点", suggested: true });
    const brokers = report.indicators!.find((i) => i.name === "秸秆经纪人")!;
    expect(report.indicators!.map((i) => i.name).sort()).toEqual(["秸秆收储点", "秸秆经纪人"]);
    expect(summary).toContain(`「12名」→ ${brokers.key}（秸秆经纪人，依据柳岸镇）`);

    // A town that names no notice follows the checked reports of its topic, whatever notice they answer; 青溪镇 and
    // 桃源镇, drafted and published unchecked, give none.
    const nameless = TAOYUAN.replace(/根据.*要求，/, "").replace(/桃源镇/g, "石湾镇");
    expect((await runExtract([write("石湾镇.txt", nameless), "--id", "shiwan"])).out.join("\n")).toContain(
      "先例：依据同一主题「秸秆禁烧工作」的 1 份已发布汇报（柳岸镇）：填入 2 项、提示 1 项",
    );
    // …and of a topic worded alike, named so.
    const worded = nameless.replace(/秸秆禁烧工作/g, "秸秆禁烧").replace(/石湾镇/g, "河口镇");
    expect((await runExtract([write("河口镇.txt", worded), "--id", "hekou"])).out.join("\n")).toMatch(
      /先例：依据主题相近「秸秆禁烧」的 1 份已发布汇报（柳岸镇）：填入 \d+ 项/,
    );

    // Drafted again under its own id, 柳岸镇 is not its own precedent: only 桃源镇 and 石湾镇 could be, and no one has checked them.
    const again = await runExtract([write("柳岸镇.txt", LIUAN), "--id", "liuan", "--force"]);
    expect(again.out.join("\n")).toContain("先例：答同一通知或主题相近的 3 份已发布汇报都还没有人核对过，未参考");
  });

  it("refuses to overwrite an existing report unless --force", async () => {
    const args = [fixture("extract/saohei-xiang.txt"), "--id", "saohei"];
    expect((await runExtract(args)).code).toBe(0);
    const again = await runExtract(args);
    expect(again.code).toBe(1);
    expect(again.err.join("\n")).toMatch(/已有 report\.json、source\.txt：不会覆盖.*--force/);
    const forced = await runExtract([...args, "--force"]);
    expect(forced.code).toBe(0);
    expect(forced.out[0]).toContain("已覆盖原有文件");
  });

  it("converts a GBK file to UTF-8 and says so", async () => {
    const result = await runExtract([fixture("extract-cli/gbk.txt"), "--id", "gbk"]);
    expect(result.code).toBe(0);
    expect(result.out.join("\n")).toContain("原文为 GBK/GB18030 编码，已转换为 UTF-8");
    const source = fs.readFileSync(path.join(dir, "gbk", "source.txt"), "utf8");
    expect(source.startsWith("某某镇推进移风易俗工作情况汇报")).toBe(true);
  });

  it.each([
    [["nope.txt", "--id", "x"], 1, "找不到文件：nope.txt"],
    [["fixtures", "--id", "x"], 1, "是文件夹"],
    [[fixture("extract/saohei-xiang.txt")], 2, "缺少 --id"],
    [[fixture("extract/saohei-xiang.txt"), "--id", "Bad_ID"], 2, "标识「Bad_ID」不合格"],
    [[], 2, "缺少汇报原文文件的路径"],
    [["--bogus"], 2, "参数有误"],
  ])("explains a bad call: %j", async (args, code, message) => {
    const result = await runExtract(args);
    expect(result.code).toBe(code);
    expect(result.err.join("\n")).toContain(message);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it.each([
    ["empty.txt", new Uint8Array(), "文件是空的"],
    ["blank.txt", new TextEncoder().encode(" \n\n  \n"), "文本为空"],
    ["binary.txt", new Uint8Array([0x00, 0x01, 0xff, 0xfe, 0x00, 0x9c, 0x12]), "二进制"],
    ["latin.txt", new TextEncoder().encode("Quarterly report: 36 boxes, 186 banners."), "没有找到中文正文"],
  ])("gives a clear error for %s and writes nothing", async (name, bytes, message) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    const result = await runExtract([file, "--id", "bad"]);
    expect(result.code).toBe(1);
    expect(result.err.join("\n")).toContain(message);
    expect(fs.existsSync(path.join(dir, "bad"))).toBe(false);
  });
});
