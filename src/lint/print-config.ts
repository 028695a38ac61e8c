// `lint --print-config <plan>`: the settings that apply to one plan, as YAML a person can paste
// into a settings file or a plan's `lint:` block.
import type { LintConfig, SeveritySetting } from "../plan/types.js";
import type { Rule } from "../rules/define-rule.js";
import { effectiveReasonableHours, effectiveSeverities, type LintOptions } from "./lint-text.js";

export interface AppliedSettings {
  /** Where the settings came from, weakest first, for the header comment. */
  sources: string[];
  rules: Record<string, SeveritySetting>;
  reasonableHours: { start: string; end: string };
}

/** Every rule's setting, and the hours, after defaults < shared < the plan's `lint:` < `--rule`. */
export function appliedSettings(rules: readonly Rule[], own: LintConfig | undefined, options: LintOptions, sources: string[]): AppliedSettings {
  const chosen = effectiveSeverities(own, options);
  const applied: Record<string, SeveritySetting> = {};
  for (const rule of [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    applied[rule.id] = chosen[rule.id] ?? (rule.defaultSeverity === "error" ? "error" : "warn");
  }
  return { sources, rules: applied, reasonableHours: effectiveReasonableHours(own, options.shared) };
}

export function settingsYaml(settings: AppliedSettings): string {
  const lines = [`# what lint applies, from: ${settings.sources.join(" < ")}`, "rules:"];
  for (const [id, setting] of Object.entries(settings.rules)) lines.push(`  ${id}: ${setting}`);
  lines.push("reasonableHours:", `  start: "${settings.reasonableHours.start}"`, `  end: "${settings.reasonableHours.end}"`);
  return `${lines.join("\n")}\n`;
}
