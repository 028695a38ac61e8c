// Channels: the recommended platforms come first with the reason shown; any other can be picked
// or typed in. Each chosen channel's audience is the personas who spend time there.
import type { Channel, Community, Persona } from "../../plan/types.js";
import { multiQuestion, selectQuestion, textQuestion } from "../builders.js";
import { defaultInteraction, type PlatformTemplate } from "../catalogues/channels.js";
import { slugify, uniqueId } from "../../util/slug.js";
import type { Ask } from "../question.js";
import { optionalText } from "../validators.js";
import { prefers, rankPlatforms } from "./rank-channels.js";
import { enumLabel, platformName } from "../../plan/enum-labels.js";

const kinds: Channel["kind"][] = ["forum", "chat", "social-group", "community-platform", "in-app", "newsletter", "video", "live-events"];

export async function askChannels(ask: Ask, community: Community, personas: Persona[]): Promise<Channel[]> {
  const ranked = rankPlatforms(personas, community.languages);
  const recommended = ranked.filter((item) => item.audience.length > 0).map((item) => item.template.platform);
  const picked = await ask(
    multiQuestion<string>({
      key: "channels.selected",
      message: "Where will the community meet? Recommended first, with the reason:",
      what: "platforms",
      default: recommended,
      choices: [
        ...ranked.map((item) => ({ value: item.template.platform, name: `${item.template.label}${item.audience.length > 0 ? " (recommended)" : ""}`, description: item.reason })),
      ],
      check: (platforms) => unreached(personas, platforms, ranked.map((item) => item.template)),
    }),
  );
  const others: PlatformTemplate[] = [];
  for (let j = 0; ; j++) {
    const platform = await ask(
      textQuestion({
        key: `channels.other[${j}].platform`,
        message: j === 0 ? "Also on a platform not in the list? (its name, e.g. Mastodon, or leave empty)" : "Another one? (leave empty to go on)",
        default: "",
        parse: optionalText,
      }),
    );
    if (!platform) break;
    // The name as typed, unless typed all in lower case: "mastodon" is still Mastodon.
    const name = platform === platform.toLowerCase() ? platformName(slugify(platform)) : platform;
    const kind = await ask(selectQuestion<Channel["kind"]>({ key: `channels.other[${j}].kind`, message: `What sort of channel is ${name}?`, what: "a kind of channel", default: "community-platform", choices: kinds.map((value) => ({ value, name: enumLabel("channelKind", value)! })) }));
    others.push({ platform: slugify(platform), label: name, suffix: `on ${name}`, kind, interaction: defaultInteraction(kind), languageSpaces: false });
  }
  const templates = new Map([...ranked.map((item) => [item.template.platform, item.template] as const), ...others.map((item) => [item.platform, item] as const)]);
  const chosen = [...picked, ...others.map((item) => item.platform)].map((platform) => templates.get(platform)!);
  const channels: Channel[] = [];
  for (const template of chosen) {
    const audience = personas.filter((persona) => reaches(template, persona, chosen));
    const spoken = community.languages.filter((tag) => audience.length === 0 || audience.some((persona) => persona.languages.includes(tag)));
    channels.push({
      id: uniqueId(template.platform, channels.map((channel) => channel.id)),
      name: `${community.name} ${template.suffix}`,
      platform: template.platform,
      kind: template.kind,
      ...(template.interaction !== defaultInteraction(template.kind) ? { interaction: template.interaction } : {}),
      ...(audience.length > 0 ? { audience: audience.map((persona) => persona.id) } : {}),
      languages: spoken.length > 0 ? spoken : community.languages,
    });
  }
  return channels;
}

/**
 * Whether the channel is for this persona: they spend time there, and it is not a real-time-only
 * place for someone who prefers to talk asynchronously while another chosen channel suits them.
 */
function reaches(template: PlatformTemplate, persona: Persona, chosen: PlatformTemplate[]): boolean {
  if (!prefers(persona, template)) return false;
  if (persona.communication !== "async" || template.interaction !== "real-time") return true;
  return !chosen.some((other) => other.interaction !== "real-time" && prefers(persona, other));
}

/** The message when a persona would be left with no channel they already use. */
function unreached(personas: Persona[], platforms: string[], templates: PlatformTemplate[]): string | undefined {
  const chosen = templates.filter((template) => platforms.includes(template.platform));
  const missed = personas.filter((persona) => !chosen.some((template) => prefers(persona, template)));
  if (missed.length === 0) return undefined;
  const persona = missed[0]!;
  return `None of these reaches ${persona.name}; add one of the places they spend time (${(persona.preferredPlatforms ?? []).join(", ")}).`;
}
