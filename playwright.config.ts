import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_PATH = process.env.BASE_PATH ?? "";
// Debian's Chromium when present (CI, this machine); otherwise Playwright's own browser on a laptop.
const chromium = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

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
      name: "chromium",
      use: {
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
      },
    },
  ],
  // Serves the static export (run `npm run build` first), exactly as a user's web server would.
  webServer: {
    command: `node scripts/serve.mjs out`,
    url: `http://127.0.0.1:${PORT}${BASE_PATH}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    env: { PORT: String(PORT), BASE_PATH },
  },
});
