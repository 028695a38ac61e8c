// Every catalogue, as the library API has them (the CLI loads the ones a run writes).
import { describe, expect, it } from "vitest";
import { buildChannelMap } from "../../src/render/view/channel-map.js";
import { buildGuidelinesView } from "../../src/render/view/guidelines-view.js";
import { guidelineLanguages, textOrFallback, untranslatedCount } from "../../src/render/view/localized.js";
import { buildStrategyView } from "../../src/render/view/strategy-view.js";
import { resolveTargetValue } from "../../src/render/view/targets.js";
import { minimalPlan, readExample, TODAY } from "../helpers/plans.js";
import { labelsFor } from "../../src/render/labels/index.js";
import { multilingualPlanFile, planFromFile, planFromText } from "./render-helpers.js";

const dev = planFromText(readExample("dev-community.yaml"));
const multilingual = planFromFile(multilingualPlanFile);

describe("targets", () => {
  it("resolves a relative change into a target value and keeps a given one", () => {
    expect(resolveTargetValue({ baseline: 10, change: "+50%" })).toBe(15);
    expect(resolveTargetValue({ baseline: 2.4, change: "+15%" })).toBe(2.76);
    expect(resolveTargetValue({ baseline: 30, target: 12 })).toBe(12);
    expect(resolveTargetValue({ change: "+10%" })).toBeNull();
  });

  it("groups the resolved targets under their goals, with channel names and directions", () => {
    const view = buildStrategyView(dev, TODAY, labelsFor("en"));
    const support = view.goals.find((g) => g.id === "peer-support")!;
    expect(support.targets.map((t) => [t.id, t.baseline, t.target, t.direction, t.channel])).toEqual([
      ["peer-answer-rate", 35, 50, "increase", "Lattice forum"],
      ["first-response", 30, 12, "decrease", "Lattice forum"],
      ["active-helpers", 60, 120, "increase", "Lattice forum"],
    ]);
    const feedback = view.targets.find((t) => t.id === "feedback-threads")!;
    expect([feedback.target, feedback.change]).toEqual([15, "+50%"]);
  });

  it("lists review metrics first, then the targets' metrics, with targets and data sources", () => {
    const view = buildStrategyView(dev, TODAY, labelsFor("en"));
    expect(view.metrics.map((m) => m.metric)).toEqual([
      "weekly-active-members",
      "peer-answer-rate",
      "response-time-hours",
      "sentiment-score",
      "discord-members",
      "feedback-topics-triaged",
      "members-with-accepted-answer",
    ]);
    expect(view.metrics[0]).toMatchObject({ targets: ["400 → 500 members by 31 Dec 2027"], sources: ["Discord Server Insights, weekly communicators"] });
    expect(view.metrics[3]).toMatchObject({ targets: [], sources: [], reviewed: true });
  });
});

describe("channel map", () => {
  it("marks which channel reaches which persona and says why", () => {
    const map = buildChannelMap(dev, labelsFor("en"));
    expect(map.rows.map((r) => [r.persona, r.cells.map((c) => c.reached)])).toEqual([
      ["Application developer", [true, false, true]],
      ["Open-source contributor", [true, true, true]],
    ]);
    expect(map.links[0]).toEqual({
      persona: "Application developer",
      channel: "Lattice forum",
      purpose: "Searchable questions and answers that outlive the conversation.",
      reasons: ["they already use Discourse", "asynchronous, which suits them", "in English"],
    });
    expect(map.unreached).toEqual([]);
  });

  it("names personas no channel reaches", () => {
    expect(buildChannelMap(multilingual, labelsFor("en")).unreached).toEqual(["Toerist"]);
  });
});

describe("localised guidelines", () => {
  it("writes a language only where the plan has its text; a plain string is the first language", () => {
    expect(guidelineLanguages(multilingual)).toEqual(["nl", "en", "de", "pt"]);
    expect(guidelineLanguages(planFromText(minimalPlan))).toEqual(["en"]);
    const dutchFirst = planFromText(minimalPlan.replace("languages: [en]\n  team", "languages: [nl, en]\n  team"));
    expect(guidelineLanguages(dutchFirst)).toEqual(["nl"]);
  });

  it("falls back to the first language's text and counts what is untranslated", () => {
    expect(textOrFallback({ nl: "Hoi", en: "Hi" }, "de", "nl")).toBe("Hoi");
    expect(textOrFallback("Hoi", "en", "nl")).toBe("Hoi");
    expect(textOrFallback({ en: "Hi" }, "de", "nl")).toBe("Hi");
    expect(untranslatedCount(multilingual, "en")).toBe(0);
    expect(untranslatedCount(multilingual, "de")).toBe(2);
  });

  it("builds the German view with German language names and fallbacks", () => {
    const view = buildGuidelinesView(multilingual, "de", TODAY);
    expect(view.rules).toEqual([
      { id: "vriendelijk", title: "Sei freundlich", explanation: "Iedereen was ooit beginner." },
      { id: "geen-reclame", title: "Keine Werbung", explanation: null },
    ]);
    expect(view.otherLanguages).toEqual(["Niederländisch", "Englisch", "Portugiesisch"]);
    // Shifts are team information: the member-facing view has them only with showModerators.
    expect(view.moderators).toEqual([]);
    expect(buildGuidelinesView({ ...multilingual, guidelines: { ...multilingual.guidelines!, showModerators: true } }, "de", TODAY).moderators[0]).toMatchObject({
      days: "täglich",
      hours: "08:00–20:00",
    });
  });
});
