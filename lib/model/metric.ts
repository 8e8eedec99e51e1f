// No zod here, so client code (/compare, the summary) can use it without the schema.
import type { Metric } from "./schema";

/** A measure's metric once a person accepted it: an extractor's suggestion is not a fact, so /compare and the summary leave it out. */
export function acceptedMetric(m: { metric?: Metric }): Metric | undefined {
  return m.metric && !m.metric.suggested ? m.metric : undefined;
}
