// The /import workbench's figure cards, as the tests find them.
import type { Page } from "@playwright/test";

export const figureCards = (page: Page) => page.getByRole("list", { name: "数字草稿" }).getByRole("listitem");

/** The card of the drafted figure written `text` in the source. */
export const figureCard = (page: Page, text: string) =>
  figureCards(page).filter({ has: page.getByRole("link", { name: text, exact: true }) });
