// sv: a catalogue under way. The sections given here are complete; the others are English
// until they are written (lint's document-language warns for "sv" meanwhile). Write a missing
// section as the language's speakers write it, with the same keys as labels/en.ts.
import type { PartialLabels } from "./partial.js";

export const sv = {
  locale: { tag: "sv", dates: "sv", decimal: ",", group: "\u00a0", minimumGroupingDigits: 1 },
  words: {
    list: (items: readonly string[]): string => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} och ${items.at(-1)}`),
    everyDay: "varje dag",
    durations: {
      d: ["dag", "dagar"],
      h: ["timme", "timmar"],
      m: ["minut", "minuter"],
    },
    new: "ny",
    points: "p.e.",
    money: (amount: string, symbol: string | undefined, code: string): string => `${amount} ${symbol ?? code}`,
    languageNames: {},
  },
  guidelines: {
    title: "Riktlinjer för communityn",
    intro: "De här riktlinjerna gör {community} till en plats där människor vill vara. De gäller överallt där communityn möts.",
    rules: "Våra regler",
    consequences: "Vad som händer när en regel bryts",
    consequencesIntro: "Moderatorerna tar de här stegen i tur och ordning och kan hoppa över steg vid allvarliga eller upprepade överträdelser.",
    step: "Steg {n}",
    report: "Så rapporterar du ett problem",
    noReporting: "Kontakta någon av moderatorerna nedan.",
    noReportingNoNames: "Kontakta någon av moderatorerna.",
    moderators: "Vem modererar",
    responseTime: "Vi svarar på varje anmälan inom {duration}.",
    otherLanguages: "Finns även på: {languages}.",
  },
  label: { name: "Namn", languages: "Språk", hours: "Tider", timeZone: "Tidszon" },
  footer: { generated: "Skapad från communityplanen {date}." },
} satisfies PartialLabels;
