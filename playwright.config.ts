import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_PATH = process.env.BASE_PATH ?? "";
// Debian's Chromium when present (CI, this machine); otherwise Playwright's own browser on a laptop.
const chromium = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// Where the fixture archive is served; `npm run build:fixtures` builds it with this basePath.
const FIXTURES_BASE = "/fixtures";
const browser = {
  ...devices["Desktop Chrome"],
  viewport: { width: 1366, height: 768 },
  launchOptions: {
    executablePath: chromium,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      // The browser's own update/sync traffic bypasses page.route; refuse it without DNS.
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
    ],
  },
};

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}/`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "off",
  },
  projects: [
    {
      // The real archive (data/reports), served at BASE_PATH.
      name: "chromium",
      testIgnore: "archive/**",
      use: browser,
    },
    {
      // The three fixture reports (fixtures/reports), exported by `npm run build:fixtures` to
      // out-fixtures/ with basePath /fixtures, so these tests also cover a site under a sub-path.
      name: "archive",
      testDir: "./e2e/archive",
      use: { ...browser, baseURL: `http://127.0.0.1:${PORT}${FIXTURES_BASE}/` },
    },
  ],
  // Serves the static exports (run `npm run build` and `npm run build:fixtures` first), exactly as a user's web server would.
  webServer: {
    command: `node scripts/serve.mjs out ${FIXTURES_BASE}=out-fixtures`,
    url: `http://127.0.0.1:${PORT}${BASE_PATH}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    env: { PORT: String(PORT), BASE_PATH },
  },
});
