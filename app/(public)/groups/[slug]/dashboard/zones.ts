/** Every IANA time zone the runtime knows, for the shift form's "Everywhere else" list. */
export function otherTimeZones(): string[] {
  return Intl.supportedValuesOf("timeZone");
}
