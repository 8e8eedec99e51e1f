/**
 * report.json's text to a value. JSON.parse keeps the last of two equal keys without a word, so a
 * duplicated "value" could silently replace a checked figure: every duplicate is an error naming
 * the key, its JSON path and its line.
 */
import { visit, type JSONPath } from "jsonc-parser";
import { jsonPath, ReportError, type Problem } from "./validate";
import { lineColumn } from "./text";

export function duplicateKeys(text: string): Problem[] {
  const problems: Problem[] = [];
  const open: Set<string>[] = [];
  visit(text, {
    onObjectBegin: () => {
      open.push(new Set());
    },
    onObjectEnd: () => {
      open.pop();
    },
    onObjectProperty: (key: string, offset: number, _length: number, _line: number, _char: number, pathSupplier: () => JSONPath) => {
      const keys = open[open.length - 1];
      if (!keys) return;
      if (keys.has(key)) {
        const { line, column } = lineColumn(text, offset);
        problems.push({
          path: jsonPath([...pathSupplier(), key]),
          message: `字段「${key}」在同一对象中出现了两次（第 ${line} 行第 ${column} 列）：JSON 只保留最后一个，请删去多余的一个`,
        });
      }
      keys.add(key);
    },
  });
  return problems;
}

export function parseJson(text: string, file: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ReportError(file, [{ path: "", message: `不是合法的 JSON：${detail}` }]);
  }
  const duplicates = duplicateKeys(text);
  if (duplicates.length > 0) throw new ReportError(file, duplicates);
  return value;
}
