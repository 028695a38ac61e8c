import { describe, expect, it } from "vitest";
import { lintText } from "../../src/lint/lint-text.js";
import { minimalPlan as plan, TODAY } from "../helpers/plans.js";
import { edit, testRule } from "../helpers/rule-cases.js";

const rule = "response-time-coverage";
const hours = '      hours: { days: [mon, tue, wed, thu, fri, sat, sun], start: "08:00", end: "20:00" }';
const weekdaysOnly = edit(plan, [hours, '      hours: { days: [mon, tue, wed, thu, fri], start: "09:00", end: "17:00" }']);

// Sam is a team member who moderates every day 08:00-12:00 Amsterdam and is away in March.
const withMembers = (away: string, moderators = "") =>
  edit(
    plan,
    ["      name: Sam\n", "      name: Sam\n      member: sam\n"],
    ['start: "08:00", end: "20:00" }', 'start: "08:00", end: "12:00" }'],
    ["    people: 1\n    hoursPerWeek: 20\n", `    members:\n      - id: sam\n        name: Sam\n        role: Lead\n        hoursPerWeek: 35\n        away:\n          - ${away}\n`],
    ["  responseTime: 48h", `${moderators}  responseTime: 48h`],
  );
const ana = (languages: string) =>
  `    - id: ana\n      name: Ana\n      timeZone: Europe/Lisbon\n      languages: [${languages}]\n      hours: { days: [mon, tue, wed, thu, fri, sat, sun], start: "08:00", end: "20:00" }\n`;

testRule(rule, [
  {
    name: "the only moderator away for a week: at the away period, named",
    plan: withMembers("{ from: 2027-03-01, to: 2027-03-07 }"),
    expected: [{ ruleId: rule, messageId: "awayGap", line: 15, column: 13, data: { who: "Sam", period: "2027-03-01 to 2027-03-07", gap: "7d20h", from: "Sun 2027-02-28 11:00 UTC", promise: "48h" } }],
  },
  {
    name: "one day away leaves 44 hours, inside a 48h promise",
    plan: withMembers("{ from: 2027-03-03, to: 2027-03-03 }"),
    expected: [],
  },
  {
    name: "a second moderator covers the hours but not Sam's other language",
    plan: edit(withMembers("{ from: 2027-03-01, to: 2027-03-07 }", ana("en")), ["      languages: [en]\n      hours: { days: [mon, tue, wed, thu, fri, sat, sun], start: \"08:00\"", "      languages: [en, nl]\n      hours: { days: [mon, tue, wed, thu, fri, sat, sun], start: \"08:00\""]),
    expected: [{ ruleId: rule, messageId: "awayLanguage", line: 15, column: 13, data: { who: "Sam", period: "2027-03-01 to 2027-03-07", languages: "nl" } }],
  },
  {
    name: "a stand-in in both languages keeps the promise",
    plan: edit(withMembers("{ from: 2027-03-01, to: 2027-03-07 }", ana("en, nl")), ["      languages: [en]\n      hours: { days: [mon, tue, wed, thu, fri, sat, sun], start: \"08:00\"", "      languages: [en, nl]\n      hours: { days: [mon, tue, wed, thu, fri, sat, sun], start: \"08:00\""]),
    expected: [],
  },
  {
    name: "a week that already breaks the promise is reported once, not again for the away period",
    plan: edit(withMembers("{ from: 2027-03-01, to: 2027-03-07 }"), ["responseTime: 48h", "responseTime: 11h"]),
    expected: [{ ruleId: rule, messageId: "gap", line: 61, column: 17, data: { gap: "20h", from: "Mon 11:00 UTC", promise: "11h" } }],
  },

  { name: "12-hour nights are inside a 48h promise", plan, expected: [] },
  { name: "a gap exactly as long as the promise keeps it", plan: edit(plan, ["responseTime: 48h", "responseTime: 12h"]), expected: [] },
  {
    name: "a gap longer than the promise, at the promise",
    plan: edit(plan, ["responseTime: 48h", "responseTime: 11h"]),
    expected: [{ ruleId: rule, messageId: "gap", line: 55, column: 17, data: { gap: "12h", from: "Mon 19:00 UTC", promise: "11h" } }],
  },
  {
    name: "a weekday rota cannot keep a 24h promise over the weekend",
    plan: edit(weekdaysOnly, ["responseTime: 48h", "responseTime: 24h"]),
    expected: [{ ruleId: rule, messageId: "gap", line: 55, column: 17, data: { gap: "2d16h", from: "Fri 16:00 UTC", promise: "24h" } }],
  },
  {
    name: "a night shift in another zone closes the gaps",
    plan: edit(plan, [
      "  responseTime: 48h",
      '    - id: ana\n      name: Ana\n      timeZone: America/Sao_Paulo\n      languages: [en]\n      hours: { days: [mon, tue, wed, thu, fri, sat, sun], start: "15:00", end: "05:00" }\n  responseTime: 1h',
    ]),
    expected: [],
  },
  {
    name: "a moderator without hours is assumed to work weekdays 09:00-17:00",
    plan: edit(plan, [`${hours}\n`, ""]),
    expected: [{ ruleId: rule, messageId: "gap", line: 54, column: 17, data: { gap: "2d16h", from: "Fri 16:00 UTC", promise: "48h" } }],
  },
  {
    name: "no moderation at all, at the top of the plan",
    plan: plan.replace(/moderation:\n(?: .*\n)+/, ""),
    expected: [{ ruleId: rule, messageId: "noModeration", line: 1, column: 1 }],
  },
  {
    name: "joining an existing community: the host's moderators answer, so no rota is asked for",
    plan: (() => {
      const joined = edit(plan, ["  kind: owned\n", "  kind: joining-existing\n"]);
      return joined.slice(0, joined.indexOf("moderation:\n")) + joined.slice(joined.indexOf("review:\n"));
    })(),
    expected: [],
  },
]);

describe("response-time-coverage message", () => {
  it("names the gap, where it starts in UTC, and the promise", async () => {
    const text = edit(weekdaysOnly, ["responseTime: 48h", "responseTime: 24h"]);
    const [finding] = (await lintText(text, "plan.yaml", { today: TODAY })).diagnostics;
    // Friday 17:00 in Amsterdam is 16:00 UTC in January; the next shift starts Monday 08:00 UTC.
    expect(finding?.message).toBe("Nobody moderates for 2d16h from Fri 16:00 UTC, longer than the 24h response-time promise.");
  });

  it("counts summer time: a 09:00-17:00 New York shift beside Amsterdam", async () => {
    const text = edit(
      weekdaysOnly,
      ["responseTime: 48h", "responseTime: 16h"],
      ["  responseTime: 16h", '    - id: joe\n      name: Joe\n      timeZone: America/New_York\n      languages: [en]\n      hours: { days: [mon, tue, wed, thu, fri], start: "09:00", end: "17:00" }\n  responseTime: 16h'],
    );
    // Weeknights: New York ends 22:00 UTC in January, Amsterdam starts 08:00 UTC: 10h. The weekend
    // gap (Fri 22:00 to Mon 08:00 UTC, 58h) is what breaks a 16h promise.
    const [finding] = (await lintText(text, "plan.yaml", { today: TODAY })).diagnostics;
    expect(finding?.message).toBe("Nobody moderates for 2d10h from Fri 22:00 UTC, longer than the 16h response-time promise.");
  });
});

describe("response-time-coverage while a member is away", () => {
  it("names the member, the period, the gap and where it starts", async () => {
    const [finding] = (await lintText(withMembers("{ from: 2027-03-01, to: 2027-03-07 }"), "plan.yaml", { today: TODAY })).diagnostics;
    expect(finding?.message).toBe(
      "While Sam is away (2027-03-01 to 2027-03-07), nobody moderates for 7d20h from Sun 2027-02-28 11:00 UTC, longer than the 48h response-time promise; plan a stand-in for that period.",
    );
  });
});
