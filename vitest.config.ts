import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // "server-only" throws outside React Server Components; in tests it is just a marker.
      "server-only": path.resolve(import.meta.dirname, "db/testing/empty.ts"),
    },
  },
  test: {
    include: ["{lib,db,app,emails,edge}/**/*.test.{ts,tsx}"],
    setupFiles: ["./db/testing/setup.ts"],
    globalSetup: ["./db/testing/global-setup.ts"],
    pool: "forks",
    // Vitest's default is one worker fewer than the cores (one on CI's two). Each file has a database of its
    // own (db/testing/setup.ts) and spends its time in PGlite or waiting on PostgreSQL: one per core.
    maxWorkers: Math.max(2, os.availableParallelism()),
    // next-auth imports "next/server" without an extension, which Node's ESM loader cannot resolve.
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
