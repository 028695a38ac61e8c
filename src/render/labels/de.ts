// de: a catalogue under way. The sections given here are complete; the others are English
// until they are written (lint's document-language warns for "de" meanwhile). Write a missing
// section as the language's speakers write it, with the same keys as labels/en.ts.
import type { PartialLabels } from "./partial.js";

export const de = {
  locale: { tag: "de", dates: "de", decimal: ",", group: ".", minimumGroupingDigits: 1 },
  words: {
    list: (items: readonly string[]): string => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} und ${items.at(-1)}`),
    everyDay: "täglich",
    durations: {
      d: ["Tag", "Tagen"],
      h: ["Stunde", "Stunden"],
      m: ["Minute", "Minuten"],
    },
    new: "neu",
    points: "Pp.",
    money: (amount: string, symbol: string | undefined, code: string): string => symbol ? `${amount} ${symbol}` : `${amount} ${code}`,
    languageNames: {},
  },
  guidelines: {
    title: "Community-Richtlinien",
    intro: "Diese Richtlinien machen {community} zu einem Ort, an dem man gern ist. Sie gelten überall, wo sich die Community trifft.",
    rules: "Unsere Regeln",
    consequences: "Was passiert, wenn eine Regel gebrochen wird",
    consequencesIntro: "Die Moderation geht diese Schritte der Reihe nach und kann bei schweren oder wiederholten Verstößen Schritte überspringen.",
    step: "Stufe {n}",
    report: "So meldest du ein Problem",
    noReporting: "Wende dich an eine der unten genannten Personen aus der Moderation.",
    noReportingNoNames: "Wende dich an jemanden aus der Moderation.",
    moderators: "Wer moderiert",
    responseTime: "Wir reagieren auf jede Meldung innerhalb von {duration}.",
    otherLanguages: "Auch verfügbar auf: {languages}.",
  },
  label: { name: "Name", languages: "Sprachen", hours: "Zeiten", timeZone: "Zeitzone" },
  footer: { generated: "Erstellt aus dem Community-Plan am {date}." },
} satisfies PartialLabels;
