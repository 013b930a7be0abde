/** The shift form's time zones: the United States' first, with plain names, then every other IANA zone. */
export const US_ZONES = [
  ["America/New_York", "Eastern Time (New York)"],
  ["America/Chicago", "Central Time (Chicago)"],
  ["America/Denver", "Mountain Time (Denver)"],
  ["America/Phoenix", "Arizona Time (Phoenix)"],
  ["America/Los_Angeles", "Pacific Time (Los Angeles)"],
  ["America/Anchorage", "Alaska Time (Anchorage)"],
  ["Pacific/Honolulu", "Hawaii Time (Honolulu)"],
  ["America/Puerto_Rico", "Atlantic Time (Puerto Rico)"],
] as const;

/** Every other zone the runtime knows (each zone listed once, so the chosen one shows its plain name). */
export function otherTimeZones(): string[] {
  const us = new Set<string>(US_ZONES.map(([zone]) => zone));
  return Intl.supportedValuesOf("timeZone").filter((zone) => !us.has(zone));
}
