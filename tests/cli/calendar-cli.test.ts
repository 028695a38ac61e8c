import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { expectGolden } from "../helpers/golden.js";
import { CALENDAR_FORMATS, calendarGolden } from "../helpers/golden-sets.js";
import { minimalPlan } from "../helpers/plans.js";
import { binPath, repoRoot, runCli } from "../helpers/run-cli.js";
import { expandIcs } from "../calendar/ics-expand.js";

const EXAMPLE = "examples/dev-community.yaml";
const goldenPath = (format: string) => path.join(repoRoot, calendarGolden(format));
/** The three runs of one format side by side, each with its own TZ, to keep the suite quick. */
function runWithTz(cliArgs: string[], TZ: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [binPath, ...cliArgs], { cwd: repoRoot, env: { ...process.env, TZ, NO_COLOR: "1" } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}
const args = (format: string) => ["calendar", EXAMPLE, "--quarter", "2027-Q1", "--today", "2026-11-24", "--format", format];

describe("community-plan calendar: golden files for examples/dev-community.yaml, 2027-Q1", { timeout: 60_000 }, () => {
  for (const format of CALENDAR_FORMATS) {
    it(`--format ${format} matches the golden file, byte for byte, whatever the process's TZ`, async () => {
      const outputs = await Promise.all(["UTC", "America/Los_Angeles", "Asia/Tokyo"].map((TZ) => runWithTz(args(format), TZ)));
      for (const run of outputs) expect(run).toMatchObject({ code: 0, stderr: "" });
      const [first, ...others] = outputs.map((run) => run.stdout);
      expectGolden(calendarGolden(format), first!);
      expect(others).toEqual([first, first]);
    });
  }

  it("the golden ICS, one recurring event per series, expands in ical.js to the quarter's instants", () => {
    const text = readFileSync(goldenPath("ics"), "utf8");
    expect(text.match(/^UID:(series|event)-/gm)).toHaveLength(4);
    // Launch, its steps, reviews and deadlines over the whole horizon, each an all-day item.
    expect(text.match(/^DTSTART;VALUE=DATE:/gm)).toHaveLength(23);
    const all = expandIcs(text, "2027-01-01", "2027-03-31");
    expect(all.filter((o) => /^(launch|review)-/.test(o.uid)).map((o) => o.date)).toEqual(["2027-01-04", "2027-01-11", "2027-01-18", "2027-01-18", "2027-02-01", "2027-03-01"]);
    const occurrences = all.filter((o) => /^(series|event)-/.test(o.uid));
    expect(occurrences).toHaveLength(23);
    const start = (uid: string, date: string) => occurrences.find((o) => o.uid.startsWith(uid) && o.date === date)?.utc;
    // 10:00 Amsterdam is 09:00 UTC in winter and 08:00 after the change on 28 March.
    expect(start("series-tuesday-tutorial@", "2027-03-23")).toBe("2027-03-23T09:00:00Z");
    expect(start("series-tuesday-tutorial@", "2027-03-30")).toBe("2027-03-30T08:00:00Z");
    expect(start("event-release-ama@", "2027-03-18")).toBe("2027-03-18T15:00:00Z");
    expect(occurrences.find((o) => o.uid.startsWith("event-release-ama@"))?.durationSeconds).toBe(5400);
  });

  it("the golden CSV has the header and one row per entry", () => {
    const lines = readFileSync(goldenPath("csv"), "utf8").split("\r\n");
    expect(lines[0]).toBe("date,kind,local time,time zone,UTC time,duration (min),channel,format,pillar,title,topic,draft due,owner,audience,languages,recording,status");
    // 23 occurrences, 3 reviews, the launch and 2 of its steps.
    expect(lines).toHaveLength(1 + 23 + 6 + 1);
  });
});

describe("community-plan calendar: options and refusals", { timeout: 60_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "community-plan-calendar-"));
    const content = `content:
  series:
    - id: weekly
      title: Weekly
      channel: forum
      format: article
      cadence: { every: week, weekdays: [mon] }
      localTime: "09:00"
`;
    writeFileSync(path.join(dir, "good.yaml"), minimalPlan + content);
    // A lint error (a duplicate id) in an otherwise schema-valid plan.
    writeFileSync(path.join(dir, "dup.yaml"), `${minimalPlan}${content}    - id: weekly\n      title: Again\n      channel: forum\n      format: poll\n      cadence: { every: month, day: 1 }\n      localTime: "12:00"\n`);
    writeFileSync(path.join(dir, "invalid.yaml"), minimalPlan.replace("deadline: 2027-03-31", "deadline: 2027-3-31") + content);
    writeFileSync(path.join(dir, "zone.yaml"), minimalPlan.replace("timeZone: Europe/Amsterdam\n  languages", "timeZone: Europe/Amsterdm\n  languages") + content);
  });

  it("--bom and --delimiter shape the CSV, and are refused for other formats", () => {
    const run = runCli(["calendar", "good.yaml", "--today", "2027-02-10", "--format", "csv", "--bom", "--delimiter", ";"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith("\uFEFFdate;kind;local time;time zone;UTC time;duration (min);channel;")).toBe(true);
    const refused = runCli(["calendar", "good.yaml", "--today", "2027-02-10", "--format", "json", "--delimiter", ";"], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--delimiter applies to --format csv only");
    expect(refused.stdout).toBe("");
  });

  it("--exclude leaves kinds out; an unknown kind is a usage error (exit 2) naming the kinds", () => {
    const run = runCli(["calendar", "good.yaml", "--today", "2027-02-10", "--format", "csv", "--exclude", "series,events"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout.split("\r\n").slice(1, -1).map((line) => line.split(",")[1])).toEqual(["review", "review", "review"]);
    const refused = runCli(["calendar", "good.yaml", "--today", "2027-02-10", "--include", "series,holiday"], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('unknown calendar kind "holiday"');
    expect(refused.stderr).toContain("kinds are series, events, launch, contests, deadlines, reviews, blackouts");
    expect(refused.stdout).toBe("");
  });

  it("defaults to the next quarter after --today", () => {
    const run = runCli(["calendar", "good.yaml", "--today", "2027-02-10", "--format", "csv", "--include", "series,events"], { cwd: dir });
    expect(run.code).toBe(0);
    const dates = run.stdout.trim().split("\r\n").slice(1).map((line) => line.slice(0, 10));
    expect([dates[0], dates.at(-1), dates.length]).toEqual(["2027-04-05", "2027-06-28", 13]);
  });

  it("refuses a plan with lint errors, showing them, and exits 1", () => {
    const run = runCli(["calendar", "dup.yaml", "--today", "2026-11-24"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain('dup.yaml:68:11  error  The id "weekly" is already used by content.series[0]');
    expect(run.stderr).toContain("✖ 1 problem (1 error, 0 warnings)");
    expect(run.stderr).toContain("community-plan: dup.yaml has lint errors; fix them, or pass --force to build anyway\n");
  });

  it("--force builds it anyway; a plan that fails the schema is refused even then", () => {
    const forced = runCli(["calendar", "dup.yaml", "--today", "2026-11-24", "--force", "--format", "csv"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(forced.stdout.split("\r\n").slice(1, 4)).toEqual([
      "2027-01-01,series,12:00,Europe/Amsterdam,2027-01-01T11:00:00Z,,forum,poll,,Again,,,,,en,no,scheduled",
      "2027-01-04,series,09:00,Europe/Amsterdam,2027-01-04T08:00:00Z,,forum,article,,Weekly,,,,,en,no,scheduled",
      "2027-01-04,review,,,,,,,,Plan review,,,,,,,all day",
    ]);
    const invalid = runCli(["calendar", "invalid.yaml", "--today", "2026-11-24", "--force"], { cwd: dir });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain("community-plan: invalid.yaml is not a valid plan; fix the errors above first\n");
  });

  it("--output writes the file whole, leaves no temporary file, and keeps stdout empty", () => {
    const run = runCli(["calendar", "good.yaml", "--today", "2026-11-24", "--format", "ics", "--output", "q1.ics"], { cwd: dir });
    // The "wrote …" status line is for terminals only; piped stderr stays empty.
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(path.join(dir, "q1.ics"), "utf8")).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("an --output in a missing directory fails without leaving anything", () => {
    const run = runCli(["calendar", "good.yaml", "--today", "2026-11-24", "--output", "missing/q1.md"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(existsSync(path.join(dir, "missing"))).toBe(false);
  });

  it("reports an unknown time zone in one line and exits 2", () => {
    const run = runCli(["calendar", "zone.yaml", "--today", "2026-11-24", "--force"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('community-plan: community.timeZone "Europe/Amsterdm" is not a known IANA time zone (zone.yaml)\n');
  });

  it("rejects bad ranges as usage errors", () => {
    expect(runCli(["calendar", "good.yaml", "--quarter", "2027-Q9"], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: 'community-plan: "2027-Q9" is not a quarter\n  hint: use next, current, or a quarter such as 2027-Q1\n',
    });
    expect(runCli(["calendar", "good.yaml", "--from", "2027-01-01"], { cwd: dir }).code).toBe(2);
    expect(runCli(["calendar", "good.yaml", "--format", "pdf"], { cwd: dir }).code).toBe(2);
  });
});

describe("community-plan slots", { timeout: 60_000 }, () => {
  it("ranks start times for a series and says when one suits everyone", () => {
    const run = runCli(["slots", EXAMPLE, "office-hours", "--quarter", "2027-Q1", "--today", "2026-11-24", "--top", "2"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        "Maintainer office hours (office-hours), Europe/Amsterdam, 2027-01-01 to 2027-03-31",
        "Audience time zones: America/Chicago, Europe/Amsterdam",
        "Reasonable hours: 08:00–22:00 local; 2 DST states in the range.",
        "",
        "Now:  17:00  2/2 time zones  America/Chicago 10:00/11:00, Europe/Amsterdam 17:00",
        "",
        "Best start times (Europe/Amsterdam):",
        " 1. 17:00  2/2 time zones  America/Chicago 10:00/11:00, Europe/Amsterdam 17:00",
        " 2. 16:30  2/2 time zones  America/Chicago 09:30/10:30, Europe/Amsterdam 16:30",
        "",
        "17:00 suits every time zone of the audience.",
        "",
      ].join("\n"),
    );
  });

  it("with the default 08:00–22:00, 17:00 suits all four time zones of the Tuesday tutorial (20:30/21:30 in Kolkata)", () => {
    const data = JSON.parse(runCli(["slots", EXAMPLE, "tuesday-tutorial", "--quarter", "2027-Q1", "--today", "2026-11-24", "--format", "json"]).stdout);
    expect(data.reasonableHours).toEqual({ start: "08:00", end: "22:00" });
    expect([data.suitsEveryone, data.ranked[0].time, data.rotation]).toEqual([true, "17:00", null]);
  });

  it("suggests a rotation and a recording when no time suits everyone (JSON)", () => {
    // The former default, 08:00–21:00, leaves Kolkata out of 17:00.
    const dir = mkdtempSync(path.join(tmpdir(), "slots-"));
    const file = path.join(dir, "plan.yaml");
    writeFileSync(file, `${readFileSync(path.join(repoRoot, EXAMPLE), "utf8")}\nlint:\n  reasonableHours: { start: "08:00", end: "21:00" }\n`);
    const run = runCli(["slots", file, "tuesday-tutorial", "--quarter", "2027-Q1", "--today", "2026-11-24", "--format", "json"]);
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout);
    expect(data.zones).toEqual(["America/Los_Angeles", "America/New_York", "Asia/Kolkata", "Europe/Berlin"]);
    expect(data.dstStates).toHaveLength(3);
    expect(data.suitsEveryone).toBe(false);
    expect(data.ranked[0].time).toBe("16:00");
    expect(data.rotation).toEqual(["16:00", "17:00"]);
    expect(data.suggestRecording).toBe(true);
  });

  it("lists the ids it accepts when no id is given", () => {
    expect(runCli(["slots", EXAMPLE, "--today", "2026-11-24"])).toMatchObject({
      code: 2,
      stdout: "",
      stderr: "community-plan: slots needs the id of a series or event in examples/dev-community.yaml\n  hint: use one of: tuesday-tutorial, office-hours, monthly-digest, release-ama\n",
    });
  });

  it("names the ids it knows when the id is wrong", () => {
    expect(runCli(["slots", EXAMPLE, "office-hour", "--today", "2026-11-24"])).toMatchObject({
      code: 2,
      stderr:
        'community-plan: no series or event with id "office-hour" in examples/dev-community.yaml\n  hint: use one of: tuesday-tutorial, office-hours, monthly-digest, release-ama\n',
    });
  });
});
