/**
 * Starts Chorus for the Playwright suite the way production runs it: `next build`, the demo seed, then
 * `next start`, on a fresh embedded database under .data/e2e. (PGlite in production mode is allowed when
 * DATABASE_URL names it explicitly; its job worker then runs inside the web process.)
 */
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

const bin = (name: string) => `node_modules/.bin/${name}`;

function runStep(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`e2e: "${command} ${args.join(" ")}" failed`);
    process.exit(result.status ?? 1);
  }
}

rmSync(".data/e2e", { recursive: true, force: true });
if (process.env.E2E_SKIP_BUILD !== "1") runStep(bin("next"), ["build"]);
runStep(bin("tsx"), ["db/cli/seed.ts"]);
// People in each role with sessions of their own, for the authorization matrix (e2e/authorization.spec.ts).
runStep(bin("tsx"), ["e2e/seed-authorization.ts"]);

const server = spawn(bin("next"), ["start", "-p", process.env.PORT ?? "3100"], {
  stdio: "inherit",
  env: { ...process.env, NEXT_MANUAL_SIG_HANDLE: "true" },
});
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
