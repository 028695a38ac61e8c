import { describe, expect, it } from "vitest";
import { buildCalendar } from "../../src/calendar/entries.js";
import { csvField, writeCsv } from "../../src/outputs/calendar/csv.js";
import { persona, plan } from "./fixtures.js";

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
`,
    });
    const text = writeCsv(buildCalendar(p, { from: "2027-03-01", to: "2027-03-31", label: "x" }));
    expect(text).toBe(
      "date,local time,time zone,UTC time,channel,format,pillar,title,owner,audience,languages,recording,status\r\n" +
        '2027-03-28,03:30,Europe/Amsterdam,2027-03-28T01:30:00Z,forum,ama,,"Night owls, ""live""",Sam,member us,en nl,no,moved: 02:30 does not exist (DST gap)\r\n',
    );
  });
});
