import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import {
  clearSnapshot,
  deleteRecord,
  getRecord,
  listRecords,
  loadSnapshot,
  saveRecord,
  saveSnapshot,
  storageMessage,
} from "@/lib/library/db";
import { recordOf } from "@/lib/library/record";
import { precedentsOf } from "@/lib/extract/precedents";
import { libraryPrecedents } from "@/components/import/libraryPrecedents";
import { seed, seedSource } from "./helpers";

describe("the browser library (IndexedDB)", () => {
  it("saves, lists newest first, reads back and deletes reports", async () => {
    const older = recordOf({ ...seed.report, id: "older-one" }, seedSource, new Date("2026-11-30T00:00:00Z"));
    const newer = recordOf(seed.report, seedSource, new Date("2026-12-01T00:00:00Z"));
    await saveRecord(older);
    await saveRecord(newer);
    expect((await listRecords()).map((r) => r.id)).toEqual([seed.report.id, "older-one"]);
    expect((await getRecord(seed.report.id))?.report.measures).toEqual(seed.report.measures);
    await deleteRecord("older-one");
    expect((await listRecords()).map((r) => r.id)).toEqual([seed.report.id]);
  });

  it("keeps one autosave of the workbench and clears it", async () => {
    await saveSnapshot({ text: "原文", notes: ["已读入"], id: "a" }, new Date("2026-12-01T01:00:00Z"));
    await saveSnapshot({ text: "原文，改过", notes: [], id: "a" }, new Date("2026-12-01T01:00:01Z"));
    expect(await loadSnapshot()).toMatchObject({ savedAt: "2026-12-01T01:00:01.000Z", snapshot: { text: "原文，改过" } });
    await clearSnapshot();
    expect(await loadSnapshot()).toBeUndefined();
  });

  it("gives the precedents of every saved report but the one the draft replaces", async () => {
    const other = { ...seed.report, id: "other-town", organization: { ...seed.report.organization, name: "另一镇" } };
    await saveRecord(recordOf(seed.report, seedSource, new Date()));
    await saveRecord(recordOf(other, seedSource, new Date()));
    const froms = async (except: string) => new Set((await libraryPrecedents(except)).map((p) => p.from));
    expect(await froms(seed.report.id)).toEqual(new Set(["另一镇"]));
    expect(await froms("new-report")).toEqual(new Set(["另一镇", seed.report.organization.name]));
    expect(await libraryPrecedents(seed.report.id)).toEqual(precedentsOf(other));
    await deleteRecord("other-town");
    await deleteRecord(seed.report.id);
  });

  it("explains a full or a blocked storage in Chinese, saying the draft can still be downloaded", () => {
    expect(storageMessage({ name: "QuotaExceededError" })).toMatch(/存储空间已满.*下载草稿/);
    expect(storageMessage({ name: "OpenFailedError", inner: { name: "SecurityError" } })).toMatch(/隐私\/无痕窗口.*下载草稿/);
  });
});
