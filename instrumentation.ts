export async function register(): Promise<void> {
  // The one read of process.env outside lib/env.ts: Next replaces NEXT_RUNTIME at compile time, which keeps
  // the Node-only start code (PGlite, pg-boss) out of the Edge build of this file.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServerProcess } = await import("./edge/start");
    await startServerProcess();
  }
}
