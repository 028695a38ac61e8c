// The member journey: four levels from first contact to leadership, offered in the community's
// first language to keep or rename in one question. Each level but the last names what moves
// members up: the first series invites newcomers to post, a monthly spotlight invites
// participants to contribute, a personal invitation turns contributors into leaders. The two
// activities are written to `engagement` and serve the goals they plausibly move.
import type { Community, Goal, Journey, Series, Tactic } from "../../plan/types.js";
import { textQuestion } from "../builders.js";
import { journeyTextsFor } from "../catalogues/journey-texts.js";
import { uniqueId } from "../../util/slug.js";
import { fail, ok, type Ask, type Parsed } from "../question.js";
import { list } from "../validators.js";

/** Which goal categories each journey activity serves; a goal of another category needs its own activity. */
const SPOTLIGHT_SERVES = new Set(["engagement", "retention", "advocacy"]);
const INVITATION_SERVES = new Set(["support", "engagement", "retention"]);

/** The goals the journey's own activities serve, so the first series need not serve them too. */
export function servedByJourney(goals: readonly Goal[]): Set<string> {
  return new Set(goals.filter((goal) => goal.category && (SPOTLIGHT_SERVES.has(goal.category) || INVITATION_SERVES.has(goal.category))).map((goal) => goal.id));
}

export interface JourneyPart {
  journey: Journey;
  recognition: Tactic[];
  tactics: Tactic[];
}

export async function askJourney(ask: Ask, community: Community, goals: Goal[], series: Series): Promise<JourneyPart> {
  const texts = journeyTextsFor(community.languages[0]!);
  const defaults = texts.levels.map((level) => level.name);
  const names = await ask(
    textQuestion<string[]>({
      key: "journey.levels",
      message: `Members move up a journey: ${defaults.join(" → ")}. Keep these four levels, or rename them (separate with ;)`,
      default: defaults,
      parse: levelNames,
      show: (value) => value.join("; "),
    }),
  );
  const taken = [series.id];
  const activity = (text: { name: string; description: string }, serves: ReadonlySet<string>): Tactic => {
    const id = uniqueId(text.name, taken);
    taken.push(id);
    const served = goals.filter((goal) => goal.category && serves.has(goal.category)).map((goal) => goal.id);
    return { id, name: text.name, description: text.description, ...(served.length > 0 ? { goals: served } : {}) };
  };
  const spotlight = activity(texts.spotlight, SPOTLIGHT_SERVES);
  const invitation = activity(texts.invitation, INVITATION_SERVES);
  const moveUp = [[series.id], [spotlight.id], [invitation.id], []];
  const ids: string[] = [];
  const levels = names.map((name, i) => {
    const id = uniqueId(name, ids);
    ids.push(id);
    return { id, name, description: texts.levels[i]!.description, moveUp: moveUp[i]! };
  });
  return { journey: { levels }, recognition: [spotlight], tactics: [invitation] };
}

function levelNames(raw: unknown): Parsed<string[]> {
  const items = list(raw, ";");
  if (!items.ok) return items;
  if (items.value.length !== 4) return fail(`Give four names, from first contact to leadership, separated by ";" (you gave ${items.value.length}).`);
  const lower = items.value.map((name) => name.toLowerCase());
  const twice = items.value.find((_, i) => lower.indexOf(lower[i]!) !== i);
  return twice ? fail(`"${twice}" is named twice; give each level its own name.`) : ok(items.value);
}
