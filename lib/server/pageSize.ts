/**
 * Rows per page of the long lists (the reports on /, the towns of a summary): LIST_PAGE_SIZE at
 * build, so a deployment may choose (the fixture archive's build sets a small one so its tests turn
 * pages), else 50. A list this long or shorter shows whole.
 */
import "server-only";

export function listPageSize(): number {
  const n = Number(process.env.LIST_PAGE_SIZE);
  return Number.isInteger(n) && n > 0 ? n : 50;
}
