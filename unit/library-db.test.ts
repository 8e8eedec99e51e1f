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

  it("explains a full or a blocked storage in Chinese, saying the draft can still be downloaded", () => {
    expect(storageMessage({ name: "QuotaExceededError" })).toMatch(/存储空间已满.*下载草稿/);
    expect(storageMessage({ name: "OpenFailedError", inner: { name: "SecurityError" } })).toMatch(/隐私\/无痕窗口.*下载草稿/);
  });
});
