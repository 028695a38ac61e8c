// Lint must do work in proportion to the plan (issue 7): no rule, lookup or formatter may scan a
// list once for every item of another. Timing would be flaky on a shared CI machine, so this
// counts instead (tests/helpers/count-work.ts): quadrupling the items in a plan may quadruple the
// elements that array and set scans walk; a scan nested in a loop over items multiplies them by 16.
// (The schema check is not here: the generated validator walks with plain loops, not counted.)
import { describe, expect, it } from "vitest";
import { runRule, type Rule } from "../../src/rules/define-rule.js";
import { lintText } from "../../src/lint/lint-text.js";
import { mayHaveDirectives } from "../../src/lint/disable-comments.js";
import { loadFormatter, formatterNames } from "../../src/outputs/lint/index.js";
import type { Formatter } from "../../src/outputs/lint/types.js";
import { loadColors } from "../../src/outputs/colors.js";
import { parsePlan } from "../../src/plan/parse-plan.js";
import { parseWithYaml } from "../../src/plan/parse-yaml.js";
import type { Plan } from "../../src/plan/types.js";
import { validateShape } from "../../src/plan/validate-shape.js";
import { ruleIds, rules } from "../../src/rules/index.js";
import { countAsyncWork, countWork } from "../helpers/count-work.js";
import { minimalPlan, TODAY } from "../helpers/plans.js";

const SMALL = 30;
const LARGE = 4 * SMALL;
/** See growth(); sorting is not counted, so n log n shows as linear. */
const MAX_GROWTH = 5.5;

/**
 * A plan with `n` of every kind of item, and a finding of every common kind on every item: a
 * target whose deadline has passed, a reference to a misspelt id, a suppressed finding, a comment
 * that suppresses nothing, a non-canonical language tag, a live session at an unkind hour.
 */
function itemsPlan(n: number): string {
  const lines = [
    "version: 1",
    "community: { name: Scale, purpose: Growth checks., kind: owned, timeZone: Europe/Amsterdam, languages: [en, pt-BR], team: { people: 5, hoursPerWeek: 100 } }",
    "horizon: { start: 2027-01-01, end: 2027-12-31 }",
    "goals:",
  ];
  const each = (make: (i: number) => string) => {
    for (let i = 0; i < n; i++) lines.push(make(i));
  };
  each((i) => `  - { id: goal-${i}, title: Goal ${i} }`);
  lines.push("personas:");
  each((i) => `  - { id: persona-${i}, name: P ${i}, languages: [en, pt-br], timeZones: [Europe/Amsterdam, America/Sao_Paulo], communication: async, preferredPlatforms: [discord] }`);
  lines.push("channels:");
  each((i) => `  - { id: channel-${i}, name: C ${i}, platform: discourse, kind: live-events, audience: [persona-${i}, persona-${(i + 1) % n}], languages: [en] }`);
  lines.push("targets:");
  each((i) =>
    [
      "  # community-plan-disable-next-line smart-targets -- the board sets these",
      `  - { id: target-${i}, goal: ${i % 2 ? `goal-${i}` : "gaol-1"}, metric: members, baseline: 1, change: "+5%", unit: members, deadline: 2026-01-01, channel: chanel-1 }`,
      "  # community-plan-disable-next-line valid-dates -- nothing to suppress here",
    ].join("\n"),
  );
  lines.push("content:", "  series:");
  each((i) => `    - { id: series-${i}, title: S ${i}, channel: channel-${i}, format: ${i % 2 ? "article" : "live-qa"}, cadence: { every: week, weekdays: [tue] }, localTime: "06:00", audience: [persona-${i}, persona-x] }`);
  lines.push("  events:");
  each((i) => `    - { id: event-${i}, title: E ${i}, date: 2027-02-${String((i % 28) + 1).padStart(2, "0")}, localTime: "23:00", channel: channel-${i}, format: webinar, audience: [persona-${i}] }`);
  lines.push("guidelines:", "  rules:");
  each((i) => `    - { id: rule-${i}, title: { en: Be kind ${i} } }`);
  lines.push("moderation:", "  responseTime: 2h", "  moderators:");
  each((i) => `    - { id: mod-${i}, name: M ${i}, timeZone: Europe/Amsterdam, languages: [en], hours: { days: [mon], start: "09:00", end: "10:00" } }`);
  return lines.join("\n") + "\n";
}

/** A small plan with one wide mapping: `n` rule settings, each naming a rule that does not exist. */
function widePlan(n: number): string {
  const settings = Array.from({ length: n }, (_, i) => `    made-up-rule-${i}: warn`);
  return `${minimalPlan}lint:\n  rules:\n${settings.join("\n")}\n`;
}

type Sizes = { base: string; small: string; large: string };
const BASE = 2;
const plans = {
  "many items": { base: itemsPlan(BASE), small: itemsPlan(SMALL), large: itemsPlan(LARGE) },
  "one wide mapping": { base: widePlan(BASE), small: widePlan(SMALL), large: widePlan(LARGE) },
} satisfies Record<string, Sizes>;
const options = { today: TODAY, reportUnusedDisables: true };
const ruleOptions = { today: TODAY, reasonableHours: { start: "08:00", end: "21:00" }, ruleIds };
const strategyRules = rules.filter((rule: Rule) => rule.kind === "strategy");

/**
 * How much more work the large plan's items take than the small one's. The work of a plan with
 * two of each is subtracted first, so what any plan costs whatever its size does not hide the
 * growth: linear work then grows (120 - 2) / (30 - 2) ≈ 4.2 times, quadratic about 16 times.
 */
async function growth(texts: Sizes, measure: (text: string) => number | Promise<number>): Promise<number> {
  // Counted on a second run, so first-use caches (time-zone offsets, language tags, yaml's chunk) are warm.
  const counted = async (text: string) => (await measure(text), await measure(text));
  const fixed = await counted(texts.base);
  return ((await counted(texts.large)) - fixed) / Math.max(1, (await counted(texts.small)) - fixed);
}

/** Parsed and linted once per text: only the phase under test needs to run while counting. */
const once = <T>(make: (text: string) => T) => {
  const made = new Map<string, T>();
  return (text: string): T => {
    if (!made.has(text)) made.set(text, make(text));
    return made.get(text)!;
  };
};
const planOf = once((text): Plan => validateShape(parseWithYaml(text, { file: "plan.yaml" }).data).plan!);
const lintResultOf = once((text) => lintText(text, "plan.yaml", options));
const parseWork = async (text: string) => (await countAsyncWork(() => parsePlan(text, { file: "plan.yaml", comments: mayHaveDirectives(text) }))).work;
const ruleWork = (rule: Rule, text: string) => {
  const plan = planOf(text);
  return countWork(() => runRule(rule, plan, ruleOptions)).work;
};

describe("lint work grows linearly with the plan", () => {
  it("the plans are big enough to matter and report every kind of finding", async () => {
    const { diagnostics } = await lintResultOf(plans["many items"].large);
    const kinds = new Set(diagnostics.map((d) => d.ruleId));
    for (const id of ["references-resolve", "goal-has-target", "disable-comments", "valid-language-tags", "persona-reached", "live-session-hours", "response-time-coverage", "guidelines-languages"]) {
      expect(kinds, id).toContain(id);
    }
    expect(diagnostics.length).toBeGreaterThan(5 * LARGE);
    expect((await lintResultOf(plans["one wide mapping"].large)).diagnostics).toHaveLength(LARGE);
  });

  for (const [name, texts] of Object.entries(plans)) {
    describe(name, () => {
      it("parsing", async () => {
        expect(await growth(texts, parseWork)).toBeLessThan(MAX_GROWTH);
      });

      for (const rule of strategyRules) {
        it(`rule ${rule.id}`, async () => {
          expect(await growth(texts, (text) => ruleWork(rule, text))).toBeLessThan(MAX_GROWTH);
        });
      }

      it("the rest of lintText: findings to diagnostics, locations, disable comments", async () => {
        const rest = async (text: string) =>
          (await countAsyncWork(() => lintText(text, "plan.yaml", options))).work - (await parseWork(text)) - strategyRules.reduce((sum, rule) => sum + ruleWork(rule, text), 0);
        expect(await growth(texts, rest)).toBeLessThan(MAX_GROWTH);
      });

      for (const format of formatterNames) {
        it(`the ${format} formatter`, async () => {
          const formatter: Formatter = await loadFormatter(format);
          const context = { cwd: "/", colors: await loadColors(true), rules, toolVersion: "0.0.0" };
          expect(await growth(texts, async (text) => {
            const result = await lintResultOf(text);
            return countWork(() => formatter([result], context)).work;
          })).toBeLessThan(MAX_GROWTH);
        });
      }
    });
  }
});
