/** What a report, measure or metric id may look like: stable ASCII for links, anchors and URLs. No zod here, so client code can use it. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Names Windows reserves for devices: a folder so named cannot be copied to a Windows machine. */
export const isWindowsReserved = (name: string) => /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i.test(name);
