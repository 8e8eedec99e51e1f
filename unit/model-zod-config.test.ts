import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );

test("every module that builds a zod schema imports lib/model/zod-config first (the browser must never probe for eval)", () => {
  const users = ["lib", "components", "app"].flatMap(sources).filter((f) => /from "zod"/.test(readFileSync(f, "utf8")));
  expect(users.length).toBeGreaterThanOrEqual(5);
  for (const file of users) {
    const text = readFileSync(file, "utf8");
    const config = text.search(/import "(\.\/|\.\.\/model\/|@\/lib\/model\/)zod-config";/);
    expect(config, `${file} 没有先导入 zod-config`).toBeGreaterThanOrEqual(0);
    expect(config, `${file} 在导入 zod 之后才导入 zod-config`).toBeLessThan(text.indexOf('from "zod"'));
  }
});
