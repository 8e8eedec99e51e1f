/**
 * Rules the round-fifteen fixtures showed, each general, with what must stay as it is: 栋次 counts
 * houses visited one by one (like 户次); 眼 counts wells and springs, never eyes or glances.
 */
import { describe, expect, it } from "vitest";
import { figures } from "./extract-scan-helpers";

const found = (body: string) => figures(body).map((f) => [f.text, f.value, f.unit, f.qualifier]);

describe("栋次 counts houses visited one by one; 眼 counts wells", () => {
  it.each([
    ["对整治完成的房屋组织“回头看”，复查182栋次。", ["182栋次", 182, "栋次", "exact"]],
    ["新打应急水井3眼。", ["3眼", 3, "眼", "exact"]],
  ])("%s", (body, figure) => {
    expect(found(body)).toContainEqual(figure);
  });
  it.each(["看了3眼就走了。", "两眼紧盯目标。"])("stays as it is: %s", (body) => {
    expect(found(body).filter(([, , unit]) => unit === "眼")).toEqual([]);
  });
});

describe("一 with a classifier that counts one", () => {
  it.each([
    ["全年新建供水工程一处、改扩建工程三处。", ["一处", 1, "处", "exact"]],
    ["乡里培养建房协管员九名，每村一名。", ["一名", 1, "名", "exact"]],
  ])("%s", (body, figure) => {
    expect(found(body)).toContainEqual(figure);
  });
  it.each(["做到发现一户、整治一户。", "做到发现一起、纠正一起。", "建立一个机制、三项制度。"])("stays as it is: %s", (body) => {
    expect(found(body).filter(([text]) => String(text).startsWith("一"))).toEqual([]);
  });
});
