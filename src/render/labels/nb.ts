// nb: WORK IN PROGRESS (being completed on this branch).
import type { PartialLabels } from "./partial.js";

export const nb = {
  locale: { tag: "nb", dates: "nb", decimal: ",", group: "\u00a0", minimumGroupingDigits: 1 },
  words: {
    list: (items: readonly string[]): string => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} og ${items.at(-1)}`),
    everyDay: "hver dag",
    durations: {
      d: ["dag", "dager"],
      h: ["time", "timer"],
      m: ["minutt", "minutter"],
    },
    new: "ny",
    points: "prosentpoeng",
    money: (amount: string, symbol: string | undefined, code: string): string => `${amount} ${symbol ?? code}`,
    languageNames: {},
  },
  guidelines: {
    title: "Retningslinjer for fellesskapet",
    intro: "Disse retningslinjene gjør {community} til et sted folk har lyst til å være. De gjelder overalt der fellesskapet møtes.",
    rules: "Våre regler",
    consequences: "Hva som skjer når en regel brytes",
    consequencesIntro: "Moderatorene følger disse trinnene i rekkefølge, og kan hoppe over trinn ved alvorlige eller gjentatte brudd.",
    step: "Trinn {n}",
    report: "Slik melder du fra om et problem",
    noReporting: "Ta kontakt med en av moderatorene nedenfor.",
    noReportingNoNames: "Ta kontakt med en moderator.",
    moderators: "Hvem modererer",
    responseTime: "Vi svarer på hver melding innen {duration}.",
    otherLanguages: "Finnes også på: {languages}.",
  },
  label: { name: "Navn", languages: "Språk", hours: "Tider", timeZone: "Tidssone" },
  footer: { generated: "Laget fra fellesskapsplanen {date}." },
} satisfies PartialLabels;
