import { execFileSync } from "node:child_process";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// Runs against the production build (`next build` first; `npm run test:e2e` does it) on a
// free port with its own fresh embedded database, using Debian's Chromium
// (`npx playwright install` cannot download browsers here).

const root = path.resolve(__dirname, "..");
// Chosen once in the runner; workers inherit it through the environment.
process.env.E2E_PORT ??= execFileSync(process.execPath, [
  "-e",
  "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
]).toString();
process.env.E2E_DATA_DIR ??= path.join(root, "e2e", ".artifacts", `db-${Date.now()}`, "pglite");
// Mails (email verification, password reset) are written here as JSON files; e2e/helpers/auth.ts reads the links.
process.env.E2E_MAIL_DIR ??= path.join(path.dirname(process.env.E2E_DATA_DIR), "mail");
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: ".",
  outputDir: path.join(root, "e2e", ".artifacts", "results"),
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [["list"]],
  timeout: 45_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /mobile\.spec/ },
    { name: "mobile", use: { ...devices["Pixel 7"], channel: undefined }, testMatch: /mobile\.spec/ },
  ],
  webServer: {
    // Seed a fresh database, then start the built app (node directly: killing `npx` can leave next-server running).
    command: `node node_modules/tsx/dist/cli.mjs --conditions=react-server scripts/db-seed.mts && node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${port}`,
    cwd: root,
    url: `${baseURL}/`,
    // Seeding a fresh embedded database and starting can take minutes on a loaded 2-core machine.
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PGLITE_DATA_DIR: process.env.E2E_DATA_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: "",
      // Same build folder as the `next build` before it (parallel builds on one checkout).
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next",
      // `next start` is production: accounts need a fixed secret and the public URL.
      BETTER_AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
      BETTER_AUTH_URL: baseURL,
      MAIL_OUTBOX_DIR: process.env.E2E_MAIL_DIR,
      // Many specs sign in as the same demo learners, in parallel and on retries; the per-account
      // sign-in limit (10 per 15 min) is proved by lib/auth's route tests, not here.
      RATE_LIMIT_MULTIPLIER: "20",
    },
  },
});
