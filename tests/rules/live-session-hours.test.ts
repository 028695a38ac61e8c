import { describe, expect, it } from "vitest";
import { lintText } from "../../src/lint/lint-text.js";
import { TODAY } from "../helpers/plans.js";
import { persona, planText } from "../calendar/fixtures.js";

const personas = persona("member", ["Europe/Amsterdam"]) + persona("west", ["America/Los_Angeles", "Europe/Amsterdam"]);

function series(fields: string): string {
  return `  series:
    - id: office-hours
      title: Office hours
      channel: forum
      cadence: { every: week, weekdays: [thu] }
      timeZone: Europe/Amsterdam
${fields}`;
}

function event(fields: string): string {
  return `  events:
    - id: launch
      title: Launch
      date: 2027-03-18
      channel: forum
${fields}`;
}

interface Case {
  name: string;
  content: string;
  extra?: string;
  expected: Array<{ messageId: string; line: number; column: number; severity?: string }>;
}

// minimalPlan with two personas ends on line 65; `content:` is line 66, its first item line 68,
// so a series's localTime value is at 74:18 and an event's at 72:18.
const cases: Case[] = [
  {
    name: "a live series at 10:00 Amsterdam for Los Angeles, not recorded",
    content: series(`      format: live-qa\n      localTime: "10:00"\n      audience: [west]\n`),
    expected: [{ messageId: "outside", line: 74, column: 18, severity: "warning" }],
  },
  {
    name: "the same series with a recording",
    content: series(`      format: live-qa\n      localTime: "10:00"\n      audience: [west]\n      recording: true\n`),
    expected: [],
  },
  {
    name: "a tutorial is published, not attended",
    content: series(`      format: tutorial\n      localTime: "10:00"\n      audience: [west]\n`),
    expected: [],
  },
  {
    name: "no audience, nothing to judge",
    content: series(`      format: webinar\n      localTime: "03:00"\n`),
    expected: [],
  },
  {
    name: "outside only in the weeks between the US and the European change",
    content: series(`      format: workshop\n      localTime: "16:30"\n      duration: 1h\n      audience: [west]\n`),
    expected: [{ messageId: "outside", line: 74, column: 18 }],
  },
  {
    name: "17:00 Amsterdam suits Los Angeles all year",
    content: series(`      format: workshop\n      localTime: "17:00"\n      duration: 1h\n      audience: [west]\n`),
    expected: [],
  },
  {
    name: "an early event in Kolkata for Amsterdam",
    content: event(`      localTime: "09:00"\n      timeZone: Asia/Kolkata\n      format: webinar\n      audience: [member]\n`),
    expected: [{ messageId: "outside", line: 72, column: 18 }],
  },
  {
    name: "the same event within the plan's own reasonable hours",
    content: event(`      localTime: "09:00"\n      timeZone: Asia/Kolkata\n      format: webinar\n      audience: [member]\n`),
    extra: `lint:\n  reasonableHours: { start: "04:30", end: "22:00" }\n`,
    expected: [],
  },
  {
    name: "turned off in the plan",
    content: series(`      format: live-qa\n      localTime: "10:00"\n      audience: [west]\n`),
    extra: `lint:\n  rules: { live-session-hours: "off" }\n`,
    expected: [],
  },
  {
    name: "made an error in the plan",
    content: series(`      format: meetup\n      localTime: "10:00"\n      audience: [west]\n`),
    extra: `lint:\n  rules: { live-session-hours: error }\n`,
    expected: [{ messageId: "outside", line: 74, column: 18, severity: "error" }],
  },
];

describe("live-session-hours", () => {
  for (const c of cases) {
    it(c.name, async () => {
      const text = planText({ personas, content: c.content, extra: c.extra });
      const result = await lintText(text, "plan.yaml", { today: TODAY });
      const found = result.diagnostics.map((d) => ({
        messageId: d.messageId,
        line: d.line,
        column: d.column,
        ...("severity" in (c.expected[0] ?? {}) ? { severity: d.severity } : {}),
        ruleId: d.ruleId,
      }));
      expect(found).toEqual(c.expected.map((e) => ({ ...e, ruleId: "live-session-hours" })));
    });
  }

  it("names the zones, their local times across DST, and the best slot", async () => {
    const text = planText({ personas, content: series(`      format: live-qa\n      localTime: "10:00"\n      audience: [west]\n`) });
    const [diagnostic] = (await lintText(text, "plan.yaml", { today: TODAY })).diagnostics;
    expect(diagnostic?.message).toBe(
      '"office-hours" at 10:00 Europe/Amsterdam falls outside reasonable hours (08:00–22:00) in America/Los_Angeles (01:00/02:00) and is not recorded; 17:00 suits all 2 time zones.',
    );
    expect(diagnostic?.path).toBe("/content/series/0/localTime");
  });
});

describe("live-session-hours advice when no time suits everyone", () => {
  const far = persona("member", ["Europe/Amsterdam"]) + persona("far", ["America/Los_Angeles", "Asia/Tokyo"]);

  it("suggests alternating for a series", async () => {
    const text = planText({ personas: far, content: series(`      format: live-qa\n      localTime: "10:00"\n      audience: [member, far]\n`) });
    const [diagnostic] = (await lintText(text, "plan.yaml", { today: TODAY })).diagnostics;
    expect(diagnostic?.message).toBe(
      '"office-hours" at 10:00 Europe/Amsterdam falls outside reasonable hours (08:00–22:00) in America/Los_Angeles (01:00/02:00) and is not recorded; no time suits all 3 time zones (best 10:00, 2/3), alternate 10:00 and 17:00, or add recording: true.',
    );
  });

  // On 18 March 2027 the US has changed and Europe has not: Los Angeles is 8 hours behind, so 16:00 works.
  it("suggests running a one-off event twice", async () => {
    const text = planText({ personas: far, content: event(`      localTime: "10:00"\n      timeZone: Europe/Amsterdam\n      format: webinar\n      audience: [member, far]\n`) });
    const [diagnostic] = (await lintText(text, "plan.yaml", { today: TODAY })).diagnostics;
    expect(diagnostic?.message).toBe(
      '"launch" at 10:00 Europe/Amsterdam falls outside reasonable hours (08:00–22:00) in America/Los_Angeles (02:00) and is not recorded; no time suits all 3 time zones (best 10:00, 2/3), run it twice (10:00 and 16:00), or add recording: true.',
    );
  });
});

describe("live-session-hours with the 08:00–22:00 default and personas' active hours", () => {
  const kolkata = persona("india", ["Asia/Kolkata"]);
  const findings = async (personaText: string, fields: string) =>
    (await lintText(planText({ personas: personaText, content: event(`      timeZone: Asia/Kolkata\n      format: webinar\n      audience: [india]\n${fields}`) }), "plan.yaml", { today: TODAY })).diagnostics.map((d) => `${d.ruleId} ${d.line}:${d.column}`);

  it("an hour from 20:30 in Kolkata ends by 22:00 and is not flagged (it was under 21:00)", async () => {
    expect(await findings(kolkata, `      localTime: "20:30"\n      duration: 1h\n`)).toEqual([]);
  });

  it("still flags a session that runs past 22:00", async () => {
    expect(await findings(kolkata, `      localTime: "21:30"\n      duration: 1h\n`)).toEqual(["live-session-hours 69:18"]);
  });

  it("a persona's activeHours replace the default: evenings only flags a morning session", async () => {
    const evenings = kolkata.replace("    communication:", '    activeHours: { start: "18:00", end: "23:30" }\n    communication:');
    expect(await findings(evenings, `      localTime: "10:00"\n`)).toEqual(["live-session-hours 70:18"]);
    expect(await findings(evenings, `      localTime: "22:30"\n      duration: 1h\n`)).toEqual([]);
  });
});
