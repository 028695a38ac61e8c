import { describe, expect, it } from "vitest";
import { targetValue } from "../../src/prompts/flow/target-value.js";
import type { Parsed } from "../../src/prompts/question.js";
import * as v from "../../src/prompts/validators.js";
import { runFlow } from "../../src/prompts/flow/index.js";
import { context, scripted } from "./scripted.js";

const message = (parsed: Parsed<unknown>) => (parsed.ok ? `accepted ${JSON.stringify(parsed.value)}` : parsed.message);

describe("every validation message", () => {
  const cases: Array<[string, () => Parsed<unknown>, string]> = [
    ["text: not text", () => v.text(["a"], "the name"), "Write the name as text."],
    ["text: empty", () => v.text("  ", "the name"), "Write the name; it cannot be empty."],
    ["optional text: not text", () => v.optionalText({}), "Write this as text, or leave it empty."],
    ["list: not a list", () => v.list(3, ";"), 'Give a list, separated by ";".'],
    ["time zone: empty", () => v.timeZone(""), "Pick a time zone: type a city or country, such as Amsterdam or Norway."],
    ["time zone: unknown", () => v.timeZone("Mars/Olympus"), '"Mars/Olympus" is not a time zone; type a city or country, such as Amsterdam or Norway.'],
    ["time zone: a place the table does not know", () => v.timeZone("Osloo"), 'No time zone is known for a city or country called "Osloo"; did you mean Oslo?'],
    ["time zone: a country with several", () => v.timeZone("Spain"), "Spain has 3 time zones; name a city instead, such as Madrid, Ceuta, Canary."],
    ["time zones: one bad in a list", () => v.timeZones("UTC, Europe/Atlantis"), '"Europe/Atlantis" is not a time zone; type a city or country, such as Amsterdam or Norway.'],
    ["languages: none", () => v.languages(""), "Name at least one language, such as English or Nederlands."],
    ["languages: a typo", () => v.languages("en, english!"), '"english!" is not a language this tool knows; did you mean English?'],
    ["languages: unknown", () => v.languages("qqqqqq"), '"qqqqqq" is not a language this tool knows; write its name, such as English or norsk, or its code, such as pt-BR.'],
    ["whole number: text", () => v.wholeNumber("two", "the number of people", 1), "Give the number of people as a whole number."],
    ["whole number: fraction", () => v.wholeNumber("1.5", "the number of people", 1), "Give the number of people as a whole number."],
    ["whole number: too small", () => v.wholeNumber("0", "the number of people", 1), "Give the number of people as a whole number of at least 1."],
    ["number: text", () => v.number("lots", "the baseline"), "Give the baseline as a number, such as 12 or 3.5."],
    ["number: negative", () => v.number("-3", "the baseline"), "Give the baseline as a number of 0 or more."],
    ["date: not a date", () => v.futureDate("next spring", "2026-11-24", "2027-12-31"), "Give a real date written YYYY-MM-DD, such as 2027-03-31."],
    ["date: not a real day", () => v.futureDate("2027-02-30", "2026-11-24", "2027-12-31"), "Give a real date written YYYY-MM-DD, such as 2027-03-31."],
    ["date: today", () => v.futureDate("2026-11-24", "2026-11-24", "2027-12-31"), "Pick a date after today (2026-11-24)."],
    ["date: past the horizon", () => v.futureDate("2028-01-01", "2026-11-24", "2027-12-31"), "Pick a date within the plan's horizon, which ends 2027-12-31."],
    ["local time", () => v.localTime("25:00"), "Give a time on the 24-hour clock, such as 09:30 or 17:00."],
    ["duration", () => v.duration("two days"), "Give a length of time such as 24h, 2d or 1h30m."],
    ["choice", () => v.choice("sometimes", ["weekly", "monthly"], "a cadence"), "Pick a cadence: one of weekly, monthly."],
    ["choices: unknown item", () => v.choices(["survey", "seance"], ["survey", "poll"], "feedback methods"), '"seance" is not one of the feedback methods: survey, poll.'],
    ["choices: none", () => v.choices([], ["survey", "poll"], "feedback methods"), "Pick at least one of the feedback methods."],
    ["yes or no", () => v.yesNo("maybe"), "Answer yes or no."],
    ["target: no value", () => targetValue("a lot", 2, "increase"), "Give the value to reach (e.g. 50) or a change from the baseline (e.g. +15% or -10%)."],
    ["target: same as baseline", () => targetValue("2", 2, "increase"), "The target must differ from the baseline (2)."],
    ["target: below for an increase", () => targetValue("1", 2, "increase"), "This metric should increase; give a value above the baseline (2)."],
    ["target: above for a decrease", () => targetValue("30", 24, "decrease"), "This metric should decrease; give a value below the baseline (24)."],
    ["change: zero", () => targetValue("+0%", 2, "increase"), "A change of 0% keeps the baseline; aim for a real change, such as +15%."],
    ["change: wrong sign", () => targetValue("+10%", 24, "decrease"), "This metric should decrease; write the change as -10%."],
    ["change: from zero", () => targetValue("+15%", 0, "increase"), "A relative change from a baseline of 0 stays 0; give the value to reach instead."],
    ["change: below zero", () => targetValue("-100%", 24, "decrease"), "A decrease of 100% or more goes below zero; give a smaller change."],
  ];
  it.each(cases)("%s", (_name, run, expected) => {
    expect(message(run())).toBe(expected);
  });

  it("accepts and normalises what people type", () => {
    expect(message(v.timeZone("asia/kolkata"))).toBe('accepted "Asia/Kolkata"');
    expect(message(v.timeZone("UTC"))).toBe('accepted "UTC"');
    expect(message(v.languages("EN-gb, nl, nl"))).toBe('accepted ["en-GB","nl"]');
    // Names, exactly and in any case, as typed or in an answers file; the same table lint suggests from.
    expect(message(v.languages("norsk, Norwegian, NEDERLANDS, Dutch, English"))).toBe('accepted ["nb","nl","en"]');
    expect(message(v.languages(["Norwegian Bokmål", "pt-br"]))).toBe('accepted ["nb","pt-BR"]');
    expect(message(v.timeZone("oslo"))).toBe('accepted "Europe/Oslo"');
    expect(message(v.timeZone("Norway"))).toBe('accepted "Europe/Oslo"');
    expect(message(v.timeZone("Japan"))).toBe('accepted "Asia/Tokyo"');
    expect(message(v.timeZones("New York, sao paulo"))).toBe('accepted ["America/New_York","America/Sao_Paulo"]');
    expect(message(v.localTime("9:30"))).toBe('accepted "09:30"');
    expect(message(targetValue(" + 15 % ", 2, "increase"))).toBe('accepted {"change":"+15%"}');
    expect(message(targetValue(12, 24, "decrease"))).toBe('accepted {"target":12}');
  });

  it("the flow's own checks: a goal, reaching every persona, a moderator per language, a keepable promise, a real shift", async () => {
    const { ask, transcript } = scripted({
      "community.languages": ["en, fr"],
      "goals.catalogue": [[]],
      "goals.custom": ["", "Members meet in person"],
      "channels.selected": [["youtube"], ["discourse"]],
      "moderation.moderators[0].languages": ["en"],
      "moderation.moderators[0].end": ["09:00", "17:00"],
      "moderation.moderators[1]": ["no", "yes"],
      "moderation.moderators[1].languages": ["fr"],
      "moderation.responseTime": ["1d", "72h"],
      "review.qualitativeSignals": [[], ["sentiment"]],
    });
    await runFlow(ask, context);
    expect(transcript.refused.map((item) => [item.key, item.message])).toEqual([
      ["goals.custom", "Pick a goal from the list or write one of your own."],
      ["channels.selected", "None of these reaches Core member; add one of the places they spend time (discourse, newsletter)."],
      ["moderation.moderators[0].end", "The shift must end at another time than it starts (09:00)."],
      ["moderation.moderators[1]", "Add a moderator who speaks French: members need a moderator in every community language."],
      ["moderation.responseTime", "The moderators' hours leave a gap of 64h; promise at least that, or add moderator hours."],
      ["review.qualitativeSignals", "Pick at least one of the qualitative signals."],
    ]);
  });
});
