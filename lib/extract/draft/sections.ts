/** The report's outline: its sections (一、二、) and the campaigns (numbered items) inside them. */
import type { Campaign, Section } from "../../model/schema";
import { inlineText } from "../layout";
import type { Item } from "../structure";
import { type DraftContext, lastStartingBefore } from "./context";

/** Sections, or the whole text as one when it has no 一、二、. */
export function draftSections({ layout, structure, warnings, sourced }: DraftContext): Section[] {
  const { text, bodyStart, bodyEnd } = layout;
  const sections: Section[] = structure.sections.map((s, i) => ({
    id: `s${i + 1}`,
    ordinal: s.ordinal,
    heading: s.heading,
    draft: true,
    ...sourced(s.quote.start, s.quote.end),
  }));
  if (sections.length === 0) {
    const titleLine = layout.title !== undefined ? layout.lines[layout.title] : undefined;
    const span = titleLine ?? { start: bodyStart, end: Math.min(bodyEnd, bodyStart + 30) };
    sections.push({
      id: "s1",
      ordinal: "全文",
      heading: inlineText(text.slice(span.start, span.end)) || "全文",
      draft: true,
      ...sourced(span.start, span.end),
    });
    warnings.push("未找到“一、二、三、”式的部分标题：全文作为一个部分起草");
  }
  return sections;
}

export type DraftCampaigns = {
  campaigns: Campaign[];
  /** the innermost campaign holding pos */
  campaignAt: (pos: number) => Campaign | undefined;
};

/** Every numbered item of the body is a campaign of its section. */
export function draftCampaigns({ layout, structure, sourced }: DraftContext): DraftCampaigns {
  const { text } = layout;
  const items: Item[] = structure.items.filter((it) => it.region === "body" && it.section >= 0);
  const campaigns: Campaign[] = items.map((it, i) => ({
    id: `c${i + 1}`,
    section: `s${it.section + 1}`,
    ordinal: it.ordinal,
    title: inlineText(text.slice(it.title.start, it.title.end)),
    draft: true,
    ...sourced(it.start, it.title.end),
  }));
  // The innermost item holding pos: the latest-starting one that has not ended (items nest).
  const campaignAt = (pos: number) => {
    for (let i = lastStartingBefore(items, pos), steps = 0; i >= 0 && steps < 32; i--, steps++) {
      if (pos < items[i].end) return campaigns[i];
    }
    return undefined;
  };
  return { campaigns, campaignAt };
}
