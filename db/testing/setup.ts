/**
 * Runs in every test file before its tests: a fresh database of its own (so files run in parallel and never
 * see each other's rows), email to the local mailbox unless a test points it at the fake Resend.
 */
import { afterAll } from "vitest";
import { closeConnection } from "@/db/client";
import { stopBoss } from "@/lib/jobs/boss";
import { createDatabaseFromTemplate, dropDatabase } from "./databases";
import { PGLITE_DUMP } from "./paths";

const serverUrl = process.env.TEST_DATABASE_URL;
const databaseUrl = serverUrl
  ? await createDatabaseFromTemplate(serverUrl)
  : `pglite:memory?load=${PGLITE_DUMP}`;

process.env.DATABASE_URL = databaseUrl;
delete process.env.RESEND_API_KEY;
delete process.env.RESEND_BASE_URL;
delete process.env.GEOCODER_URL;
process.env.APP_URL = "http://localhost:3000";
process.env.AUTH_SECRET = "test-secret-test-secret-test-secret-0123";
process.env.EMAIL_FROM = "Chorus Tests <chorus@example.org>";

afterAll(async () => {
  await stopBoss({ graceful: false, timeoutMs: 2000 });
  await closeConnection();
  if (serverUrl) await dropDatabase(databaseUrl);
});
