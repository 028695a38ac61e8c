import { describe, expect, it } from "vitest";
import { CsvSyntaxError, csvRow, parseCsv } from "../../src/progress/parse-csv.js";

describe("parseCsv (RFC 4180)", () => {
  it("splits records and fields, trimming blanks around unquoted fields", () => {
    expect(parseCsv("date,metric,value\n2027-01-31, members , 12\n")).toEqual([
      { line: 1, fields: ["date", "metric", "value"] },
      { line: 2, fields: ["2027-01-31", "members", "12"] },
    ]);
  });

  it("reads quoted fields with commas, doubled quotes and line breaks, and keeps line numbers right", () => {
    const text = 'a,b\n"x, y","say ""hi"""\n"two\nlines",z\nlast,row';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["x, y", 'say "hi"'] },
      { line: 3, fields: ["two\nlines", "z"] },
      { line: 5, fields: ["last", "row"] },
    ]);
  });

  it("accepts CRLF, a lone CR, a BOM, blank lines and a missing final line break", () => {
    expect(parseCsv('\uFEFFa,b\r\n\r\n1,2\r3,"4"')).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 3, fields: ["1", "2"] },
      { line: 4, fields: ["3", "4"] },
    ]);
  });

  it("keeps empty fields, including a trailing one", () => {
    expect(parseCsv("a,,c,\n")).toEqual([{ line: 1, fields: ["a", "", "c", ""] }]);
  });

  it("reports an unclosed quote at the line where the record starts", () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrow(new CsvSyntaxError("a quoted field is not closed", 2));
    try {
      parseCsv('a,b\n1,"open\n2,3\n');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(2);
    }
  });

  it("reports text after a closing quote", () => {
    expect(() => parseCsv('a\n"x"y\n')).toThrow('unexpected "y" after a closing quote');
  });
});

describe("csvRow", () => {
  it("quotes only fields that need it, doubling quotes", () => {
    expect(csvRow(["plain", "a,b", 'say "hi"', "two\nlines", 12.5, undefined, " padded"])).toBe(
      'plain,"a,b","say ""hi""","two\nlines",12.5,," padded"',
    );
  });

  it("round-trips through parseCsv", () => {
    const fields = ["x, y", 'q"q', "multi\r\nline", "", "end"];
    expect(parseCsv(csvRow(fields))[0]!.fields).toEqual(fields);
  });
});
