/** Only same-site paths: "/account" yes; "//evil.example", "https://evil.example" or "/\\evil" no. */
export function safeRedirectPath(value: string | undefined | null, fallback = "/account"): string {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
