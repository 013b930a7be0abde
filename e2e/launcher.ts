/**
 * `npm start` (lib/server/launcher.ts) for the specs about what only it does, such as the lite campaign page:
 * the rest of the suite runs `next start` (e2e/start-app.ts). On its own port and embedded database (one process,
 * no page cache: LISTEN needs PostgreSQL), seeded like the suite's, sending mail to the same fake Resend. Uses the
 * suite's build (.next). Start it once per spec file, in a serial describe (PGlite allows one process per folder).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

export const LAUNCHER_PORT = 3110;
export const LAUNCHER_URL = `http://localhost:${LAUNCHER_PORT}`;
const DATA = ".data/e2e-launcher";

const env = (): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: "production",
  PORT: String(LAUNCHER_PORT),
  APP_URL: LAUNCHER_URL,
  DATABASE_URL: `pglite:${DATA}/db`,
  RESEND_API_KEY: "re_e2e_fake",
  RESEND_BASE_URL: "http://127.0.0.1:3901",
  GEOCODER_URL: "http://127.0.0.1:3902/geocoder",
  EMAIL_FROM: "Chorus <chorus@example.org>",
  AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
  NEXT_TELEMETRY_DISABLED: "1",
  FORM_MIN_FILL_MS: "0",
  PAGE_CACHE: "on",
  PAGE_LITE: "on",
});

export type Launcher = { url: string; stop(): Promise<void> };

export async function startLauncher(): Promise<Launcher> {
  rmSync(DATA, { recursive: true, force: true });
  const seeded = spawnSync("node_modules/.bin/tsx", ["db/cli/seed.ts"], { env: env(), encoding: "utf8" });
  if (seeded.status !== 0) throw new Error(`seeding ${DATA} failed: ${seeded.stderr}`);
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: env(),
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    const ok = await fetch(`${LAUNCHER_URL}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error("npm start was not ready in 60 s");
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url: LAUNCHER_URL,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
