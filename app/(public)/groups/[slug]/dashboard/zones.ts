/** The shift form's time zones: the United States' first (named in dashboardWords.zones), then every other. */
export const US_ZONES = [
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Phoenix",
  "America/Los_Angeles",
  "America/Anchorage",
  "Pacific/Honolulu",
  "America/Puerto_Rico",
] as const;

/** Every other zone the runtime knows (each zone listed once, so the chosen one shows its plain name). */
export function otherTimeZones(): string[] {
  const us = new Set<string>(US_ZONES);
  return Intl.supportedValuesOf("timeZone").filter((zone) => !us.has(zone));
}
