import { describe, expect, it } from "vitest";
import { calendarBalance } from "../../src/calendar/balance.js";
import { buildCalendar } from "../../src/calendar/entries.js";
import { renderMarkdown } from "../../src/render/calendar-markdown.js";
import { plan } from "./fixtures.js";

const content = `  pillars:
    - id: how-to
      name: How-to
    - id: news
      name: News
  series:
    - id: tips
      title: Tips
      channel: forum
      format: article
      pillar: how-to
      owner: ana
      cadence: { every: week, weekdays: [mon, thu] }
      localTime: "10:00"
    - id: digest
      title: Digest
      channel: forum
      format: newsletter
      pillar: news
      cadence: { every: week, weekdays: [fri] }
      localTime: "09:00"
`;

describe("calendar balance", () => {
  // Two weeks: tips 4 (Mon, Thu ×2), digest 2 (Fri ×2); 2027-03-01 is a Monday.
  const calendar = buildCalendar(plan({ content }), { from: "2027-03-01", to: "2027-03-14", label: "two weeks" });

  it("counts occurrences per pillar, channel, owner (most first) and ISO week (by its Monday)", () => {
    expect(calendar.entries).toHaveLength(6);
    expect(calendarBalance(calendar.entries)).toEqual({
      pillars: [
        { name: "How-to", count: 4 },
        { name: "News", count: 2 },
      ],
      channels: [{ name: "Forum", count: 6 }],
      owners: [
        { name: "ana", count: 4 },
        { name: null, count: 2 },
      ],
      weeks: [
        { name: "2027-03-01", count: 3 },
        { name: "2027-03-08", count: 3 },
      ],
    });
  });

  it("ends the Markdown calendar, and is left out of an empty one", () => {
    const text = renderMarkdown(calendar, { today: "2027-02-01" });
    expect(text.slice(text.indexOf("## Balance"))).toContain("| How-to | 4 | 67% |\n| News | 2 | 33% |\n");
    expect(text.trimEnd().endsWith("| 2027-03-08 | 3 | 50% |")).toBe(true);
    const empty = buildCalendar(plan({ content }), { from: "2027-03-02", to: "2027-03-03", label: "none" });
    expect(empty.entries).toEqual([]);
    expect(renderMarkdown(empty, { today: "2027-02-01" })).not.toContain("Balance");
  });
});
