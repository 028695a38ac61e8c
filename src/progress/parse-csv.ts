import { csvCell } from "../util/csv-cell.js";

/** One CSV record, with the 1-based line it starts on (a quoted field may span lines). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/**
 * Parses RFC 4180 CSV: comma-separated, `"`-quoted fields with `""` for a quote, records ended
 * by CRLF or LF. A leading BOM is dropped. Whitespace around unquoted fields is trimmed, because
 * hand-typed files have it and no metric name or number needs it. Blank lines are skipped.
 */
export function parseCsv(input: string): CsvRecord[] {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const start = line;
    const fields: string[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      let field = "";
      let quoted = false;
      // Leading blanks before an opening quote are allowed, as many writers emit `a, "b"`.
      let j = i;
      while (text[j] === " " || text[j] === "\t") j++;
      if (text[j] === '"') {
        quoted = true;
        i = j + 1;
        for (;;) {
          if (i >= text.length) throw new CsvSyntaxError("a quoted field is not closed", start);
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === "\n") line++;
          field += ch;
          i++;
        }
        while (text[i] === " " || text[i] === "\t") i++;
      } else {
        while (i < text.length && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") field += text.charAt(i++);
      }
      fields.push(quoted ? field : field.trim());
      const next = text[i];
      if (next === ",") {
        i++;
      } else if (next === "\r" || next === "\n" || next === undefined) {
        if (next === "\r") i++;
        if (text[i] === "\n") i++;
        if (next !== undefined) line++;
        endOfRecord = true;
      } else {
        throw new CsvSyntaxError(`unexpected ${JSON.stringify(next)} after a closing quote`, line);
      }
    }
    const blank = fields.length === 1 && fields[0] === "";
    if (!blank) records.push({ line: start, fields });
  }
  return records;
}

/** One CSV row, each cell as src/util/csv-cell.ts writes it (RFC 4180, formulas neutralised). */
export function csvRow(fields: ReadonlyArray<string | number | undefined>): string {
  return fields.map(csvCell).join(",");
}
