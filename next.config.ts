import type { NextConfig } from "next";
import { assertEnvForNextPhase } from "./lib/env";

export default function nextConfig(phase: string): NextConfig {
  assertEnvForNextPhase(phase);
  return {
    poweredByHeader: false,
    // Server-only packages stay out of the bundles; otherwise PGlite's 9 MB wasm ends up in public files.
    serverExternalPackages: ["@electric-sql/pglite", "pg-boss", "postgres"],
    experimental: {
      // A restarted `next dev` looped forever reloading pages after edits to instrumentation imports.
      turbopackFileSystemCacheForDev: false,
    },
  };
}
