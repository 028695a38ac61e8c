// nl: WORK IN PROGRESS (being completed on this branch).
import type { PartialLabels } from "./partial.js";

export const nl = {
  locale: { tag: "nl", dates: "nl", decimal: ",", group: ".", minimumGroupingDigits: 1 },
  words: {
    list: (items: readonly string[]): string => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} en ${items.at(-1)}`),
    everyDay: "elke dag",
    durations: {
      d: ["dag", "dagen"],
      h: ["uur", "uur"],
      m: ["minuut", "minuten"],
    },
    new: "nieuw",
    points: "procentpunt",
    money: (amount: string, symbol: string | undefined, code: string): string => symbol ? `${symbol} ${amount}` : `${amount} ${code}`,
    languageNames: {},
  },
  guidelines: {
    title: "Communityrichtlijnen",
    intro: "Deze richtlijnen houden {community} een plek waar mensen graag komen. Ze gelden overal waar de community samenkomt.",
    rules: "Onze regels",
    consequences: "Wat er gebeurt als iemand een regel overtreedt",
    consequencesIntro: "Moderators zetten deze stappen in volgorde en kunnen stappen overslaan bij ernstige of herhaalde overtredingen.",
    step: "Stap {n}",
    report: "Een probleem melden",
    noReporting: "Neem contact op met een van de moderators hieronder.",
    noReportingNoNames: "Neem contact op met een moderator.",
    moderators: "Wie modereert",
    responseTime: "We reageren binnen {duration} op elke melding.",
    otherLanguages: "Ook beschikbaar in: {languages}.",
  },
  label: { name: "Naam", languages: "Talen", hours: "Tijden", timeZone: "Tijdzone" },
  footer: { generated: "Gemaakt op basis van het communityplan op {date}." },
} satisfies PartialLabels;
