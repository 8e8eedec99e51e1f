/**
 * The precedents /import adds from the published archive: the files of the draft's notice and of the topics
 * worded alike its own (/precedents/topics.json lists them; /precedents/<file>/figures.json, written at build
 * by lib/server/precedents.ts), those answering the draft's notice (precedentsFor), but not the draft's own
 * town's, whose earlier report would vouch for itself. A file the archive does not have (no report on that
 * notice yet) gives none.
 */
import { fetchOnce } from "@/lib/browser/fetchOnce";
import { precedentFiles, precedentsFor, type Precedent, type TopicFile } from "@/lib/extract/precedents";
import type { Report } from "@/lib/model/schema";

const listOf = <T>(url: string): Promise<T[]> =>
  fetchOnce(url).then(
    (data) => (Array.isArray(data) ? (data as T[]) : []),
    () => [],
  );

const figuresOf = (file: string) => listOf<Precedent>(`../precedents/${file}/figures.json`);

export async function publishedPrecedents(draft: Report): Promise<Precedent[]> {
  // The draft's own notice and topic files are read at once; those of topics worded alike once the index says which.
  const own = precedentFiles(draft);
  const [first, topics] = await Promise.all([Promise.all(own.map(figuresOf)), listOf<TopicFile>("../precedents/topics.json")]);
  const alike = precedentFiles(draft, topics).filter((file) => !own.includes(file));
  const files = [...first, ...(await Promise.all(alike.map(figuresOf)))];
  // A report on the notice stands in the notice's file and its topic's: each figure once.
  const once = new Map(files.flat().map((p) => [`${p.from}\n${p.quote}\n${p.text}`, p]));
  return precedentsFor(draft, [...once.values()]).filter((p) => p.from !== draft.organization.name);
}
