import { getArchiveList } from "@/lib/server/reports";

// The whole list on / (a small summary per report), written at build: / sends its first page in
// the HTML and reads this once a person filters or asks for more, so / stays light at any size.
export const dynamic = "force-static";

export function GET() {
  return Response.json(getArchiveList());
}
