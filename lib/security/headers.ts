/**
 * Security headers on every response (set in next.config.ts). The Content-Security-Policy uses no per-request
 * nonce, so public pages stay cacheable; Next's own inline bootstrap scripts need 'unsafe-inline' for scripts,
 * and every other directive is as tight as the pages allow. No page may be framed, except the campaign widget
 * (EMBEDDABLE_PATHS), which other sites embed by design: it has no forms and no script, so framing it risks no
 * clickjacking.
 */
export function contentSecurityPolicy(options: { isProduction: boolean; isEmbeddable?: boolean }): string {
  return [
    "default-src 'self'",
    // `next dev` evaluates code for fast refresh; production never does.
    `script-src 'self' 'unsafe-inline'${options.isProduction ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    // Campaign images are https URLs the organizer gives.
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    `connect-src 'self'${options.isProduction ? "" : " ws: wss:"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    options.isEmbeddable ? "frame-ancestors *" : "frame-ancestors 'none'",
    ...(options.isProduction ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export type Header = { key: string; value: string };

/** HSTS only in production builds (browsers ignore it over plain http, so a local `next start` is unharmed). */
export function securityHeaders(options: { isProduction: boolean; isEmbeddable?: boolean }): Header[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // Old browsers without frame-ancestors read this one; it has no "anyone" value, so the widget goes without.
    ...(options.isEmbeddable ? [] : [{ key: "X-Frame-Options", value: "DENY" }]),
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    },
    ...(options.isProduction
      ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
      : []),
  ];
}

/** The only paths another site may frame: the campaign widget. */
export const EMBEDDABLE_PATHS = "/embed/:path+";
/** Every other path (a path-to-regexp negative lookahead, as next.config's `headers` sources take). */
export const NOT_EMBEDDABLE_PATHS = "/:path((?!embed/).*)";

/** Pages with a person's own data: never stored by browsers or shared caches. */
export const PRIVATE_PATHS = [
  "/account/:path*",
  "/letters/:path*",
  "/groups/:slug/dashboard/:path*",
  "/groups/:slug/edit",
  "/sign-in/:path*",
  "/dev/:path*",
  "/organize/:path*",
  "/preview/:path*",
  "/targets/:path*",
  "/operator",
];
