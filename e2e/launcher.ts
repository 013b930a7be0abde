/**
 * A second `npm start` (edge/launcher.ts) for the specs that need settings the suite's own app (also
 * `npm start`, e2e/start-app.ts) must not have: the default limits, CWC keys, no page cache. On its own port and
 * embedded database (one process,
 * no page cache: LISTEN needs PostgreSQL, and the job worker runs inside the web process), seeded like the
 * suite's, sending mail to the same fake Resend. Uses the suite's build (.next). Start it once per spec file, in a
 * serial describe (PGlite allows one process per folder); specs that run at the same time need their own port
 * and data folder (options), for example the CWC journey with its extra settings (e2e/congress-form.spec.ts).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

export const LAUNCHER_PORT = 3110;
export const LAUNCHER_URL = `http://localhost:${LAUNCHER_PORT}`;
const DATA = ".data/e2e-launcher";

export type LauncherOptions = {
  /** Default 3110 (LAUNCHER_PORT); the app's URL is http://localhost:PORT. */
  port?: number;
  /** The embedded database's folder, emptied at each start. Default .data/e2e-launcher. */
  data?: string;
  /** Settings added to (or overriding) the suite's. */
  env?: Record<string, string>;
};

export function launcherUrl(port: number): string {
  return `http://localhost:${port}`;
}

const baseEnv = (port: number, data: string, extra: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: "production",
  PORT: String(port),
  APP_URL: launcherUrl(port),
  DATABASE_URL: `pglite:${data}/db`,
  RESEND_API_KEY: "re_e2e_fake",
  RESEND_BASE_URL: "http://127.0.0.1:3901",
  GEOCODER_URL: "http://127.0.0.1:3902/geocoder",
  EMAIL_FROM: "Chorus <chorus@example.org>",
  AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
  NEXT_TELEMETRY_DISABLED: "1",
  FORM_MIN_FILL_MS: "0",
  PAGE_CACHE: "on",
  PAGE_LITE: "on",
  ...extra,
});

export type Launcher = { url: string; stop(): Promise<void> };

export async function startLauncher(options: LauncherOptions = {}): Promise<Launcher> {
  const port = options.port ?? LAUNCHER_PORT;
  const data = options.data ?? DATA;
  const url = launcherUrl(port);
  const env = baseEnv(port, data, options.env ?? {});
  rmSync(data, { recursive: true, force: true });
  const seeded = spawnSync("node_modules/.bin/tsx", ["db/cli/seed.ts"], { env, encoding: "utf8" });
  if (seeded.status !== 0) throw new Error(`seeding ${data} failed: ${seeded.stderr}`);
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health`).then(
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
    url,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
