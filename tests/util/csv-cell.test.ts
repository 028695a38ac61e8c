// Every CSV the tool writes is safe to open in a spreadsheet: a cell that a sheet would run as a
// formula gets a leading apostrophe inside its quotes; plain numbers stay numbers.
import { describe, expect, it } from "vitest";
import { buildCalendar } from "../../src/calendar/entries.js";
import { keepKinds } from "../../src/calendar/kinds.js";
import { writeCsv } from "../../src/outputs/calendar/csv.js";
import { formatProgress } from "../../src/outputs/progress/index.js";
import { noColors } from "../../src/outputs/colors.js";
import { parseCsv } from "../../src/progress/parse-csv.js";
import { csvCell } from "../../src/util/csv-cell.js";
import { persona, plan, TIMED } from "../calendar/fixtures.js";
import { increasing, TODAY } from "../progress/fixtures.js";

const HYPERLINK = '=HYPERLINK("http://example.com","x")';

describe("csvCell", () => {
  it.each([
    [HYPERLINK, '"\'=HYPERLINK(""http://example.com"",""x"")"'],
    ["+1 topic", "\"'+1 topic\""],
    ["-2+3", "\"'-2+3\""],
    ["@SUM(A1:A9)", "\"'@SUM(A1:A9)\""],
    ["\tcmd", "\"'\tcmd\""],
    ["\rcmd", "\"'\rcmd\""],
    ["=1,2", "\"'=1,2\""],
    ["-", "\"'-\""],
  ])("neutralises %j", (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it.each(["-3", "+15%", "12.5", "-0.25", "+7", "40%", "0"])("leaves the plain number %j alone", (value) => {
    expect(csvCell(value)).toBe(value);
  });

  it("leaves other text alone, quoting only what RFC 4180 needs", () => {
    expect(["plain", "a=b", "x-y", "a,b", 'say "hi"', " padded", "2027-03-28", "-3e5"].map(csvCell)).toEqual([
      "plain",
      "a=b",
      "x-y",
      '"a,b"',
      '"say ""hi"""',
      '" padded"',
      "2027-03-28",
      "\"'-3e5\"",
    ]);
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(undefined)).toBe("");
  });
});

describe("the CSV writers use it", () => {
  it("calendar: a =HYPERLINK title and an @owner reach the sheet as text", () => {
    const p = plan({
      personas: persona("member", ["Europe/Amsterdam"]),
      content: `  series:
    - id: link
      title: '${HYPERLINK}'
      channel: forum
      format: ama
      cadence: { every: month, day: 10 }
      localTime: "10:00"
      audience: [member]
      owner: "@ann"
`,
    });
    const text = writeCsv(keepKinds(buildCalendar(p, { from: "2027-03-01", to: "2027-03-31", label: "x" }), TIMED));
    const row = text.split("\r\n")[1]!;
    expect(row).toContain(',"\'=HYPERLINK(""http://example.com"",""x"")",,,"\'@ann",');
    const fields = parseCsv(text)[1]!.fields;
    expect(fields[9]).toBe(`'${HYPERLINK}`);
    expect(fields[12]).toBe("'@ann");
  });

  it("progress: a formula in a free-text unit is neutralised, negative numbers are not", async () => {
    const hostile = { ...increasing, unit: "=1+1", baseline: -3 };
    const text = await formatProgress({ plan: "p.yaml", actuals: "a.csv", today: TODAY, targets: [hostile], warnings: [] }, "csv", { colors: noColors });
    const fields = parseCsv(text)[1]!.fields;
    expect(fields[3]).toBe("'=1+1");
    expect(fields[6]).toBe("-3");
    expect(text.split("\r\n")[1]).toContain(",\"'=1+1\",");
  });
});
