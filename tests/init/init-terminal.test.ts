// End-to-end: the built binary in a real pseudo-terminal (tmux), as a person would use it.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { lintText } from "../../src/lint/lint-text.js";
import { binPath } from "../helpers/run-cli.js";
import { TODAY } from "../helpers/plans.js";
import { hasTmux, TmuxSession } from "./tmux.js";

const sessions: TmuxSession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

function start(cwd: string, args: string): TmuxSession {
  if (!hasTmux()) throw new Error("tmux is not installed; run .ci/install-system-deps (CI does)");
  const session = new TmuxSession(cwd, `env NO_COLOR=1 TZ=Europe/Amsterdam '${process.execPath}' '${binPath}' ${args}`);
  sessions.push(session);
  return session;
}

describe("init in a real terminal", () => {
  it("walks a whole interactive session, refusing bad answers where they are typed, and writes a lint-clean plan", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cp-tty-"));
    const t = start(dir, `init reef.yaml --today ${TODAY}`);
    await t.answer("What is the community called?", "Tidepool Makers");
    await t.answer("What kind of community is it?", "", ["Down"]);
    await t.answer("Does an organisation support it?", "Tidepool");
    await t.answer("Why does it exist");
    await t.answer("What do members get from it?");
    await t.waitForText("Where is the team's home?");
    t.type("york");
    await t.waitForText("❯ New York · United States — America/New_York");
    await t.answer("Where is the team's home?");
    await t.refused("Which languages does the community use?", "en, xx-!!", '"xx-!!" is not a language this tool knows; write its name, such as English or norsk, or its code, such as pt-BR.');
    await t.answer("Which languages does the community use?", "en, es");
    await t.refused("How many people work on the community?", "0", "Give the number of people as a whole number of at least 1.");
    await t.answer("How many people work on the community?", "2");
    await t.answer("Team member 1: name", "Maya");
    await t.answer("What does Maya do for the community?");
    await t.refused("How many hours a week does Maya have for it?", "0", "Give Maya's hours a week as a number above 0, such as 4 or 2.5.");
    await t.answer("How many hours a week does Maya have for it?", "6");
    await t.answer("Does Maya volunteer (unpaid)?");
    for (const question of ["Team member 2: name", "What does Team member 2 do", "How many hours a week does Team member 2", "Does Team member 2 volunteer"]) await t.answer(question);
    await t.answer("What should the club achieve for its members?");
    await t.answer("Any goals of your own?");
    await t.answer("Which goals matter most?", "2");
    await t.answer("Persona 1: a memorable name", "Reef keeper");
    for (const question of ["Describe Reef keeper", "Which regions", "Where do most of them live?"]) await t.answer(question);
    await t.answer("Other places they live in?", "Madrid");
    for (const question of ["Which languages do they speak?", "What do they need", "What frustrates them", "How do they like to talk?", "Where do they already spend time?", "Add another persona?"]) {
      await t.answer(question);
    }
    const channels = await t.waitForText("Where will the community meet?");
    expect(channels).toContain("Discourse forum (recommended)");
    expect(channels).toContain("where 1 of 1 persona already spends time; suits asynchronous conversation; can hold a space per language (en, es)");
    await t.answer("Where will the community meet?");
    await t.answer("Also on a platform not in the list?");
    for (const question of ["How will you measure", "Where is \"Average comments per post\" today", "What should it rise to?"]) await t.answer(question);
    await t.refused("By when?", "2026-01-01", `Pick a date after today (${TODAY}).`);
    await t.answer("By when?");
    for (const question of ["How will you measure", "today, in %?", "What should it rise to?", "By when?"]) await t.answer(question);
    for (const question of ["Which themes", "Name a first recurring series", "Which pillar", "In which format?", "On which channel?", "How often?", "On which day?", "At what time, New York time?", "Share a recording", "Which goals does"]) {
      await t.answer(question);
    }
    await t.answer("Who prepares", "", ["Down"]);
    await t.answer("How will new members be welcomed?");
    const journey = await t.waitForText("Members move up a journey: Newcomer → Participant → Contributor → Leader.");
    expect(journey).toContain("The member journey: how members move from first contact to leading.");
    await t.answer("Members move up a journey");
    await t.answer("These rules suit most communities.");
    await t.answer("Any rules of your own?");
    await t.answer("Keep the consequence ladder");
    for (const question of ["Moderator 1: name or role", "Where does Maya work from?", "Which languages does Maya", "On which days", "From what time", "Until what time?", "Add another moderator?"]) {
      await t.answer(question);
    }
    await t.refused("How fast do you promise to respond?", "1d", "The moderators' hours leave a gap of 68h; promise at least that, or add moderator hours.");
    await t.answer("How fast do you promise to respond?");
    for (const question of ["What do moderators do", "How often will the team review", "How will you ask members", "Which signals beyond numbers"]) await t.answer(question);
    const review = await t.waitForText("Does the plan look right?");
    expect(review).toContain("\nYour plan, before it is written:\nCommunity and team:\n  Tidepool Makers (Tidepool): started by its members\n");
    await t.answer("Does the plan look right?");

    const screen = await t.waitForText("__EXIT=");
    expect(screen).toContain("\nPersonas: the people the community is for. Start with the group that matters most.\n✔ Persona 1");
    expect(screen).toContain("Tidepool Makers: 2 goals, 1 persona, 2 channels, 2 targets\n");
    expect(screen).toContain("  team: Maya (6 h a week, volunteer), Team member 2 (4 h a week, volunteer)\n  goals by priority: Members help each other; A lively community members return to\n");
    expect(screen).toContain("  member journey: Newcomer → Participant → Contributor → Leader\n");
    expect(screen).toContain("reef.yaml: lint found no problems\n__EXIT=0");
    const text = readFileSync(path.join(dir, "reef.yaml"), "utf8");
    expect((await lintText(text, "reef.yaml", { today: TODAY })).diagnostics).toEqual([]);
    expect(text).toContain("  name: Tidepool Makers\n  organisation: Tidepool\n");
    expect(text).toContain("  kind: member-started\n  timeZone: America/New_York\n  languages: [en, es]\n  team:\n    members:\n");
    expect(text).toContain("      - id: maya\n        name: Maya\n        role: Runs the community\n        hoursPerWeek: 6\n        volunteer: true\n");
    expect(text).toContain("    priority: 2\n  - id: support\n");
    expect(text).toContain("      owner: team-member-2\n      goals: [engagement, support]\n");
    expect(text).toContain("    - id: newcomer\n      name: Newcomer\n");
    expect(text).toContain("    timeZones: [America/New_York, Europe/Madrid]\n");
    expect(text).toContain("      title:\n        en: Be respectful\n        es: Sé respetuoso\n");
    expect(text).toContain("  responseTime: 72h\n");
    expect(readdirSync(dir)).toEqual(["reef.yaml"]);
  }, 120_000);

  it("a volunteer's knitting club: names typed in Norwegian, a club's defaults, an overnight shift, and a section changed from the review step", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cp-tty-"));
    const t = start(dir, `init klubb.yaml --today ${TODAY}`);
    await t.answer("What is the community called?", "Strikkeklubben Nøstet");
    await t.answer("What kind of community is it?", "", ["Down"]);
    await t.answer("Does an organisation support it?");
    await t.waitForText("? Why does it exist, in a sentence? (A place where members meet, help each other and share what they make.)");
    for (const question of ["Why does it exist", "What do members get from it?"]) await t.answer(question);
    await t.waitForText("Where is the team's home? (type a city or country)");
    t.type("oslo");
    await t.waitForText("❯ Oslo · Norway — Europe/Oslo");
    await t.answer("Where is the team's home?");
    await t.answer("Which languages does the community use?", "norsk");
    await t.answer("How many people work on the community?");
    await t.answer("Team member: name", "Ingrid");
    for (const question of ["What does Ingrid do", "How many hours a week does Ingrid", "Does Ingrid volunteer"]) await t.answer(question);
    const goals = await t.waitForText("What should the club achieve for its members?");
    expect(goals).not.toMatch(/for the organisation|product|staff|support queue/);
    for (const question of ["What should the club achieve", "Any goals of your own?", "Which goals matter most?", "Persona 1: a memorable name", "Describe", "Which regions", "Where do most of them live?", "Other places they live in?"]) {
      await t.answer(question);
    }
    const spoken = await t.waitForText("Which languages do they speak?");
    expect(spoken).toContain("(Norwegian Bokmål)");
    for (const question of ["Which languages do they speak?", "What do they need", "What frustrates them", "How do they like to talk?", "Where do they already spend time?", "Add another persona?", "Where will the community meet?", "Also on a platform not in the list?"]) {
      await t.answer(question);
    }
    const metric = await t.waitForText("How will you measure");
    // One's own metric is on the first screen, set apart from the catalogue.
    expect(metric).toMatch(/\n {2}Another metric of my own\n ─+\n❯ Average comments per post \(comments\)\n/);
    for (const question of ["How will you measure", "today", "What should it rise to?", "By when?", "How will you measure", "today", "What should it rise to?", "By when?"]) await t.answer(question);
    for (const question of ["Which themes", "Name a first recurring series", "Which pillar"]) await t.answer(question);
    const formats = await t.waitForText("? In which format?");
    expect(formats).toContain("  Live Q&A\n");
    expect(formats).not.toContain("live-qa");
    for (const question of ["In which format?", "On which channel?", "How often?", "On which day?", "At what time, Oslo time?", "Share a recording", "Which goals does", "How will new members be welcomed?", "Members move up a journey", "These rules suit most communities."]) {
      await t.answer(question);
    }
    await t.answer("Any rules of your own? (in Norwegian Bokmål, separate with ;, or leave empty)");
    for (const question of ["Keep the consequence ladder", "Moderator 1: name or role", "Where does Ingrid work from?", "Which languages does Ingrid", "On which days"]) await t.answer(question);
    await t.answer("From what time, Oslo time?", "19:00");
    const until = await t.waitForText("Until what time? (HH:MM)");
    expect(until).toContain("Until what time? (HH:MM) (23:00)");
    await t.answer("Until what time?", "03:00");
    await t.answer("19:00 to 03:00 ends the next morning. Is it an overnight shift?", "y");
    await t.answer("Add another moderator?");
    await t.answer("How fast do you promise to respond?");
    const escalation = await t.waitForText("What do moderators do");
    expect(escalation).toContain("(Safety and legal issues are dealt with the same day; anything else gets a calm second look within a week.)");
    for (const question of ["What do moderators do", "How often will the team review", "How will you ask members"]) await t.answer(question);
    const signals = await t.waitForText("Which signals beyond numbers");
    expect(signals).toContain("Tone of conversations");
    await t.answer("Which signals beyond numbers");
    const review = await t.waitForText("Does the plan look right?");
    expect(review).toContain("  Ingrid: Mon Tue Wed Thu Fri 19:00–03:00 (overnight) Oslo time; Norwegian Bokmål\n");
    expect(review).toContain("Review:\n  Monthly; asking members by surveys, quick polls\n");
    // Back from the review: change the review section only; its earlier answers are the defaults.
    await t.answer("Does the plan look right?", "", Array(9).fill("Down"));
    await t.answer("How often will the team review", "", ["Down"]);
    for (const question of ["How will you ask members", "Which signals beyond numbers"]) await t.answer(question);
    const again = await t.waitForText("Review:\n  Quarterly; asking members by surveys, quick polls\n");
    expect(again.slice(again.indexOf("Change: Review"))).toContain("\n  Change: Review\n");
    // Only the review section was asked again.
    expect(again.slice(again.indexOf("✔ Does the plan look right? Change: Review")).match(/^✔ /gm)).toHaveLength(4);
    await t.answer("Does the plan look right?");

    const screen = await t.waitForText("__EXIT=");
    expect(screen).toContain("klubb.yaml: lint found no problems\n__EXIT=0");
    const text = readFileSync(path.join(dir, "klubb.yaml"), "utf8");
    expect((await lintText(text, "klubb.yaml", { today: TODAY })).diagnostics).toEqual([]);
    expect(text).toContain("  kind: member-started\n  timeZone: Europe/Oslo\n  languages: [nb]\n");
    expect(text).toContain("hours: {days: [mon, tue, wed, thu, fri], start: \"19:00\", end: \"03:00\"}");
    expect(text).toContain("\nreview:\n  cadence: quarterly\n");
    expect(text).not.toMatch(/product|staff|support queue|weekly team meeting/);
    expect(readdirSync(dir)).toEqual(["klubb.yaml"]);
  }, 180_000);

  it("Ctrl-C midway leaves no file and no temporary file, and exits 130 with one line", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cp-tty-"));
    const t = start(dir, `init plan.yaml --today ${TODAY}`);
    for (const question of ["What is the community called?", "What kind of community", "Which brand", "Why does it exist", "What do members get", "Where is the team's home?", "Which languages does the community use?", "How many people", "Team member: name", "What does Community manager do", "How many hours a week does", "Does Community manager volunteer", "What should the community achieve", "Any goals of your own?", "Which goals matter most?"]) {
      await t.answer(question);
    }
    await t.waitFor((screen) => screen.includes("? Persona 1: a memorable name"), "the persona question");
    t.type("Half typed");
    t.keys("C-c");
    const screen = await t.waitForText("__EXIT=");
    const after = screen.slice(screen.indexOf("? Persona 1"));
    expect(after).toMatch(/\ncommunity-plan: stopped; no file was written\n__EXIT=130\n/);
    expect(after).not.toMatch(/^\s+at /m);
    expect(existsSync(path.join(dir, "plan.yaml"))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);
});
