import type { NextConfig } from "next";
import { assertEnvForNextPhase, parseEnv } from "./lib/env";
import {
  EMBEDDABLE_PATHS,
  NOT_EMBEDDABLE_PATHS,
  PRIVATE_PATHS,
  securityHeaders,
} from "./lib/security/headers";

export default function nextConfig(phase: string): NextConfig {
  assertEnvForNextPhase(phase);
  // Not strict: a build runs without production secrets (the image is configured where it runs).
  const { appUrl, nextDistDir } = parseEnv(process.env, { strict: false });
  return {
    distDir: nextDistDir,
    // The build checks the app's own code; tests, e2e and the bench are checked by `npm run typecheck`.
    typescript: { tsconfigPath: "tsconfig.build.json" },
    poweredByHeader: false,
    async headers() {
      const isProduction = phase !== "phase-development-server";
      return [
        { source: NOT_EMBEDDABLE_PATHS, headers: securityHeaders({ isProduction }) },
        { source: EMBEDDABLE_PATHS, headers: securityHeaders({ isProduction, isEmbeddable: true }) },
        // The lite campaign page asks for /enhance.js?v=HASH (edge/lite-page.ts): new script, new address.
        {
          source: "/enhance.js",
          headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
        },
        ...PRIVATE_PATHS.map((source) => ({
          source,
          headers: [{ key: "Cache-Control", value: "private, no-store" }],
        })),
      ];
    },
    // Server-only packages stay out of the bundles; otherwise PGlite's 9 MB wasm ends up in public files.
    serverExternalPackages: ["@electric-sql/pglite", "pg-boss", "postgres"],
    experimental: {
      // Server actions accept posts from the app's own origin (Next compares Origin with Host); behind a proxy
      // that rewrites Host, APP_URL's host (as set when building) is the one allowed.
      // Bodies are read only up to this (Next counts as it streams and answers 413 past it). The largest form is
      // the builder's story, 20,000 characters: at 4 bytes each in UTF-8 (multipart, not percent-encoded), 80 KB
      // with the rest of the form; a quarter of Next's 1 MB default leaves room for that three times over.
      serverActions: { allowedOrigins: [new URL(appUrl).host], bodySizeLimit: "256kb" },
      // A restarted `next dev` looped forever reloading pages after edits to instrumentation imports.
      turbopackFileSystemCacheForDev: false,
    },
  };
}
