/** What a report, measure or metric id may look like: stable ASCII for links, anchors and URLs. No zod here, so client code can use it. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
