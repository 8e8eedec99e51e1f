import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  // Playwright specs live in e2e/ and must not be collected here.
  test: { include: ["unit/**/*.test.ts"], environment: "node" },
});
