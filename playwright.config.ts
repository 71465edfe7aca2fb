import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// Debian's headless shell (the same Blink, without the full browser's GPU process and UI) runs
// the suite about a fifth faster on two cores; the full browser works too.
const HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";
const CHROMIUM = existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  // Its own folder: Playwright empties outputDir at start, and test-results/ also holds vitest.json.
  outputDir: `test-results/e2e-artifacts-${PORT}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // 60 s: with two halves side by side on 2 cores, long walks (two widths of axe, several roles)
  // have run past 30 s at the end of a run; a real failure still fails, only later.
  timeout: 60_000,
  reporter: process.env.CI ? [["list"], ["json", { outputFile: `test-results/e2e-${PORT}.json` }]] : [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "nb-NO",
    timezoneId: "Europe/Oslo",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? CHROMIUM,
      args: ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    // Signs each role in once through the form and saves the session for the specs (storageState).
    { name: "setup", testMatch: /auth\.setup\.ts$/, use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined }, dependencies: ["setup"] },
  ],
  webServer: {
    // A production build on a fresh embedded database with the demo seed.
    command: `node --import tsx scripts/e2e-server.ts`,
    url: `http://localhost:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(PORT) },
  },
});
