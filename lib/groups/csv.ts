/**
 * CSV for spreadsheets (RFC 4180). A cell that starts with = + - @ (or a tab / carriage return) is what
 * Excel, Sheets and LibreOffice run as a formula, so a volunteer who types `=HYPERLINK(...)` as their name
 * could act on the organizer's machine (OWASP "CSV injection"): such cells get a leading single quote, which
 * spreadsheets show as plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text, lines ended by CRLF as the RFC asks. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return `${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
