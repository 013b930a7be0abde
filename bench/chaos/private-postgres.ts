/**
 * A private PostgreSQL server for the restart scenario: initdb into a temp folder, started on a free port,
 * restarted on demand, removed afterwards. The shared server on 5432 is never restarted (other test runs use
 * it). As root, the server runs as the `postgres` user (PostgreSQL refuses to run as root).
 */
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { exitCleanups } from "./harness";

const BIN = process.env.CHAOS_PG_BIN ?? "/usr/lib/postgresql/15/bin";

export type PrivatePostgres = {
  adminUrl: string;
  /** Restarts the server (fast shutdown: connections are cut); returns how long it was away, in ms. */
  restart(): Promise<number>;
  /** Stops the server (fast shutdown) and leaves it down until `start`. */
  down(): Promise<void>;
  up(): Promise<void>;
  stop(): Promise<void>;
};

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startPrivatePostgres(logPath: string): Promise<PrivatePostgres> {
  if (!existsSync(path.join(BIN, "pg_ctl"))) throw new Error(`no ${BIN}/pg_ctl`);
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(os.tmpdir(), "chorus-chaos-pg-"));
  const data = path.join(dir, "data");
  const run = (command: string, args: string[]) =>
    asRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", path.join(BIN, command), ...args], {
          stdio: "pipe",
          timeout: 60_000,
        })
      : execFileSync(path.join(BIN, command), args, { stdio: "pipe", timeout: 60_000 });
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  const logFile = path.join(dir, "server.log");
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  try {
    run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"]);
    run("pg_ctl", ["-D", data, "-l", logFile, "-w", "-o", serverOptions, "start"]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(stderr || (error instanceof Error ? error.message : String(error)));
  }
  exitCleanups.set(`postgres ${dir}`, () => {
    try {
      run("pg_ctl", ["-D", data, "-w", "-m", "immediate", "stop"]);
    } catch {}
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async restart() {
      const started = Date.now();
      run("pg_ctl", ["-D", data, "-l", logFile, "-w", "-m", "fast", "restart"]);
      return Date.now() - started;
    },
    async down() {
      run("pg_ctl", ["-D", data, "-w", "-m", "fast", "stop"]);
    },
    async up() {
      run("pg_ctl", ["-D", data, "-l", logFile, "-w", "-o", serverOptions, "start"]);
    },
    async stop() {
      exitCleanups.delete(`postgres ${dir}`);
      try {
        run("pg_ctl", ["-D", data, "-w", "-m", "immediate", "stop"]);
      } catch {
        // Already stopped.
      }
      try {
        execFileSync("cp", [logFile, logPath]);
      } catch {}
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
