// Personas: one or more groups of members, with where they live, what they speak, what they
// need and where they already spend time; that last answer drives the channel recommendations.
import type { Community, Persona } from "../../plan/types.js";
import { anotherQuestion, multiQuestion, selectQuestion, textQuestion } from "../builders.js";
import { platformCatalogue } from "../catalogues/channels.js";
import { uniqueId } from "../../util/slug.js";
import type { Ask } from "../question.js";
import { list, optionalText, text, timeZones } from "../validators.js";
import { languagesQuestion, timeZoneQuestion } from "./shared.js";

type Communication = NonNullable<Persona["communication"]>;

const firstNames = ["Core member", "Newcomer", "Expert", "Supporter"];

/** Where each communication style usually is, as the preselected answer. */
const platformsFor: Record<Communication, string[]> = {
  async: ["discourse", "newsletter"],
  "real-time": ["discord"],
  mixed: ["discourse", "discord"],
};

export async function askPersonas(ask: Ask, community: Community): Promise<Persona[]> {
  const personas: Persona[] = [];
  for (let i = 0; ; i++) {
    personas.push(await askPersona(ask, community, i, personas));
    const more = await ask(anotherQuestion(`personas[${i + 1}]`, "Add another persona?"));
    if (!more) return personas;
  }
}

async function askPersona(ask: Ask, community: Community, i: number, earlier: Persona[]): Promise<Persona> {
  const key = (field: string) => `personas[${i}].${field}`;
  const name = await ask(
    textQuestion({ key: key("name"), message: `Persona ${i + 1}: a memorable name for this group of members`, default: firstNames[i] ?? `Persona ${i + 1}`, parse: (raw) => text(raw, "a name") }),
  );
  const description = await ask(textQuestion({ key: key("description"), message: `Describe ${name} in a sentence (optional)`, default: "", parse: optionalText }));
  const regions = await ask(textQuestion({ key: key("regions"), message: "Which regions do they live in? (comma-separated, optional)", default: [] as string[], parse: (raw) => list(raw, ",") }));
  const mainZone = await ask(timeZoneQuestion(key("timeZone"), "Where do most of them live?", community.timeZone));
  const otherZones = await ask(
    textQuestion({
      key: key("otherTimeZones"),
      message: "Other places they live in? (cities or countries, comma-separated, e.g. New York, Japan, or leave empty)",
      default: [] as string[],
      parse: timeZones,
    }),
  );
  const spoken = await ask(
    languagesQuestion(key("languages"), "Which languages do they speak?", community.languages),
  );
  const needs = await ask(
    textQuestion({
      key: key("needs"),
      message: "What do they need from the community? (separate with ;)",
      default: ["Quick answers to concrete questions", "Learning from people like them"],
      parse: (raw) => list(raw, ";"),
      show: (value) => value.join("; "),
    }),
  );
  const painPoints = await ask(
    textQuestion({
      key: key("painPoints"),
      message: "What frustrates them today? (separate with ;)",
      default: ["Answers scattered across many places"],
      parse: (raw) => list(raw, ";"),
      show: (value) => value.join("; "),
    }),
  );
  const communication = await ask(
    selectQuestion<Communication>({
      key: key("communication"),
      message: "How do they like to talk?",
      what: "a communication style",
      default: "async",
      choices: [
        { value: "async", name: "Asynchronously", description: "Forums, e-mail and threads they answer when it suits them." },
        { value: "real-time", name: "In real time", description: "Chat and live sessions." },
        { value: "mixed", name: "Both", description: "Threads for depth, chat for quick questions." },
      ],
    }),
  );
  const preferredPlatforms = await ask(
    multiQuestion<string>({
      key: key("preferredPlatforms"),
      message: "Where do they already spend time?",
      what: "platforms",
      default: platformsFor[communication],
      choices: platformCatalogue.map((item) => ({ value: item.platform, name: item.label })),
    }),
  );
  const zones = [mainZone, ...otherZones.filter((zone) => zone !== mainZone)];
  return {
    id: uniqueId(name, earlier.map((persona) => persona.id)),
    name,
    ...(description ? { description } : {}),
    ...(regions.length > 0 ? { regions } : {}),
    languages: spoken,
    timeZones: zones,
    ...(needs.length > 0 ? { needs } : {}),
    ...(painPoints.length > 0 ? { painPoints } : {}),
    communication,
    preferredPlatforms,
  };
}
