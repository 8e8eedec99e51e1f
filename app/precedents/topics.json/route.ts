import { precedentTopics } from "@/lib/server/precedents";

// The published archive's topics and the file of each, written at build: /import reads the files of the topics
// worded alike its draft's (components/import/publishedPrecedents.ts), so a town citing no notice still follows its county.
export const dynamic = "force-static";

export function GET() {
  return Response.json(precedentTopics());
}
