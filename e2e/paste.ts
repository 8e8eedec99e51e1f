// Long texts for /import's tests: Playwright's fill() types into a textarea too slowly for a
// million characters, so the value is set the way a paste would set it, then announced to React.
import fs from "node:fs";
import type { Locator } from "@playwright/test";

/**
 * Fixture reports' texts, joined, in name order, up to some 50,000 characters and a thousand figures: a fixed
 * budget, so the tests that paste it do not grow heavier with every round of fixtures added.
 */
export function fixtureCorpus(budget = 50_000): string {
  const texts: string[] = [];
  let length = 0;
  for (const f of fs
    .readdirSync("fixtures/extract")
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    if (length >= budget) break;
    const text = fs.readFileSync(`fixtures/extract/${f}`, "utf8");
    texts.push(text);
    length += text.length + 2;
  }
  return texts.join("\n\n");
}

export const repeated = (text: string, times: number) => Array.from({ length: times }, () => text).join("\n\n");

export async function paste(box: Locator, text: string) {
  await box.evaluate((el: HTMLTextAreaElement, value) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(el, value);
    el.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
}
