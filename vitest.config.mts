import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // lib/server/* is fenced with `import "server-only"`; tests are server code too (the
    // react-server condition would also switch React itself, which the error-page test renders).
    alias: { "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)) },
  },
  // Playwright specs live in e2e/ and must not be collected here.
  test: { include: ["unit/**/*.test.ts"], environment: "node" },
});
