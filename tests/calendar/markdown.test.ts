import { describe, expect, it } from "vitest";
import { buildCalendar } from "../../src/calendar/entries.js";
import { renderMarkdown } from "../../src/render/calendar-markdown.js";
import { forgetInputs, runInputs } from "../../src/io/run-inputs.js";
import { persona, plan } from "./fixtures.js";

describe("Markdown calendar", () => {
  it("reads only its own template: the built-in partials it does not use stay unread", () => {
    forgetInputs();
    renderMarkdown(buildCalendar(plan({ personas: persona("member", ["Europe/Amsterdam"]) }), { from: "2027-03-01", to: "2027-03-07", label: "one week" }), { today: "2027-02-01" });
    expect(runInputs().filter((input) => input.kind === "template").map((input) => input.file.split(/[\\/]/).slice(-2).join("/"))).toEqual(["templates/calendar.md.hbs"]);
    forgetInputs();
  });

  it("escapes plan text through the render engine: pipes, line breaks, HTML and template syntax", () => {
    const p = plan({
      personas: persona("member", ["Europe/Amsterdam"]),
      content: `  series:
    - id: hostile
      title: "a | b\\n<script>x</script> {{t}} [x](javascript:y)"
      channel: forum
      format: article
      cadence: { every: week, weekdays: [mon] }
      localTime: "10:00"
`,
    });
    const text = renderMarkdown(buildCalendar(p, { from: "2027-03-01", to: "2027-03-07", label: "one week" }), { today: "2027-02-01" });
    expect(text.split("\n").find((line) => line.startsWith("| Mon"))).toBe(
      "| Mon 2027-03-01 | 10:00 | Europe/Amsterdam | 09:00 | a \\| b &lt;script&gt;x&lt;/script&gt; \\{\\{t}} \\[x\\](javascript:y) | topic to be decided | – | Forum | Article | – | – | – | no | – |",
    );
  });

  it("writes a table per month, DST and hours notes for live sessions, and the skipped dates", () => {
    const p = plan({
      personas: persona("member", ["Europe/Amsterdam", "America/Los_Angeles"]),
      content: `  series:
    - id: night
      title: Night | owls
      channel: forum
      format: livestream
      cadence: { every: month, nth: -1, weekday: sun }
      localTime: "02:30"
      audience: [member]
  blackouts:
    - from: 2027-04-25
      reason: King's Day weekend
`,
    });
    const text = renderMarkdown(buildCalendar(p, { from: "2027-03-01", to: "2027-04-30", label: "spring" }), { today: "2027-02-01" });
    expect(text).toBe(`# Test community: content calendar spring

2027-03-01 to 2027-04-30: 1 entry.

## March 2027

| Date | Time | Time zone | UTC | Title | Topic | Draft due | Channel | Format | Pillar | Owner | Audience | Recording | Notes |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| Sun 2027-03-28 | 03:30 | Europe/Amsterdam | 01:30 | Night \\| owls | topic to be decided | – | Forum | Livestream | – | – | member | no | 02:30 does not exist that day (DST), moved to 03:30; outside reasonable hours: Europe/Amsterdam 03:30 |

## Dates to keep in mind

| Date | Kind | Item | Owner |
| --- | --- | --- | --- |
| Mon 2027-03-01 | Review | Plan review | – |
| Wed 2027-03-31 | Target deadline | comments (Comments per post) | – |
| Mon 2027-04-05 | Review | Plan review | – |
| Sun 2027-04-25 | Blackout | King's Day weekend | – |

## Lost live sessions

- 2027-04-25: night (King's Day weekend)

_Times are local to each item's time zone. A time that does not exist on a DST change day is moved forward by the gap; one that occurs twice means the first occurrence. Both are marked in Notes._

## Balance

Scheduled items: 1. A row far above the others is worth a second look.

| Pillar | Items | Share |
| --- | ---: | ---: |
| none | 1 | 100% |

| Channel | Items | Share |
| --- | ---: | ---: |
| Forum | 1 | 100% |

| Owner | Items | Share |
| --- | ---: | ---: |
| none | 1 | 100% |

| Week of | Items | Share |
| --- | ---: | ---: |
| 2027-03-22 | 1 | 100% |
`);
  });

  it("names a target deadline's metric in the calendar's language, and keeps a plan's own metric id as written", () => {
    const p = plan({ personas: persona("member", ["Europe/Amsterdam"]) });
    const spring = { from: "2027-03-01", to: "2027-04-30", label: "spring" };
    const deadline = (text: string) => text.split("\n").find((line) => line.startsWith("| wo 2027-03-31") || line.startsWith("| Wed 2027-03-31"));
    expect(deadline(renderMarkdown(buildCalendar(p, spring), { today: "2027-02-01", lang: "nl" }))).toBe("| wo 2027-03-31 | Einddatum streefcijfer | comments (Reacties per bericht) | – |");
    const own = { ...p, targets: p.targets.map((t) => ({ ...t, metric: "rides-logged" })) };
    expect(deadline(renderMarkdown(buildCalendar(own, spring), { today: "2027-02-01" }))).toBe("| Wed 2027-03-31 | Target deadline | comments (Rides logged) | – |");
  });
});
