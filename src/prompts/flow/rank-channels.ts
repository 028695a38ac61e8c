// Ranks candidate platforms for the personas: first by how many personas already spend time
// there, then by how well the platform's way of talking suits them, then by whether it can hold
// a space per language. The reason is kept so the wizard can show it next to each choice.
import type { Persona } from "../../plan/types.js";
import { platformByName, type PlatformTemplate } from "../catalogues/channels.js";
import { platformName } from "../../plan/enum-labels.js";
import { compareStrings } from "../../util/compare.js";

export interface RankedPlatform {
  template: PlatformTemplate;
  /** Ids of the personas who named this platform (or its kind) as a place they spend time. */
  audience: string[];
  score: number;
  reason: string;
}

const styleWords = { async: "asynchronous", "real-time": "real-time", mixed: "mixed" } as const;

export function rankPlatforms(personas: readonly Persona[], languages: readonly string[]): RankedPlatform[] {
  const candidates = new Map(platformByName);
  // A platform a persona named that the catalogue lacks is still a candidate.
  for (const persona of personas) {
    for (const platform of persona.preferredPlatforms ?? []) {
      if (!candidates.has(platform)) {
        candidates.set(platform, { platform, label: platformName(platform), suffix: `on ${platformName(platform)}`, kind: "community-platform", interaction: "async", languageSpaces: false });
      }
    }
  }
  const ranked = [...candidates.values()].map((template) => rank(template, personas, languages));
  return ranked.sort((a, b) => b.score - a.score || compareStrings(a.template.platform, b.template.platform));
}

function rank(template: PlatformTemplate, personas: readonly Persona[], languages: readonly string[]): RankedPlatform {
  const audience = personas.filter((persona) => prefers(persona, template)).map((persona) => persona.id);
  const reasons: string[] = [];
  let score = audience.length * 10;
  if (audience.length > 0) reasons.push(`where ${audience.length} of ${personas.length} persona${personas.length === 1 ? "" : "s"} already spend${audience.length === 1 ? "s" : ""} time`);
  const styles = new Set(personas.map((persona) => persona.communication ?? "mixed"));
  const fits = [...styles].filter((style) => style === "mixed" || template.interaction === "mixed" || style === template.interaction);
  const clashes = [...styles].filter((style) => style === "async" && template.interaction === "real-time");
  if (clashes.length > 0) {
    score -= 5;
    reasons.push("real-time only, while some members prefer to talk asynchronously");
  } else if (fits.length > 0) {
    score += 3;
    reasons.push(`suits ${[...new Set(fits.map((style) => styleWords[style]))].join(" and ")} conversation`);
  }
  if (languages.length > 1) {
    if (template.languageSpaces) {
      score += 2;
      reasons.push(`can hold a space per language (${languages.join(", ")})`);
    } else {
      reasons.push("one shared space for every language");
    }
  }
  return { template, audience, score, reason: reasons.join("; ") };
}

export function prefers(persona: Persona, template: PlatformTemplate): boolean {
  const preferred = persona.preferredPlatforms ?? [];
  return preferred.includes(template.platform) || preferred.includes(template.kind);
}
