import { describe, expect, it } from "vitest";
import { buildCalendar } from "../../src/calendar/entries.js";
import { keepKinds } from "../../src/calendar/kinds.js";
import { csvField, writeCsv } from "../../src/outputs/calendar/csv.js";
import { persona, plan, TIMED } from "./fixtures.js";

describe("CSV (RFC 4180)", () => {
  it("quotes only fields that need it, doubling quotes", () => {
    expect(["plain", "a,b", 'say "hi"', "two\nlines", "café"].map(csvField)).toEqual([
      "plain",
      '"a,b"',
      '"say ""hi"""',
      '"two\nlines"',
      "café",
    ]);
  });

  it("writes the header row and one CRLF-terminated row per entry", () => {
    const p = plan({
      personas: persona("member", ["Europe/Amsterdam"]) + persona("us", ["America/New_York"]),
      content: `  series:
    - id: night
      title: 'Night owls, "live"'
      channel: forum
      format: ama
      cadence: { every: month, nth: -1, weekday: sun }
      localTime: "02:30"
      audience: [member, us]
      languages: [en, nl]
      owner: Sam
      duration: 1h30m
`,
    });
    const text = writeCsv(keepKinds(buildCalendar(p, { from: "2027-03-01", to: "2027-03-31", label: "x" }), TIMED));
    expect(text).toBe(
      "date,kind,local time,time zone,UTC time,duration (min),channel,format,pillar,title,topic,draft due,owner,audience,languages,recording,status\r\n" +
        '2027-03-28,series,03:30,Europe/Amsterdam,2027-03-28T01:30:00Z,90,forum,ama,,"Night owls, ""live""",,,Sam,member us,en nl,no,moved: 02:30 does not exist (DST gap)\r\n',
    );
    // For spreadsheets in locales that expect semicolons, with the BOM Excel needs for UTF-8.
    const semicolons = writeCsv(keepKinds(buildCalendar(p, { from: "2027-03-01", to: "2027-03-31", label: "x" }), TIMED), { csv: { bom: true, delimiter: ";" } });
    expect(semicolons).toBe(
      "\uFEFFdate;kind;local time;time zone;UTC time;duration (min);channel;format;pillar;title;topic;draft due;owner;audience;languages;recording;status\r\n" +
        '2027-03-28;series;03:30;Europe/Amsterdam;2027-03-28T01:30:00Z;90;forum;ama;;Night owls, ""live"";;;Sam;member us;en nl;no;moved: 02:30 does not exist (DST gap)\r\n'.replace('Night owls, ""live""', '"Night owls, ""live"""'),
    );
    expect(Buffer.from(semicolons, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("quotes a cell holding the delimiter in use, and only then", () => {
    const p = plan({
      content: `  events:
    - id: semi
      title: "Tips; tricks, and more"
      date: 2027-03-02
      localTime: "10:00"
      channel: forum
      format: article
`,
    });
    const calendar = keepKinds(buildCalendar(p, { from: "2027-03-01", to: "2027-03-31", label: "x" }), TIMED);
    const row = (delimiter: "," | ";" | "\t") => writeCsv(calendar, { csv: { delimiter } }).split("\r\n")[1];
    expect(row(";")).toContain(';"Tips; tricks, and more";');
    expect(row(",")).toContain(',"Tips; tricks, and more",');
    expect(row("\t")).toBe("2027-03-02\tevent\t10:00\tEurope/Amsterdam\t2027-03-02T09:00:00Z\t\tforum\tarticle\t\tTips; tricks, and more\t\t\t\t\ten\tno\tscheduled");
  });
});
