// Long texts for /import's tests: Playwright's fill() types into a textarea too slowly for a
// million characters, so the value is set the way a paste would set it, then announced to React.
import fs from "node:fs";
import type { Locator } from "@playwright/test";

/** Every fixture report's text, joined: about 50,000 characters and a thousand figures. */
export const fixtureCorpus = () =>
  fs
    .readdirSync("fixtures/extract")
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => fs.readFileSync(`fixtures/extract/${f}`, "utf8"))
    .join("\n\n");

export const repeated = (text: string, times: number) => Array.from({ length: times }, () => text).join("\n\n");

export async function paste(box: Locator, text: string) {
  await box.evaluate((el: HTMLTextAreaElement, value) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(el, value);
    el.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
}
