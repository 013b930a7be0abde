/** Longer than any path of ours with its query; a longer one is not followed (and never copied into a header). */
export const MAX_REDIRECT_PATH_LENGTH = 2048;

const PLACEHOLDER_ORIGIN = "http://chorus.invalid";

/**
 * Only same-site paths, as a browser will read them: "/account" yes; "//evil.example", "/.//evil.example",
 * "/\\evil.example", "https:evil.example", "/\t/evil.example" (browsers drop tabs and newlines inside URLs and
 * read "\" as "/") no. The path is resolved the way a browser resolves it and returned in that form, so what
 * goes into a Location header is exactly what was checked. The one function every redirect from input uses.
 */
export function safeRedirectPath(value: string | undefined | null, fallback = "/account"): string {
  if (typeof value !== "string" || value.length > MAX_REDIRECT_PATH_LENGTH) return fallback;
  // Control characters, any whitespace and backslashes: none belong in a path we link to.
  if (!value.startsWith("/") || hasControlSpaceOrBackslash(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.example" and "/a/..//evil.example" resolve to "//evil.example": another site to a browser.
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  return path;
}

function hasControlSpaceOrBackslash(value: string): boolean {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) return true;
  }
  return /[\s\\]/u.test(value);
}
