/**
 * Characters no report can contain: NUL (a binary file read as text) and lone UTF-16 surrogates
 * (a broken copy and paste). Both break the page's hydration, so they are refused where they enter.
 */

export type BadCharacter = { index: number; what: string };

/** The first NUL or lone surrogate in `text`, or null. */
export function badCharacter(text: string): BadCharacter | null {
  const nul = text.indexOf("\u0000");
  if (text.isWellFormed()) return nul === -1 ? null : { index: nul, what: "NUL 字符（\\u0000）" };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return { index: i, what: "NUL 字符（\\u0000）" };
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return { index: i, what: `不成对的代理字符（\\u${c.toString(16)}）` };
    } else if (c >= 0xdc00 && c <= 0xdfff) return { index: i, what: `不成对的代理字符（\\u${c.toString(16)}）` };
  }
  return null;
}

/** 1-based line and column of a character, as an editor shows them. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let from = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < index; at = text.indexOf("\n", at + 1)) {
    line++;
    from = at + 1;
  }
  return { line, column: index - from + 1 };
}

/** "第 3 行第 14 列有 NUL 字符（\u0000）", or null when the text is clean. */
export function badCharacterMessage(text: string): string | null {
  const bad = badCharacter(text);
  if (!bad) return null;
  const { line, column } = lineColumn(text, bad.index);
  return `第 ${line} 行第 ${column} 列有${bad.what}：文件可能已损坏或不是纯文本，请删去该字符或重新另存`;
}
