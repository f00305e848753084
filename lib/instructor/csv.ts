// CSV as RFC 4180 reads it (comma, CRLF, quotes doubled inside quoted cells), made safe to
// open in a spreadsheet: a text cell starting with = + - @ (or a tab / carriage return, which
// some spreadsheets strip before looking) is a formula to Excel, LibreOffice and Sheets, so it
// gets a leading apostrophe and is shown as text (OWASP "CSV injection"). Learner names and
// kubectl commands are learner-controlled, so every export goes through here.

export type CsvValue = string | number | boolean | null | undefined | Date;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  // Numbers are written by us, never by a learner: a negative number stays a number.
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = value instanceof Date ? value.toISOString() : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header row and data rows as one CSV document, CRLF line ends, trailing CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** A file name safe in Content-Disposition: letters, digits, dot, dash and underscore. */
export function csvFileName(...parts: string[]): string {
  const base = parts
    .map((p) => p.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^-+|-+$/g, ""))
    .filter(Boolean)
    .join("-");
  return `${base || "export"}.csv`;
}
