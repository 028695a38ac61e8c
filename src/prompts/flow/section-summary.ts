// The plan as the review step shows it: a few lines per section, in the words of the questions,
// so a mistyped answer stands out before anything is written.
import type { Moderator, Plan, Series, Target } from "../../plan/types.js";
import { enumLabel } from "../../plan/enum-labels.js";
import { goalsByPriority } from "../../strategy/goals-by-priority.js";
import { cityOf, languageName } from "../../util/name-table.js";
import { feedbackLabels, signalLabels } from "./review.js";

export interface PlanSection {
  id: string;
  name: string;
  /** The first part of the question keys that belong to it ("personas" for `personas[0].name`). */
  keys: readonly string[];
  summary(plan: Plan): string[];
}

const labels = (values: readonly string[] | undefined, known: Readonly<Record<string, string>>) => (values ?? []).map((value) => (known[value] ?? value).toLowerCase()).join(", ");
const names = (tags: readonly string[]) => tags.map(languageName).join(", ");
const places = (zones: readonly string[]) => zones.map(cityOf).join(", ");

export const planSections: readonly PlanSection[] = [
  {
    id: "community",
    name: "Community and team",
    keys: ["community"],
    summary: ({ community }) => [
      `${community.name}${community.organisation ? ` (${community.organisation})` : ""}: ${enumLabel("kind", community.kind)!.toLowerCase()}`,
      `why: ${community.purpose}`,
      `home: ${cityOf(community.timeZone)}; languages: ${names(community.languages)}`,
      `team: ${(community.team.members ?? []).map((member) => `${member.name}, ${member.role} (${member.hoursPerWeek} h a week${member.volunteer ? ", volunteer" : ""})`).join("; ")}`,
    ],
  },
  {
    id: "goals",
    name: "Goals and priorities",
    keys: ["goals"],
    summary: ({ goals }) => goalsByPriority(goals).map((goal, i) => `${i + 1}. ${goal.title}`),
  },
  {
    id: "personas",
    name: "Personas",
    keys: ["personas"],
    summary: ({ personas }) =>
      personas.map((persona) => `${persona.name}: in ${places(persona.timeZones)}; speaks ${names(persona.languages)}; talks ${enumLabel("communication", persona.communication ?? "mixed")!.toLowerCase()}`),
  },
  {
    id: "channels",
    name: "Channels",
    keys: ["channels"],
    summary: ({ channels }) => channels.map((channel) => `${channel.name} (${enumLabel("channelKind", channel.kind)!.toLowerCase()})`),
  },
  {
    id: "targets",
    name: "Targets",
    keys: ["targets"],
    summary: ({ targets }) => targets.map(describeTarget),
  },
  {
    id: "journey",
    name: "Journey and welcome",
    keys: ["journey", "engagement"],
    summary: ({ journey, engagement }) => [
      ...(journey ? [journey.levels.map((level) => level.name).join(" → ")] : []),
      ...(engagement?.welcome ? [`welcome: ${engagement.welcome}`] : []),
    ],
  },
  {
    id: "content",
    name: "Content",
    keys: ["content"],
    summary: ({ content, channels }) => [
      `pillars: ${(content?.pillars ?? []).map((pillar) => pillar.name).join(", ")}`,
      ...(content?.series ?? []).slice(0, 1).map((series) => describeSeries(series, channels.find((channel) => channel.id === series.channel)?.name ?? series.channel)),
    ],
  },
  {
    id: "moderation",
    name: "Guidelines and moderation",
    keys: ["guidelines", "moderation"],
    summary: ({ guidelines, moderation }) => [
      `${guidelines?.rules.length ?? 0} rules${guidelines?.consequences ? `, ${guidelines.consequences.length} steps when they are broken` : ""}`,
      ...(moderation?.moderators ?? []).map(describeModerator),
      ...(moderation ? [`reply within ${moderation.responseTime}`] : []),
      ...(moderation?.escalation ? [`escalation: ${moderation.escalation}`] : []),
    ],
  },
  {
    id: "review",
    name: "Review",
    keys: ["review"],
    summary: ({ review }) =>
      review
        ? [
            `${enumLabel("cadence", review.cadence)}; asking members by ${labels(review.feedback, feedbackLabels)}`,
            `watching ${labels(review.qualitativeSignals, signalLabels)}`,
          ]
        : [],
  },
];

/** The section a question belongs to, by its key (`moderation.moderators[0].end` → moderation). */
export function sectionOf(key: string): PlanSection | undefined {
  const first = key.split(/[.[]/)[0]!;
  return planSections.find((section) => section.keys.includes(first));
}

/** Every section's name and its lines, indented, for the screen before the review question. */
export function planOverview(plan: Plan): string {
  return planSections.map((section) => [`${section.name}:`, ...section.summary(plan).map((line) => `  ${line}`)].join("\n")).join("\n");
}

function describeTarget(target: Target): string {
  const goal = target.target !== undefined ? `${target.target}` : target.change;
  return `${target.description ?? target.metric}: ${target.baseline ?? "?"} → ${goal} ${target.unit ?? ""} by ${target.deadline ?? "?"}`.replace(/ {2,}/g, " ");
}

function describeSeries(series: Series, channel: string): string {
  const cadence = series.cadence;
  const when = cadence.every === "month" ? `monthly, ${cadence.weekday ? enumLabel("weekday", cadence.weekday) : `day ${cadence.day}`}` : `${cadence.interval === 2 ? "every two weeks" : "weekly"}, ${(cadence.weekdays ?? []).map((day) => enumLabel("weekday", day)).join(", ")}`;
  return `${series.title}: ${enumLabel("format", series.format)} on ${channel}, ${when} at ${series.localTime}${series.recording ? ", recorded" : ""}`;
}

function describeModerator(moderator: Moderator): string {
  const hours = moderator.hours;
  const days = hours?.days?.map((day) => enumLabel("weekday", day)!.slice(0, 3)).join(" ") ?? "Mon–Fri";
  const overnight = hours && hours.end < hours.start ? " (overnight)" : "";
  return `${moderator.name}: ${hours ? `${days} ${hours.start}–${hours.end}${overnight} ${cityOf(moderator.timeZone)} time` : "no set hours"}; ${names(moderator.languages)}`;
}
