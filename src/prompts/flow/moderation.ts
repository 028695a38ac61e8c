// Moderation: who moderates, from which time zone, in which languages and hours; then a
// response-time promise that defaults to what those hours can keep.
import type { Community, Moderation, Moderator, Weekday } from "../../plan/types.js";
import { anotherQuestion, multiQuestion, textQuestion } from "../builders.js";
import { uniqueId } from "../../util/slug.js";
import type { Ask, FlowContext } from "../question.js";
import { duration, languages, localTime, optionalText, text, yesNo } from "../validators.js";
import { durationMinutes, keepablePromise, longestGapMinutes } from "./coverage.js";
import { timeZoneQuestion } from "./shared.js";

const weekdays: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export async function askModeration(ask: Ask, community: Community, context: FlowContext): Promise<Moderation> {
  const moderators: Moderator[] = [];
  for (let i = 0; ; i++) {
    moderators.push(await askModerator(ask, community, i, moderators));
    const missing = community.languages.filter((tag) => !moderators.some((moderator) => moderator.languages.includes(tag)));
    const more = await ask(
      anotherQuestion(`moderation.moderators[${i + 1}]`, missing.length > 0 ? `Nobody moderates in ${missing.join(", ")} yet. Add another moderator?` : "Add another moderator?", (raw) => {
        const parsed = yesNo(raw);
        if (parsed.ok && !parsed.value && missing.length > 0) {
          return { ok: false, message: `Add a moderator who speaks ${missing.join(", ")}: members need a moderator in every community language.` };
        }
        return parsed;
      }),
    );
    if (!more) break;
  }
  const gap = longestGapMinutes(moderators, context.today);
  const gapHours = Math.ceil(gap / 60);
  const responseTime = await ask(
    textQuestion({
      key: "moderation.responseTime",
      message: `How fast do you promise to respond? Your moderators' hours leave gaps of up to ${gapHours}h.`,
      default: keepablePromise(gap),
      parse: (raw) => {
        const parsed = duration(raw);
        if (parsed.ok && durationMinutes(parsed.value) < gap) {
          return { ok: false, message: `The moderators' hours leave a gap of ${gapHours}h; promise at least that, or add moderator hours.` };
        }
        return parsed;
      },
    }),
  );
  const escalation = await ask(
    textQuestion({
      key: "moderation.escalation",
      message: "What do moderators do with problems they cannot settle?",
      default: "Safety and legal issues go to the community lead the same day; everything else is discussed in the weekly team meeting.",
      parse: optionalText,
    }),
  );
  return { moderators, responseTime, ...(escalation ? { escalation } : {}) };
}

async function askModerator(ask: Ask, community: Community, i: number, earlier: Moderator[]): Promise<Moderator> {
  const key = (field: string) => `moderation.moderators[${i}].${field}`;
  // Team members are offered first, in their order: most teams moderate themselves.
  const member = community.team.members?.[i];
  const name = await ask(textQuestion({ key: key("name"), message: `Moderator ${i + 1}: name or role`, default: member?.name ?? (i === 0 ? "Community manager" : `Moderator ${i + 1}`), parse: (raw) => text(raw, "a name or role") }));
  const timeZone = await ask(timeZoneQuestion(key("timeZone"), `Where does ${name} work from?`, community.timeZone));
  const spoken = await ask(textQuestion({ key: key("languages"), message: `Which languages does ${name} moderate in?`, default: community.languages, parse: (raw) => languages(raw) }));
  const days = await ask(
    multiQuestion<Weekday>({ key: key("days"), message: `On which days is ${name} on duty?`, what: "weekdays", default: ["mon", "tue", "wed", "thu", "fri"], choices: weekdays.map((value) => ({ value, name: value })) }),
  );
  const start = await ask(textQuestion({ key: key("start"), message: `From what time, in ${timeZone}? (HH:MM)`, default: "09:00", parse: localTime }));
  const end = await ask(
    textQuestion({
      key: key("end"),
      message: "Until what time? (HH:MM)",
      default: "13:00",
      parse: (raw) => {
        const parsed = localTime(raw);
        return parsed.ok && parsed.value === start ? { ok: false, message: `The shift must end at another time than it starts (${start}).` } : parsed;
      },
    }),
  );
  return { id: uniqueId(name, earlier.map((moderator) => moderator.id)), name, timeZone, languages: spoken, hours: { days, start, end } };
}
