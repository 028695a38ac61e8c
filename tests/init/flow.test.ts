import { describe, expect, it } from "vitest";
import { planToYaml } from "../../src/init/plan-yaml.js";
import { lintText } from "../../src/lint/lint-text.js";
import { runFlow, sectionIntros } from "../../src/prompts/flow/index.js";
import { context, scripted } from "./scripted.js";

const lint = async (text: string) => (await lintText(text, "community-plan.yaml", { today: context.today })).diagnostics;

describe("the question flow", () => {
  it("asks in the strategist's order: community, goals, personas, channels, targets, content, guidelines, moderation, review", async () => {
    const { ask, transcript } = scripted();
    await runFlow(ask, context);
    const sections = [...new Set(transcript.asked.map((key) => key.split(/[.[]/)[0]))];
    expect(sections).toEqual(["community", "goals", "personas", "channels", "targets", "content", "engagement", "journey", "guidelines", "moderation", "review"]);
    expect(transcript.refused).toEqual([]);
    // Each part of the conversation is introduced at a question that is really asked.
    expect(Object.keys(sectionIntros).filter((key) => !transcript.asked.includes(key))).toEqual([]);
  });

  it("pressing Enter through every question gives a complete plan that lint finds nothing in", async () => {
    const { ask } = scripted();
    const plan = await runFlow(ask, context);
    expect(plan.targets.map((target) => [target.goal, target.metric, target.deadline])).toEqual([
      ["engagement", "comments-per-post", "2027-03-31"],
      ["support", "peer-answer-rate", "2027-03-31"],
    ]);
    expect(plan.horizon).toEqual({ start: "2026-11-24", end: "2027-12-31" });
    expect(plan.moderation?.responseTime).toBe("72h");
    expect(await lint(planToYaml(plan, { today: context.today }))).toEqual([]);
  });

  it("builds a multi-language, multi-persona plan from typed answers that lint finds nothing in", async () => {
    const { ask, transcript } = scripted({
      "community.name": ["Fjord Makers"],
      "community.timeZone": ["europe/oslo"],
      "community.languages": ["nb, en, pt-br"],
      "goals.catalogue": [["feedback", "advocacy"]],
      "goals.custom": ["Grow local chapters"],
      "personas[0].name": ["Hobby builder"],
      "personas[0].otherTimeZones": ["America/Sao_Paulo, Asia/Kolkata"],
      "personas[0].languages": ["nb, en, pt-BR"],
      "personas[0].communication": ["real-time"],
      "personas[1]": [true],
      "personas[1].name": ["Pro installer"],
      "personas[1].preferredPlatforms": [["linkedin", "newsletter"]],
      "targets[2].metric": ["custom"],
      "targets[2].metricName": ["Active local chapters"],
      "targets[2].unit": ["chapters"],
      "targets[2].baseline": ["0"],
      "targets[2].target": ["+20%", "4"],
      ...Object.fromEntries(translations("pt-BR")),
      "moderation.moderators[0].languages": ["nb, en"],
      "moderation.moderators[1]": [false, true],
      "moderation.moderators[1].name": ["Ana"],
      "moderation.moderators[1].timeZone": ["America/Sao_Paulo"],
      "moderation.moderators[1].languages": ["pt-BR, en"],
      "moderation.responseTime": ["12h", "3d"],
    });
    const plan = await runFlow(ask, context);
    expect(transcript.refused).toEqual([
      { key: "targets[2].target", typed: "+20%", message: "A relative change from a baseline of 0 stays 0; give the value to reach instead." },
      { key: "moderation.moderators[1]", typed: false, message: "Add a moderator who speaks Brazilian Portuguese: members need a moderator in every community language." },
      { key: "moderation.responseTime", typed: "12h", message: "The moderators' hours leave a gap of 64h; promise at least that, or add moderator hours." },
    ]);
    expect(plan.community.timeZone).toBe("Europe/Oslo");
    expect(plan.community.languages).toEqual(["nb", "en", "pt-BR"]);
    expect(plan.goals.map((goal) => goal.id)).toEqual(["feedback", "advocacy", "grow-local-chapters"]);
    expect(plan.channels.map((channel) => [channel.id, channel.audience])).toEqual([
      ["discord", ["hobby-builder"]],
      ["newsletter", ["pro-installer"]],
      ["linkedin", ["pro-installer"]],
    ]);
    expect(plan.targets[2]).toMatchObject({ goal: "grow-local-chapters", metric: "active-local-chapters", baseline: 0, target: 4, unit: "chapters", direction: "increase" });
    const rule = plan.guidelines!.rules[0]!;
    expect(rule.title).toEqual({ nb: "Vis respekt", en: "Be respectful", "pt-BR": "pt-BR: Be respectful" });
    // Brazilian Portuguese has no built-in document text: lint says so, once, and nothing else.
    expect((await lint(planToYaml(plan, { today: context.today }))).map((d) => [d.ruleId, d.data?.language])).toEqual([["document-language", "pt-BR"]]);
  });

  it("ranks channels by how many personas use them, then by style and language fit, and shows why", async () => {
    const { ask, transcript } = scripted({
      "community.languages": ["en, de"],
      "personas[0].preferredPlatforms": [["discord", "discourse"]],
      "personas[1]": [true],
      "personas[1].communication": ["async"],
      "personas[1].preferredPlatforms": [["discourse"]],
      "channels.selected": [["discord"], ["discord", "discourse"]],
    });
    await runFlow(ask, context);
    const question = transcript.questions.get("channels.selected") as { choices: Array<{ value: string; description?: string }> };
    expect(question.choices.slice(0, 3)).toEqual([
      { value: "discourse", name: "Discourse forum (recommended)", description: "where 2 of 2 personas already spend time; suits asynchronous conversation; can hold a space per language (en, de)" },
      { value: "discord", name: "Discord server (recommended)", description: "where 1 of 2 personas already spends time; suits asynchronous conversation; can hold a space per language (en, de)" },
      { value: "circle", name: "Circle community", description: "suits asynchronous conversation; can hold a space per language (en, de)" },
    ]);
    expect(question.choices.at(-1)).toEqual({ value: "in-person", name: "Live meetups and events", description: "real-time only, while some members prefer to talk asynchronously; can hold a space per language (en, de)" });
    expect(transcript.refused).toEqual([
      { key: "channels.selected", typed: ["discord"], message: "None of these reaches Newcomer; add one of the places they spend time (discourse)." },
    ]);
  });

  it("keeps an asynchronous persona out of a real-time-only channel's audience when another channel suits them", async () => {
    const { ask } = scripted({ "personas[0].preferredPlatforms": [["discourse", "in-person"]] });
    const plan = await runFlow(ask, context);
    expect(plan.channels.map((channel) => [channel.name, channel.audience])).toEqual([
      ["My community forum", ["core-member"]],
      ["My community meetups", undefined],
    ]);
    expect(await lint(planToYaml(plan, { today: context.today }))).toEqual([]);
  });

  it("keeps the default rules chosen, adds one's own with a translation per language, and shows texts in the first language", async () => {
    const { ask, transcript } = scripted({
      "community.languages": ["nl, en"],
      "guidelines.rules": [[]],
      "guidelines.custom": ["", "Geen politiek"],
      "guidelines.translations.en.custom[0]": ["", "No politics"],
    });
    const plan = await runFlow(ask, context);
    expect(transcript.questions.get("guidelines.consequences")?.message).toBe(
      "Keep the consequence ladder: Een vriendelijke herinnering van een moderator → Een schriftelijke waarschuwing → Een tijdelijke schorsing → Permanente verwijdering uit de community?",
    );
    expect(transcript.refused.map((item) => [item.key, item.message])).toEqual([
      ["guidelines.custom", "Keep a default rule or write one of your own."],
      ["guidelines.translations.en.custom[0]", "Write the rule in English; it cannot be empty."],
    ]);
    expect(plan.guidelines?.rules).toEqual([{ id: "geen-politiek", title: { nl: "Geen politiek", en: "No politics" } }]);
    expect(await lint(planToYaml(plan, { today: context.today }))).toEqual([]);
  });

  it("by default: one team member who owns the series and the review, goals ranked in the order chosen, and a four-level journey whose levels move up through the activities it creates", async () => {
    const { ask } = scripted();
    const plan = await runFlow(ask, context);
    expect(plan.community.team).toEqual({ members: [{ id: "community-manager", name: "Community manager", role: "Community lead", hoursPerWeek: 20 }] });
    expect(plan.goals.map((goal) => [goal.id, goal.priority])).toEqual([
      ["engagement", 1],
      ["support", 2],
    ]);
    const series = plan.content!.series![0]!;
    expect([series.owner, series.goals, plan.review?.owner]).toEqual(["community-manager", ["engagement", "support"], "community-manager"]);
    expect(plan.targets.map((target) => target.owner)).toEqual(["community-manager", "community-manager"]);
    expect(plan.engagement?.recognition).toEqual([
      { id: "member-spotlight", name: "Member spotlight", description: "Every month we feature a member who helped others, with their permission.", goals: ["engagement"] },
    ]);
    expect(plan.engagement?.tactics?.map((tactic) => [tactic.id, tactic.goals])).toEqual([["invitation-to-help-run-the-community", ["engagement", "support"]]]);
    expect(plan.journey?.levels.map((level) => [level.id, level.moveUp])).toEqual([
      ["newcomer", ["weekly-community-thread"]],
      ["participant", ["member-spotlight"]],
      ["contributor", ["invitation-to-help-run-the-community"]],
      ["leader", []],
    ]);
  });

  it("ranks goals by number, id or title, and refuses what names no goal with a suggestion", async () => {
    const { ask, transcript } = scripted({
      "goals.catalogue": [["engagement", "support", "feedback"]],
      "goals.priority": ["4", "suport", "2, 2", "3"],
    });
    const plan = await runFlow(ask, context);
    expect(transcript.questions.get("goals.priority")?.message).toBe(
      "Which goals matter most? Their numbers, most important first (1 A lively community members return to, 2 Members help each other, 3 Hear what members need before we build it)",
    );
    expect(transcript.refused.map((item) => item.message)).toEqual([
      '"4" is not one of the goals. Give their numbers, 1 to 3, or their ids: engagement, support, feedback.',
      '"suport" is not one of the goals; did you mean support? Give their numbers, 1 to 3, or their ids: engagement, support, feedback.',
      '"2" is named twice; give each goal once.',
    ]);
    // Named first, then the rest in the order chosen; the file keeps the chosen order.
    expect(plan.goals.map((goal) => [goal.id, goal.priority])).toEqual([
      ["engagement", 2],
      ["support", 3],
      ["feedback", 1],
    ]);
    expect(await lint(planToYaml(plan, { today: context.today }))).toEqual([]);
  });

  it("asks each team member's name, role, hours and whether they volunteer; the series' owner is one of them", async () => {
    const { ask, transcript } = scripted({
      "community.kind": ["member-started"],
      "community.team.people": ["2"],
      "community.team.members[0].name": ["Kari Nordmann"],
      "community.team.members[0].hoursPerWeek": ["0", "5"],
      "community.team.members[1].name": ["Ola"],
      "community.team.members[1].volunteer": [false],
      "content.series.owner": ["olaa", "OLA"],
    });
    const plan = await runFlow(ask, context);
    expect(transcript.refused.map((item) => item.message)).toEqual([
      "Give Kari Nordmann's hours a week as a number above 0, such as 4 or 2.5.",
      '"olaa" is not on the team; did you mean ola? The team: kari-nordmann, ola.',
    ]);
    expect(plan.community.team.members).toEqual([
      { id: "kari-nordmann", name: "Kari Nordmann", role: "Runs the community", hoursPerWeek: 5, volunteer: true },
      { id: "ola", name: "Ola", role: "Moderator", hoursPerWeek: 4 },
    ]);
    expect(plan.content?.series?.[0]?.owner).toBe("ola");
    expect(transcript.questions.get("moderation.moderators[0].name")?.default).toBe("Kari Nordmann");
    expect(await lint(planToYaml(plan, { today: context.today }))).toEqual([]);
  });

  it("lets the series leave out a goal the journey's activities serve, and refuses leaving one nothing serves", async () => {
    const { ask, transcript } = scripted({
      "goals.catalogue": [["engagement", "feedback"]],
      "content.series.goals": [["engagement"], ["feedback"]],
    });
    const plan = await runFlow(ask, context);
    expect(transcript.refused.map((item) => item.message)).toEqual([
      'Nothing else the wizard plans serves "Hear what members need before we build it"; keep it here, and add its own activity to the plan later.',
    ]);
    expect(plan.content?.series?.[0]?.goals).toEqual(["feedback"]);
    expect(plan.engagement?.recognition?.[0]?.goals).toEqual(["engagement"]);
    expect(await lint(planToYaml(plan, { today: context.today }))).toEqual([]);
  });

  it("offers the journey in the community's first language, and renames it with four names", async () => {
    const { ask, transcript } = scripted({
      "community.languages": ["nl, en"],
      "journey.levels": ["Lezer; Vraagsteller; Helper", "Lezer; Vraagsteller; Helper; Helper", "Lezer; Vraagsteller; Helper; Gastheer"],
    });
    const plan = await runFlow(ask, context);
    expect(transcript.questions.get("journey.levels")?.message).toBe(
      "Members move up a journey: Nieuwkomer → Deelnemer → Bijdrager → Kartrekker. Keep these four levels, or rename them (separate with ;)",
    );
    expect(transcript.refused.map((item) => item.message)).toEqual([
      'Give four names, from first contact to leadership, separated by ";" (you gave 3).',
      '"Helper" is named twice; give each level its own name.',
    ]);
    expect(plan.journey?.levels.map((level) => [level.id, level.name, level.description])).toEqual([
      ["lezer", "Lezer", "Is lid geworden en leest mee, maar heeft nog niets geplaatst."],
      ["vraagsteller", "Vraagsteller", "Plaatst af en toe iets: stelt een vraag of reageert op anderen."],
      ["helper", "Helper", "Helpt anderen regelmatig: beantwoordt vragen en deelt wat hij of zij gemaakt heeft."],
      ["gastheer", "Gastheer", "Neemt verantwoordelijkheid: verwelkomt nieuwkomers, leidt sessies of modereert."],
    ]);
    expect(plan.engagement?.recognition?.[0]?.name).toBe("Lid in de schijnwerpers");
    expect(await lint(planToYaml(plan, { today: context.today }))).toEqual([]);
  });

  it("offers a recording when the series falls outside waking hours for part of its audience", async () => {
    const { ask, transcript } = scripted({ "personas[0].otherTimeZones": ["America/Los_Angeles"] });
    const plan = await runFlow(ask, context);
    expect(transcript.questions.get("content.series.recording")?.message).toBe(
      "10:00 falls outside waking hours in Los Angeles; share a recording or summary?",
    );
    expect(plan.content?.series?.[0]?.recording).toBe(true);
  });

  it("offers until = from + 4 hours, and asks before taking an end before the start as an overnight shift", async () => {
    const evening = scripted({ "moderation.moderators[0].start": ["19:00"] });
    const shift = (await runFlow(evening.ask, context)).moderation!.moderators[0]!.hours;
    expect(evening.transcript.questions.get("moderation.moderators[0].end")?.default).toBe("23:00");
    expect(shift).toMatchObject({ start: "19:00", end: "23:00" });
    expect(evening.transcript.asked).not.toContain("moderation.moderators[0].overnight");

    const night = scripted({ "moderation.moderators[0].start": ["19:00"], "moderation.moderators[0].end": ["03:00"], "moderation.moderators[0].overnight": [true] });
    expect((await runFlow(night.ask, context)).moderation!.moderators[0]!.hours).toMatchObject({ start: "19:00", end: "03:00" });
    expect(night.transcript.questions.get("moderation.moderators[0].overnight")?.message).toBe("19:00 to 03:00 ends the next morning. Is it an overnight shift?");

    // "No": the end is asked again, and only a time after the start is taken.
    const typo = scripted({ "moderation.moderators[0].start": ["19:00"], "moderation.moderators[0].end": ["13:00", "22:00"] });
    expect((await runFlow(typo.ask, context)).moderation!.moderators[0]!.hours).toMatchObject({ start: "19:00", end: "22:00" });
    expect(typo.transcript.asked.filter((key) => key.startsWith("moderation.moderators[0].")).slice(-3)).toEqual(["moderation.moderators[0].end", "moderation.moderators[0].overnight", "moderation.moderators[0].end"]);
    expect(typo.transcript.refused).toEqual([{ key: "moderation.moderators[0].end", typed: "13:00", message: 'Give a time after 19:00, or answer yes to "overnight".' }]);
  });
});

/** The pt-BR texts a person would type for every default guideline text. */
function translations(tag: string): Array<[string, string[]]> {
  const english: Record<string, string> = {
    "rules.be-respectful.title": "Be respectful",
  };
  const keys = [
    ...["be-respectful", "no-harassment", "no-spam", "stay-on-topic", "protect-privacy"].flatMap((id) => [`rules.${id}.title`, `rules.${id}.explanation`]),
    "consequences[0]",
    "consequences[1]",
    "consequences[2]",
    "consequences[3]",
    "reporting",
  ];
  return keys.map((key) => [`guidelines.translations.${tag}.${key}`, [`${tag}: ${english[key] ?? key}`]]);
}
