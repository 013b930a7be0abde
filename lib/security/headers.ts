/**
 * Security headers on every response. next.config.ts gives every path the policy without a nonce, which allows
 * no inline script at all (route handlers, the widget, cached lite campaign pages: none has one). Pages Next
 * renders per request carry Next's inline bootstrap scripts, so proxy.ts gives each of them a fresh nonce
 * (`pageSecurity`): Next reads it from the request's policy and puts it on its scripts, and the response's
 * policy allows only scripts with that nonce (and what they load: 'strict-dynamic'). 'unsafe-inline' is never
 * allowed for scripts. A page with a nonce is never cached for another person (edge/page-cache.ts).
 *
 * No page may be framed, except the campaign widget (EMBEDDABLE_PATHS), which other sites embed by design: it
 * has no forms and no script, so framing it risks no clickjacking.
 */
export type PolicyOptions = { isProduction: boolean; isEmbeddable?: boolean; nonce?: string };

export function contentSecurityPolicy(options: PolicyOptions): string {
  const scripts = options.nonce ? ["'self'", `'nonce-${options.nonce}'`, "'strict-dynamic'"] : ["'self'"];
  // `next dev` evaluates code for fast refresh; production never does.
  if (!options.isProduction) scripts.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
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

/** 128 random bits, base64: unguessable, and new for every request. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * For a page rendered per request (proxy.ts): the request headers Next renders with (`x-nonce` and the policy,
 * from which Next takes the nonce for its scripts; anything a client sent under those names is replaced) and
 * the response's policy.
 */
export function pageSecurity(
  requestHeaders: Headers,
  options: { isProduction: boolean; nonce?: string },
): { requestHeaders: Headers; policy: string; nonce: string } {
  const nonce = options.nonce ?? createNonce();
  const policy = contentSecurityPolicy({ isProduction: options.isProduction, nonce });
  const headers = new Headers(requestHeaders);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  return { requestHeaders: headers, policy, nonce };
}

export type Header = { key: string; value: string };

/**
 * HSTS only in production builds (browsers ignore it over plain http, so a local `next start` is unharmed).
 * The policy here has no nonce: no inline script runs under it.
 */
export function securityHeaders(options: { isProduction: boolean; isEmbeddable?: boolean }): Header[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ ...options, nonce: undefined }) },
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
