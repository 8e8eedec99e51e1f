/** A drafted measure's category, guessed from keywords, and the categories a report lists. */
import type { Category, Measure } from "../../model/schema";
import { CATEGORY_VOCABULARY } from "../vocabulary/categories";

const categoryById = new Map(CATEGORY_VOCABULARY.map((c) => [c.id, c]));

const keywordScores = (s: string, weight: number) =>
  CATEGORY_VOCABULARY.map((c) => c.keywords.reduce((sum, k) => (s.includes(k) ? sum + weight : sum), 0));
// Titles and headings repeat for every figure under them (and junk repeats clauses): score each once.
const titleScores = new Map<string, number[]>();
const cachedScores = (s: string, weight: number) => {
  const key = `${weight}${s}`;
  let scores = titleScores.get(key);
  if (!scores) {
    if (titleScores.size > 5000) titleScores.clear();
    scores = keywordScores(s, weight);
    titleScores.set(key, scores);
  }
  return scores;
};

/** Category by keywords: the figure's own clause counts most, then its item's title, then the heading. */
export function guessCategory(clause: string, itemTitle = "", heading = ""): string {
  const own = cachedScores(clause.slice(0, 120), 3);
  const item = cachedScores(itemTitle, 2);
  const head = cachedScores(heading, 1);
  let best = "other";
  let bestScore = 0;
  CATEGORY_VOCABULARY.forEach((c, i) => {
    const score = own[i] + item[i] + head[i];
    if (score > bestScore) {
      best = c.id;
      bestScore = score;
    }
  });
  return best;
}

/** The categories a report lists: those its measures use, in vocabulary order. */
export function categoriesFor(measures: Pick<Measure, "category">[]): Category[] {
  const used = new Set(measures.map((m) => m.category));
  const list = CATEGORY_VOCABULARY.filter((c) => used.has(c.id));
  return (list.length ? list : [categoryById.get("other")!]).map(({ id, label, description }) => ({
    id,
    label,
    ...(description ? { description } : {}),
  }));
}
