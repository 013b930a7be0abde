/**
 * The link always points at APP_URL, whatever Host header the request came with, so a forged Host cannot
 * send someone a link to another site.
 */
export function linkOnAppUrl(url: string, appUrl: string): string {
  const link = new URL(url);
  const app = new URL(appUrl);
  link.protocol = app.protocol;
  link.host = app.host;
  return link.toString();
}
