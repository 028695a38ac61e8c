// Which of a persona's needs and pain points a channel answers: the reason to send that persona
// there, rather than "they already use it". A small, explicit table of cue words per channel kind,
// then the words the need shares with the channel's own purpose. English, Dutch and Norwegian cue
// words sit side by side, since a plan's needs are written in its community's language.
// Deliberately simple, so a strategist can read why a line matched and argue with it.
import type { Channel, Persona } from "../plan/types.js";

type Kind = Channel["kind"];

/** Words in a need or pain point that a kind of channel answers, and the kinds that answer them. */
export const NEED_CUES: ReadonlyArray<{ words: readonly string[]; kinds: readonly Kind[] }> = [
  // Posts that get lost: a place that keeps and finds them.
  { words: ["buried", "bury", "buries", "scroll", "scrolling", "search", "searchable", "scattered", "lost", "documentation", "docs", "archive", "find", "findable", "repeat", "repeated",
    "kwijt", "zoeken", "terugvinden", "verspreid", "documentatie", "archief", "vinden", "borte", "søke", "finne", "spredt", "dokumentasjon", "arkiv"], kinds: ["forum", "community-platform", "social-group"] },
  // Stuck without help: peers who answer, where everyone can see and reuse the answer.
  { words: ["answer", "answers", "question", "questions", "stuck", "support", "tickets", "ticket", "unanswered", "help",
    "antwoord", "antwoorden", "vraag", "vragen", "hulp", "vast", "svar", "spørsmål", "hjelp"], kinds: ["forum", "chat", "community-platform", "in-app"] },
  // Waiting: a conversation that happens now.
  { words: ["waiting", "wait", "slow", "fast", "quick", "quickly", "instant", "sit", "ignored", "reviews", "review",
    "wachten", "traag", "snel", "terugmailen", "vente", "treg", "rask", "raskt"], kinds: ["chat", "in-app"] },
  // Being alone with it: people to talk to, live.
  // ("chat" is no cue: people name it mostly as the problem.)
  { words: ["live", "real-time", "talk", "meet", "meeting", "face", "together", "lonely", "alone", "friends", "team", "squad", "group", "play",
    "samen", "rijden", "mensen", "alleen", "eenzaam", "vrienden", "groep", "thuis", "sammen", "alene", "venner", "gruppe"], kinds: ["chat", "live-events", "social-group"] },
  // Too little time, too much noise: a digest that comes to them.
  { words: ["busy", "noise", "noisy", "overwhelm", "overwhelming", "overwhelmed", "time", "miss", "missed", "catch", "digest", "inbox",
    "druk", "tijd", "missen", "gemist", "overzicht", "travel", "tid", "oversikt"], kinds: ["newsletter"] },
  // Hearing about changes last: a place where announcements stay and reach everyone.
  { words: ["updates", "news", "announced", "announcement", "announcements", "changelog", "changelogs", "changes", "patch",
    "nieuws", "nieuwe", "aankondiging", "updates", "nyheter", "nytt", "kunngjøring"], kinds: ["newsletter", "social-group", "forum", "video"] },
  // Learning by seeing: video and live sessions.
  { words: ["examples", "example", "watch", "see", "show", "demo", "demos", "learn", "learning", "tutorial", "tutorials", "how-to", "inspiration", "ideas",
    "voorbeelden", "zien", "leren", "uitleg", "inspiratie", "ideeën", "eksempler", "lære", "inspirasjon", "ideer"], kinds: ["video", "live-events", "newsletter"] },
];

/** Short or common words that say nothing about a channel. */
const STOP = new Set(["about", "their", "there", "these", "those", "which", "where", "would", "could", "other", "every", "after", "before", "being", "without", "within", "through", "people", "members", "things"]);

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
const stem = (word: string) => word.replace(/(ies|es|s)$/, "");

export interface NeedAnswer {
  kind: "need" | "painPoint";
  /** The need or pain point as the plan writes it. */
  text: string;
}

/** A word long and rare enough to say something about a channel. */
const telling = (word: string) => word.length >= 5 && !STOP.has(word);

/** Whether a channel answers a need or pain point: a cue word for its kind, or a word its purpose shares. */
function needMatcher(channel: Channel): (text: string) => boolean {
  const cues = new Set(NEED_CUES.filter((cue) => cue.kinds.includes(channel.kind)).flatMap((cue) => cue.words));
  const purpose = new Set(words(channel.purpose ?? "").filter(telling).map(stem));
  return (text) => words(text).some((word) => cues.has(word) || (telling(word) && purpose.has(stem(word))));
}

/** The persona's pain points, then needs, that this channel answers, in the plan's order. */
export function channelAnswers(persona: Persona, channel: Channel): NeedAnswer[] {
  const answers = needMatcher(channel);
  return [
    ...(persona.painPoints ?? []).filter(answers).map((text) => ({ kind: "painPoint" as const, text })),
    ...(persona.needs ?? []).filter(answers).map((text) => ({ kind: "need" as const, text })),
  ];
}
