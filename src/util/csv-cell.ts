// One CSV cell as every CSV the tool writes spells it (calendar, progress). RFC 4180: quoted when
// it holds a comma, a quote, a line break or leading/trailing space, quotes doubled. And safe to
// open in a spreadsheet: Excel, LibreOffice and Google Sheets run a cell that starts with =, +, -,
// @, a tab or a carriage return as a formula (`=HYPERLINK(...)` in a title), so such a cell gets a
// leading apostrophe inside its quotes, as OWASP's CSV-injection guidance says. Plain numbers
// (`-3`, `+15%`) are data a sheet should add up, and stay as they are. JSON is the raw path.

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?%?$/;

export function csvCell(value: string | number | undefined): string {
  return delimitedCell(value, ",");
}

/** A cell for rows joined with `delimiter` (`;` for spreadsheets in nl, de, fr …), which forces quotes. */
export function delimitedCell(value: string | number | undefined, delimiter: string): string {
  const text = value === undefined ? "" : String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) return `"'${text.replaceAll('"', '""')}"`;
  const needsQuotes = /["\r\n]/.test(text) || text.includes(delimiter) || /^\s|\s$/.test(text);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}
