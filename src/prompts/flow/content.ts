// Content: the pillars every piece serves, and a first recurring series so the calendar has a
// steady rhythm from day one.
import type { Cadence, Channel, Community, Content, Format, Goal, Persona, Pillar, Series, Weekday } from "../../plan/types.js";
import { confirmQuestion, multiQuestion, selectQuestion, textQuestion } from "../builders.js";
import { LIVE_PILLAR, liveWithoutRecording, pillarCatalogue } from "../catalogues/pillars.js";
import { enumLabel } from "../../plan/enum-labels.js";
import { cityOf } from "../../util/name-table.js";
import { uniqueId } from "../../util/slug.js";
import type { Ask, FlowContext } from "../question.js";
import { localTime, text } from "../validators.js";
import { servedByJourney } from "./journey.js";
import { ownerQuestion } from "./owner.js";
import { awkwardFor } from "./local-hours.js";

const formats: Format[] = ["discussion", "article", "tutorial", "product-update", "industry-news", "user-generated", "live-qa", "ama", "webinar", "workshop", "meetup", "hackathon", "livestream", "poll", "contest", "spotlight", "newsletter", "video", "other"];
const liveFormats = new Set<Format>(["live-qa", "ama", "webinar", "workshop", "meetup", "hackathon", "livestream"]);
const weekdays: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const cadences = { weekly: { every: "week" }, fortnightly: { every: "week", interval: 2 }, monthly: { every: "month" } } as const;
const cadenceNames: Record<keyof typeof cadences, string> = { weekly: "Every week", fortnightly: "Every two weeks", monthly: "Once a month" };

export async function askContent(ask: Ask, community: Community, personas: Persona[], channels: Channel[], goals: Goal[], context: FlowContext): Promise<Content> {
  const pillarIds = await ask(
    multiQuestion<string>({
      key: "content.pillars",
      message: "Which themes will your content keep returning to? (content pillars)",
      what: "pillars",
      default: ["how-to", "community-voices", "conversations"],
      choices: pillarCatalogue.map((pillar) => ({ value: pillar.id, name: pillar.name, description: pillar.description })),
    }),
  );
  const pillars: Pillar[] = pillarCatalogue.filter((pillar) => pillarIds.includes(pillar.id)).map((pillar) => ({ ...pillar, formats: [...pillar.formats] }));
  const key = (field: string) => `content.series.${field}`;
  const title = await ask(textQuestion({ key: key("title"), message: "Name a first recurring series, the heartbeat of the calendar:", default: "Weekly community thread", parse: (raw) => text(raw, "a title") }));
  const pillar = await ask(selectQuestion<string>({ key: key("pillar"), message: "Which pillar does it serve?", what: "a pillar", default: pillars.find((item) => item.id === "conversations")?.id ?? pillars[0]!.id, choices: pillars.map((item) => ({ value: item.id, name: item.name })) }));
  const pillarFormats = pillars.find((item) => item.id === pillar)!.formats ?? [];
  const format = await ask(selectQuestion<Format>({ key: key("format"), message: "In which format?", what: "a format", default: pillarFormats[0] ?? "discussion", choices: formats.map((value) => ({ value, name: enumLabel("format", value)!, description: liveFormats.has(value) ? "live: checked against members' waking hours" : undefined })) }));
  const channelId = await ask(
    selectQuestion<string>({
      key: key("channel"),
      message: "On which channel?",
      what: "a channel",
      default: (channels.find((channel) => channel.kind !== "newsletter") ?? channels[0]!).id,
      choices: channels.map((channel) => ({ value: channel.id, name: channel.name })),
    }),
  );
  const cadence = await ask(selectQuestion<keyof typeof cadences>({ key: key("cadence"), message: "How often?", what: "a cadence", default: "weekly", choices: Object.entries(cadenceNames).map(([value, name]) => ({ value, name })) }));
  const weekday = await ask(selectQuestion<Weekday>({ key: key("weekday"), message: "On which day?", what: "a weekday", default: "tue", choices: weekdays.map((value) => ({ value, name: enumLabel("weekday", value)! })) }));
  const time = await ask(textQuestion({ key: key("localTime"), message: `At what time, ${cityOf(community.timeZone)} time? (HH:MM)`, default: "10:00", parse: localTime }));
  const channel = channels.find((item) => item.id === channelId)!;
  const audience = personas.filter((persona) => channel.audience?.includes(persona.id));
  const awkward = awkwardFor(audience, time, community.timeZone, context.today);
  const recording = await ask(
    confirmQuestion({
      key: key("recording"),
      message: awkward.length > 0 ? `${time} falls outside waking hours in ${awkward.map(cityOf).join(", ")}; share a recording or summary?` : "Share a recording or written summary for those who miss it?",
      // The live pillar promises a recording; its series keep that promise unless told otherwise.
      default: awkward.length > 0 || liveFormats.has(format) || pillar === LIVE_PILLAR,
    }),
  );
  // Goals come ranked; the series serves all of them unless the person says otherwise.
  const served =
    goals.length === 1
      ? [goals[0]!.id]
      : await ask(
          multiQuestion<string>({
            key: key("goals"),
            message: `Which goals does "${title}" serve?`,
            what: "goals",
            default: goals.map((goal) => goal.id),
            choices: goals.map((goal) => ({ value: goal.id, name: goal.title })),
            // Every goal needs an activity; the journey's spotlight and invitation cover some.
            check: (picked) => {
              const covered = servedByJourney(goals);
              const left = goals.find((goal) => !picked.includes(goal.id) && !covered.has(goal.id));
              return left ? `Nothing else the wizard plans serves "${left.title}"; keep it here, and add its own activity to the plan later.` : undefined;
            },
          }),
        );
  const members = community.team.members ?? [];
  const owner =
    members.length === 1
      ? members[0]!.id
      : await ask(
          ownerQuestion(key("owner"), `Who prepares "${title}"?`, members),
        );
  const series: Series = {
    id: uniqueId(title, []),
    title,
    channel: channel.id,
    format,
    pillar,
    cadence: monthlyOrWeekly(cadence, weekday),
    localTime: time,
    timeZone: community.timeZone,
    ...(liveFormats.has(format) ? { duration: "1h" } : {}),
    ...(audience.length > 0 ? { audience: audience.map((persona) => persona.id) } : {}),
    languages: channel.languages ?? community.languages,
    ...(recording ? { recording } : {}),
    owner,
    goals: served,
  };
  // A live pillar without a recording does not promise one.
  const kept = recording ? pillars : pillars.map((item) => (item.id === LIVE_PILLAR ? { ...item, description: liveWithoutRecording } : item));
  return { pillars: kept, series: [series, ...starterSeries(channels, series, community)] };
}

/** The format a channel's starter series takes: what that kind of channel carries. */
const starterFormat: Readonly<Record<Channel["kind"], Format>> = {
  forum: "discussion", chat: "discussion", "social-group": "discussion", "community-platform": "discussion", "in-app": "discussion",
  newsletter: "newsletter", video: "video", "live-events": "other",
};

/**
 * A monthly series on every other channel, so none starts empty (lint's channel-has-activity);
 * the first such weekday of the month, at the first series' time, for the person to edit.
 */
function starterSeries(channels: Channel[], first: Series, community: Community): Series[] {
  const ids = [first.id];
  return channels
    .filter((channel) => channel.id !== first.channel)
    .map((channel) => {
      const id = uniqueId(`${channel.id}-monthly`, ids);
      ids.push(id);
      return {
        id,
        title: `${channel.name}: monthly round-up`,
        channel: channel.id,
        format: starterFormat[channel.kind],
        ...(first.pillar === undefined ? {} : { pillar: first.pillar }),
        cadence: { every: "month", nth: 1, weekday: "thu" },
        localTime: first.localTime,
        timeZone: community.timeZone,
        ...(channel.audience && channel.audience.length > 0 ? { audience: [...channel.audience] } : {}),
        languages: channel.languages ?? community.languages,
      } satisfies Series;
    });
}

function monthlyOrWeekly(cadence: keyof typeof cadences, weekday: Weekday): Cadence {
  // A monthly series runs on the first such weekday of the month.
  return cadence === "monthly" ? { every: "month", nth: 1, weekday } : { ...cadences[cadence], weekdays: [weekday] };
}
