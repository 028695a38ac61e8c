// Moderation: who moderates, from which time zone, in which languages and hours; then a
// response-time promise that defaults to what those hours can keep.
import type { Community, Moderation, Moderator, Weekday } from "../../plan/types.js";
import { anotherQuestion, confirmQuestion, multiQuestion, textQuestion } from "../builders.js";
import { uniqueId } from "../../util/slug.js";
import type { Ask, FlowContext } from "../question.js";
import { duration, localTime, optionalText, text, yesNo } from "../validators.js";
import { durationMinutes, keepablePromise, longestGapMinutes } from "./coverage.js";
import { languagesQuestion, timeZoneQuestion } from "./shared.js";
import { enumLabel } from "../../plan/enum-labels.js";
import { cityOf, languageName } from "../../util/name-table.js";

const weekdays: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export async function askModeration(ask: Ask, community: Community, context: FlowContext): Promise<Moderation> {
  const moderators: Moderator[] = [];
  for (let i = 0; ; i++) {
    moderators.push(await askModerator(ask, community, i, moderators));
    const missing = community.languages.filter((tag) => !moderators.some((moderator) => moderator.languages.includes(tag)));
    const more = await ask(
      anotherQuestion(`moderation.moderators[${i + 1}]`, missing.length > 0 ? `Nobody moderates in ${missing.map(languageName).join(", ")} yet. Add another moderator?` : "Add another moderator?", (raw) => {
        const parsed = yesNo(raw);
        if (parsed.ok && !parsed.value && missing.length > 0) {
          return { ok: false, message: `Add a moderator who speaks ${missing.map(languageName).join(", ")}: members need a moderator in every community language.` };
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
      default: defaultEscalation(community),
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
  const spoken = await ask(languagesQuestion(key("languages"), `Which languages does ${name} moderate in?`, community.languages));
  const days = await ask(
    multiQuestion<Weekday>({ key: key("days"), message: `On which days is ${name} on duty?`, what: "weekdays", default: ["mon", "tue", "wed", "thu", "fri"], choices: weekdays.map((value) => ({ value, name: enumLabel("weekday", value)! })) }),
  );
  const start = await ask(textQuestion({ key: key("start"), message: `From what time, ${cityOf(timeZone)} time? (HH:MM)`, default: "09:00", parse: localTime }));
  const end = await askShiftEnd(ask, key, start);
  return { id: uniqueId(name, earlier.map((moderator) => moderator.id)), name, timeZone, languages: spoken, hours: { days, start, end } };
}

/**
 * "Until what time?": four hours after the start by default; an end before the start is an
 * overnight shift only when the person says so, otherwise the end is asked again.
 */
async function askShiftEnd(ask: Ask, key: (field: string) => string, start: string): Promise<string> {
  const end = await ask(
    textQuestion({
      key: key("end"),
      message: "Until what time? (HH:MM)",
      default: addHours(start, 4),
      parse: (raw) => {
        const parsed = localTime(raw);
        return parsed.ok && parsed.value === start ? { ok: false, message: `The shift must end at another time than it starts (${start}).` } : parsed;
      },
    }),
  );
  if (end > start) return end;
  const overnight = await ask(
    confirmQuestion({
      key: key("overnight"),
      message: `${start} to ${end} ends the next morning. Is it an overnight shift?`,
      // Yes when the person took the suggested end (a late start's four hours run past midnight).
      default: end === addHours(start, 4),
      // An answers file that gives an end before the start has said so already.
      fromAnswers: (get) => (get(key("end")) !== undefined ? true : undefined),
    }),
  );
  if (overnight) return end;
  return ask(
    textQuestion({
      key: key("end"),
      message: `Until what time on the same day? (HH:MM, after ${start})`,
      default: start < "20:00" ? addHours(start, 4) : "23:59",
      parse: (raw) => {
        const parsed = localTime(raw);
        return parsed.ok && parsed.value <= start ? { ok: false, message: `Give a time after ${start}, or answer yes to "overnight".` } : parsed;
      },
    }),
  );
}

/** "19:00" + 4 → "23:00"; past midnight it wraps ("22:00" + 4 → "02:00"). */
function addHours(time: string, hours: number): string {
  const h = (Number(time.slice(0, 2)) + hours) % 24;
  return `${String(h).padStart(2, "0")}${time.slice(2)}`;
}

/** Who settles what moderators cannot: a team meeting only where there is a team, the lead by name. */
function defaultEscalation(community: Community): string {
  const members = community.team.members ?? [];
  if (members.length <= 1) return "Safety and legal issues are dealt with the same day; anything else gets a calm second look within a week.";
  const meeting = community.kind === "member-started" ? "when the organisers next meet" : "in the weekly team meeting";
  return `Safety and legal issues go to ${members[0]!.name} the same day; everything else is discussed ${meeting}.`;
}
