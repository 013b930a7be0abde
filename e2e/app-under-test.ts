/**
 * What e2e/start-app.ts started for this run (E2E_SERVER, E2E_DATABASE; DEVELOPERS.md, "Tests"): the specs that
 * check something only one of them does read it here. Written before the app listens, so every test can read it.
 */
import { readFileSync } from "node:fs";

export const APP_UNDER_TEST_FILE = ".data/e2e/app.json";

export type AppUnderTest = {
  /** `npm start`'s launcher (as production runs) or plain `next start`. */
  server: "launcher" | "next";
  database: "postgres" | "pglite";
};

let cached: AppUnderTest | undefined;

export function appUnderTest(): AppUnderTest {
  cached ??= JSON.parse(readFileSync(APP_UNDER_TEST_FILE, "utf8")) as AppUnderTest;
  return cached;
}
