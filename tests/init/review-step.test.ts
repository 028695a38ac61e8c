import { describe, expect, it } from "vitest";
import { planToYaml } from "../../src/init/plan-yaml.js";
import { lintText } from "../../src/lint/lint-text.js";
import { LOOKS_GOOD, runFlowWithReview } from "../../src/prompts/flow/review-step.js";
import { planOverview } from "../../src/prompts/flow/section-summary.js";
import type { Ask, Question } from "../../src/prompts/question.js";
import { defaultAnswer } from "../../src/prompts/runners.js";
import { context, scripted } from "./scripted.js";

/** A person at the review step: picks the sections in turn, answers by key, Enter for the rest. */
function reviewer(picks: string[], typed: Record<string, unknown> = {}, other: (key: string) => unknown = () => undefined) {
  const seen: Array<{ key: string; default: unknown; intro?: string }> = [];
  const ask: Ask = async <T>(question: Question<T>): Promise<T> => {
    seen.push({ key: question.key, default: question.default, ...(question.intro ? { intro: question.intro } : {}) });
    const raw = question.key === "wizard.review" ? picks.shift() : question.key in typed ? typed[question.key] : (other(question.key) ?? defaultAnswer(question));
    const parsed = question.parse(raw);
    if (!parsed.ok) throw new Error(`${question.key}: ${parsed.message}`);
    return parsed.value;
  };
  return { ask, seen };
}

describe("the review step", () => {
  it("shows every section, and 'looks good' writes the plan as answered", async () => {
    const { ask } = scripted({ "community.name": ["Strikkeklubben"] });
    const person = reviewer([LOOKS_GOOD]);
    const plan = await runFlowWithReview(ask, person.ask, context);
    expect(plan.community.name).toBe("Strikkeklubben");
    expect(person.seen.map((question) => question.key)).toEqual(["wizard.review"]);
    const intro = person.seen[0]!.intro!;
    for (const section of ["Community and team:", "Goals and priorities:", "Personas:", "Channels:", "Targets:", "Journey and welcome:", "Content:", "Guidelines and moderation:", "Review:"]) {
      expect(intro).toContain(`\n${section}\n`);
    }
    expect(intro).toContain("  Core member: in Amsterdam; speaks English; talks asynchronous\n");
    expect(intro).toContain("  Community manager: Mon Tue Wed Thu Fri 09:00–13:00 Amsterdam time; English\n");
  });

  it("changing a section asks only its questions, with the earlier answers as defaults, and keeps the rest", async () => {
    const { ask } = scripted({
      "community.name": ["Strikkeklubben"],
      "targets[0].metric": ["custom"],
      "targets[0].metricName": ["Patterns shared"],
      "targets[0].unit": ["patterns"],
      "targets[0].baseline": ["3"],
      "targets[0].target": ["6"],
      // The slip the review is for: a number where a source was meant.
      "targets[0].dataSource": ["12"],
    });
    const person = reviewer(["targets", LOOKS_GOOD], { "targets[0].dataSource": "Ravelry group stats" });
    const plan = await runFlowWithReview(ask, person.ask, context);
    const asked = person.seen.map((question) => question.key);
    expect(asked.filter((key) => key !== "wizard.review").every((key) => key.startsWith("targets["))).toBe(true);
    expect(asked).toContain("targets[0].dataSource");
    // Earlier answers are the defaults.
    expect(person.seen.find((question) => question.key === "targets[0].metricName")?.default).toBe("Patterns shared");
    expect(person.seen.find((question) => question.key === "targets[0].baseline")?.default).toBe(3);
    expect(plan.targets[0]).toMatchObject({ metric: "patterns-shared", baseline: 3, target: 6, dataSource: "Ravelry group stats" });
    expect(plan.community.name).toBe("Strikkeklubben");
    expect(person.seen.at(-1)?.intro).toContain("Patterns shared: 3 → 6 patterns by 2027-03-31");
    expect((await lintText(planToYaml(plan, { today: context.today }), "p.yaml", { today: context.today })).diagnostics).toEqual([]);
  });

  it("defaults taken earlier follow the change: a language added to the community reaches personas, channels and moderators", async () => {
    const { ask } = scripted();
    const person = reviewer(["community", LOOKS_GOOD], { "community.languages": "English, norsk" });
    const plan = await runFlowWithReview(ask, person.ask, context);
    expect(plan.community.languages).toEqual(["en", "nb"]);
    expect(plan.personas[0]?.languages).toEqual(["en", "nb"]);
    expect(plan.channels.map((channel) => channel.languages)).toEqual([["en", "nb"], ["en", "nb"]]);
    expect(plan.moderation?.moderators.map((moderator) => moderator.languages)).toEqual([["en", "nb"]]);
    expect(person.seen.map((question) => question.key).filter((key) => !key.startsWith("community."))).toEqual(["wizard.review", "wizard.review"]);
    expect((await lintText(planToYaml(plan, { today: context.today }), "p.yaml", { today: context.today })).diagnostics).toEqual([]);
  });

  it("a change that brings new questions asks them, and an answer given earlier that no longer fits is asked again", async () => {
    // The moderator was given English only; Icelandic needs its guideline texts and a moderator.
    const { ask } = scripted({
      "community.languages": ["English, Nederlands"],
      "moderation.moderators[0].languages": ["English"],
      "moderation.moderators[1]": [true],
      "moderation.moderators[1].name": ["Daan"],
      "moderation.moderators[1].languages": ["Dutch"],
    });
    const person = reviewer(["community", LOOKS_GOOD], { "community.languages": "English, Nederlands, íslenska", "moderation.moderators[2]": true, "moderation.moderators[2].name": "Sigga" }, (key) =>
      key.startsWith("guidelines.translations.is.") ? `(is) ${key.slice("guidelines.translations.is.".length)}` : undefined,
    );
    const plan = await runFlowWithReview(ask, person.ask, context);
    expect(plan.community.languages).toEqual(["en", "nl", "is"]);
    const asked = person.seen.map((question) => question.key).filter((key) => !key.startsWith("community."));
    expect(asked.filter((key) => key.startsWith("guidelines.translations.is.")).length).toBe(15);
    expect(asked).toContain("moderation.moderators[2]");
    expect(plan.moderation?.moderators.map((moderator) => [moderator.name, moderator.languages])).toEqual([["Community manager", ["en"]], ["Daan", ["nl"]], ["Sigga", ["en", "nl", "is"]]]);
    // Icelandic has no built-in document text: that one warning, and nothing else.
    expect((await lintText(planToYaml(plan, { today: context.today }), "p.yaml", { today: context.today })).diagnostics.map((d) => `${d.ruleId} ${d.messageId}`)).toEqual(["document-language unknown"]);
  });

  it("summarises a plan section by section", async () => {
    const { ask } = scripted();
    const overview = planOverview(await runFlowWithReview(ask, undefined, context));
    expect(overview.split("\n").filter((line) => !line.startsWith("  "))).toEqual([
      "Community and team:", "Goals and priorities:", "Personas:", "Channels:", "Targets:", "Journey and welcome:", "Content:", "Guidelines and moderation:", "Review:",
    ]);
  });
});
