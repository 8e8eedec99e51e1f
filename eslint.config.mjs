import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    // zod must be configured before any schema is built (see lib/model/zod.ts).
    ignores: ["lib/model/zod.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "zod", message: "从 lib/model/zod 导入 z（已按内容安全策略配置）。" }] }],
    },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "out-fixtures/**",
    "bench-results/**",
    "build/**",
    "next-env.d.ts",
    "playwright-report/**",
    "test-results/**",
    ".npm-cache/**",
  ]),
]);
