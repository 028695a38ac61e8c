import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { InputError } from "../../src/core/errors.js";
import { readActualsFile } from "../../src/progress/read-actuals-file.js";
import { readActuals } from "../../src/progress/read-actuals.js";

const brief = (text: string, file = "actuals.csv") => {
  const { observations, issues } = readActuals(text, file);
  return {
    observations: observations.map((o) => [o.line, o.date, o.metric, o.value, o.channel ?? null]),
    issues: issues.map((i) => `${i.line} ${i.severity} ${i.code}: ${i.message}`),
  };
};

describe("readActuals: CSV", () => {
  it("reads date,metric,value[,channel] with the header in any order and case, sorted by date", () => {
    const text =
      "Metric,DATE,Channel,value,note\nmembers,2027-02-01,,120,typed by hand\nanswers,2027-01-01,forum,-3.5e1,\n";
    expect(brief(text)).toEqual({
      observations: [
        [3, "2027-01-01", "answers", -35, "forum"],
        [2, "2027-02-01", "members", 120, null],
      ],
      issues: [],
    });
  });

  it("reads a spreadsheet export: BOM, CRLF, quoted fields", () => {
    const text =
      '\uFEFFdate,metric,value,channel\r\n"2027-01-31","weekly-active-members","412",""\r\n2027-02-28,"weekly-active-members",428,\r\n';
    expect(brief(text).observations).toEqual([
      [2, "2027-01-31", "weekly-active-members", 412, null],
      [3, "2027-02-28", "weekly-active-members", 428, null],
    ]);
  });

  it("reports every bad date, number and missing field with its line, and keeps none of those rows", () => {
    const text = [
      "date,metric,value",
      "2027-01-31,members,10",
      "31/01/2027,members,11",
      "2027-02-30,members,12",
      "2027-03-31,members,twelve",
      '2027-04-30,members,"1,234"',
      "2027-05-31,,13",
      "2027-06-30,members,",
      "2027-07-31T09:00:00Z,members,14",
      "2027-08-31,members,48%",
    ].join("\n");
    expect(brief(text)).toEqual({
      observations: [[2, "2027-01-31", "members", 10, null]],
      issues: [
        '3 error bad-date: "31/01/2027" is not a date like 2027-03-31',
        '4 error bad-date: "2027-02-30" is not a date like 2027-03-31',
        '5 error bad-number: "twelve" is not a number',
        '6 error bad-number: "1,234" is not a number (write 1234.5, without thousands separators or a decimal comma)',
        "7 error missing-field: the observation has no metric",
        "8 error missing-field: the observation has no value",
        '9 error bad-date: "2027-07-31T09:00:00Z" is not a date like 2027-03-31 (write the day only, without the time)',
        '10 error bad-number: "48%" is not a number (write the number without the % sign)',
      ],
    });
  });

  it("keeps the later of two observations for one date, metric and channel, with a warning", () => {
    const text =
      "date,metric,value,channel\n2027-01-31,members,10,forum\n2027-01-31,members,7,discord\n2027-01-31,members,12,forum\n";
    expect(brief(text)).toEqual({
      observations: [
        [3, "2027-01-31", "members", 7, "discord"],
        [4, "2027-01-31", "members", 12, "forum"],
      ],
      issues: [
        '4 warning duplicate: "members" (channel "forum") on 2027-01-31 is also on line 2; the later value (12) is used',
      ],
    });
  });

  it("an empty file, or one with only a header, has no observations and no issues", () => {
    expect(brief("")).toEqual({ observations: [], issues: [] });
    expect(brief("\uFEFF\r\n")).toEqual({ observations: [], issues: [] });
    expect(brief("date,metric,value\n")).toEqual({ observations: [], issues: [] });
  });

  it("a header without the required columns is an error on line 1, with a hint for semicolons", () => {
    expect(brief("day,metric,value\n").issues).toEqual([
      "1 error csv-header: the header must name the columns date, metric and value (missing: date)",
    ]);
    expect(brief("date;metric;value\n2027-01-01;a;1\n").issues).toEqual([
      "1 error csv-header: the header must name the columns date, metric and value (missing: date, metric, value); separate columns with commas, not semicolons",
    ]);
  });

  it("a CSV syntax error is reported with its line", () => {
    expect(brief('date,metric,value\n2027-01-01,a,1\n2027-01-02,"b,2\n').issues).toEqual([
      "3 error csv-syntax: a quoted field is not closed",
    ]);
  });
});

describe("readActuals: JSON and YAML", () => {
  it("reads a JSON array, with the line of each object", () => {
    const text = `[
  { "date": "2027-01-31", "metric": "members", "value": 412 },
  { "date": "2027-02-28", "metric": "answers", "value": "38.5", "channel": "forum" }
]`;
    expect(brief(text, "actuals.json")).toEqual({
      observations: [
        [2, "2027-01-31", "members", 412, null],
        [3, "2027-02-28", "answers", 38.5, "forum"],
      ],
      issues: [],
    });
  });

  it("reads a YAML list and points errors at the line of the bad value", () => {
    const text = `- date: 2027-01-31
  metric: members
  value: 412
- date: 2027-13-01
  metric: members
  value: lots
- just a string
`;
    expect(brief(text, "actuals.yaml")).toEqual({
      observations: [[1, "2027-01-31", "members", 412, null]],
      issues: [
        '4 error bad-date: "2027-13-01" is not a date like 2027-03-31',
        '6 error bad-number: "lots" is not a number',
        "7 error not-an-object: each observation must be an object with date, metric and value",
      ],
    });
  });

  it("detects JSON or YAML by content when the file has another extension", () => {
    expect(brief('[{"date":"2027-01-31","metric":"m","value":1}]', "actuals.txt").observations).toEqual([
      [1, "2027-01-31", "m", 1, null],
    ]);
  });

  it("reports a syntax error, and a document that is not a list, with a line", () => {
    const broken = brief(
      '[\n  {"date": "2027-01-31", "metric": "m", "value": 1},\n  {"date": "2027-02-28" "metric": "m"}\n]',
      "a.json",
    );
    expect(broken.issues).toHaveLength(1);
    expect(broken.issues[0]).toMatch(/^3 error syntax: /);
    expect(brief("\n\ndate: 2027-01-31\n", "a.yaml").issues).toEqual([
      "3 error not-a-list: expected a list of observations like [{date, metric, value}]",
    ]);
    expect(brief("", "a.json")).toEqual({ observations: [], issues: [] });
  });
});

describe("readActualsFile", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "community-plan-actuals-"));
  const write = (name: string, bytes: string | Uint8Array) => {
    writeFileSync(path.join(dir, name), bytes);
    return path.join(dir, name);
  };

  it("decodes UTF-8 and drops the BOM", async () => {
    expect(await readActualsFile(write("bom.csv", "\uFEFFdate,metric,value\n"))).toBe("date,metric,value\n");
  });

  it("refuses a directory, a binary file, bad UTF-8, a missing file and a file over the limit", async () => {
    const codes = async (file: string, maxBytes?: number) =>
      readActualsFile(file, maxBytes).then(
        () => "read",
        (e: unknown) => (e as InputError).code,
      );
    expect(await codes(dir)).toBe("E_IS_DIRECTORY");
    expect(await codes(write("a.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])))).toBe("E_BINARY");
    expect(await codes(write("latin1.csv", new Uint8Array([0x64, 0x61, 0x74, 0x65, 0xe9, 0x0a])))).toBe("E_ENCODING");
    expect(await codes(path.join(dir, "missing.csv"))).toBe("E_FILE_NOT_FOUND");
    expect(await codes(write("big.csv", "date,metric,value\n"), 10)).toBe("E_TOO_LARGE");
  });
});
