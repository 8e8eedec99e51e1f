// Report text reaches the page only through React, which escapes it: nothing under app/, components/
// or lib/ may write raw HTML or run strings as code. The one exception is the theme script, a
// constant of ours injected in <head> before the first paint.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { THEME_KEY, themeScript } from "@/components/ui/theme";

const RAW =
  /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\s*\(|new Function\s*\(|createContextualFragment|DOMParser/;
const ALLOWED = new Map([["app/layout.tsx", "<script dangerouslySetInnerHTML={{ __html: themeScript }} />"]]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

describe("no raw HTML from report content", () => {
  const files = ["app", "components", "lib"].flatMap(sources);

  test("the scan sees the code (a scan of nothing would always pass)", () => {
    expect(files).toContain("app/layout.tsx");
    expect(files).toContain("components/overview/ChartPanel.tsx");
    expect(files.length).toBeGreaterThan(50);
  });

  test("only the theme script in app/layout.tsx sets inner HTML", () => {
    const hits = files.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({ file, line: i + 1, text: line.trim() }))
        .filter(({ text }) => RAW.test(text) && !text.startsWith("//") && !text.startsWith("*")),
    );
    expect(hits.filter(({ file, text }) => ALLOWED.get(file) !== text).map((h) => `${h.file}:${h.line}: ${h.text}`)).toEqual([]);
    expect(hits.map((h) => h.file)).toEqual(["app/layout.tsx"]);
  });

  test("the theme script is a constant that cannot close its <script> or carry markup", () => {
    expect(themeScript).toBe(
      `try{if(localStorage.getItem(${JSON.stringify(THEME_KEY)})==="dark")document.documentElement.dataset.theme="dark"}catch(e){}`,
    );
    expect(themeScript).not.toMatch(/[<>]/);
    expect(readFileSync("components/ui/theme.ts", "utf8")).not.toMatch(/import\s/);
  });
});
