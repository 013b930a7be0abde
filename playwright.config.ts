import { defineConfig } from "@playwright/test";
import { findChromium } from "./e2e/chromium";

// `npm test` installs one first when none is found (e2e/ensure-test-tools.ts, npm's pretest).
const chromium = findChromium()?.path;
if (!chromium) {
  console.error(
    "No Chromium found for the browser tests: `npx tsx e2e/ensure-test-tools.ts` installs one (Debian's package, or Playwright's own), or set CHROMIUM_PATH to a Chromium binary.",
  );
  process.exit(1);
}

export const E2E_PORT = 3100;
export const FAKE_RESEND_PORT = 3901;
export const FAKE_GEOCODER_PORT = 3902;
const appUrl = `http://localhost:${E2E_PORT}`;

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: 2,
  // One retry, reported as "flaky" in the output: a flake should be seen and fixed, not block a landing.
  retries: 1,
  timeout: 30_000,
  reporter: [["list"]],
  use: {
    baseURL: appUrl,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: [
    {
      command: `node_modules/.bin/tsx e2e/fakes/fake-resend.ts --port ${FAKE_RESEND_PORT}`,
      url: `http://127.0.0.1:${FAKE_RESEND_PORT}/__fake/emails`,
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      command: `node_modules/.bin/tsx e2e/fakes/fake-geocoder.ts --port ${FAKE_GEOCODER_PORT}`,
      url: `http://127.0.0.1:${FAKE_GEOCODER_PORT}/__fake/requests`,
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      // `npm start` on a fresh PostgreSQL database (or what E2E_SERVER and E2E_DATABASE ask for): e2e/start-app.ts.
      command: "node_modules/.bin/tsx e2e/start-app.ts",
      url: `${appUrl}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        NODE_ENV: "production",
        PORT: String(E2E_PORT),
        APP_URL: appUrl,
        RESEND_API_KEY: "re_e2e_fake",
        RESEND_BASE_URL: `http://127.0.0.1:${FAKE_RESEND_PORT}`,
        GEOCODER_URL: `http://127.0.0.1:${FAKE_GEOCODER_PORT}/geocoder`,
        EMAIL_FROM: "Chorus <chorus@example.org>",
        AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
        NEXT_TELEMETRY_DISABLED: "1",
        // Robots fill forms in milliseconds, and so does Playwright: the minimum time is tested in vitest.
        FORM_MIN_FILL_MS: "0",
        // Every test signs in from 127.0.0.1: the per-network limit is tested in vitest.
        SIGN_INS_PER_IP_PER_HOUR: "1000",
      },
    },
  ],
});
