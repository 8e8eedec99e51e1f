import { getPrecedents, precedentFileNames } from "@/lib/server/precedents";

// The published reports' checked figures on one notice or topic, written at build: /import reads the
// file of the draft's notice and topic (components/import/publishedPrecedents.ts), so a town's draft
// follows what the county's other towns' reviewers filed, offline as online.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = () => precedentFileNames().map((file) => ({ file }));

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return Response.json(getPrecedents((await params).file));
}
