// fr: a catalogue under way. The sections given here are complete; the others are English
// until they are written (lint's document-language warns for "fr" meanwhile). Write a missing
// section as the language's speakers write it, with the same keys as labels/en.ts.
import type { PartialLabels } from "./partial.js";

export const fr = {
  locale: { tag: "fr", dates: "fr", decimal: ",", group: "\u202f", minimumGroupingDigits: 1 },
  words: {
    list: (items: readonly string[]): string => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} et ${items.at(-1)}`),
    everyDay: "tous les jours",
    durations: {
      d: ["jour", "jours"],
      h: ["heure", "heures"],
      m: ["minute", "minutes"],
    },
    new: "nouveau",
    points: "pt",
    money: (amount: string, symbol: string | undefined, code: string): string => `${amount}\u00a0${symbol ?? code}`,
    languageNames: {},
  },
  guidelines: {
    title: "Règles de la communauté",
    intro: "Ces règles font de {community} un lieu où l'on a envie d'être. Elles s'appliquent partout où la communauté se retrouve.",
    rules: "Nos règles",
    consequences: "Ce qui se passe en cas d'infraction",
    consequencesIntro: "Les modérateurs suivent ces étapes dans l'ordre et peuvent en sauter en cas d'infraction grave ou répétée.",
    step: "Étape {n}",
    report: "Signaler un problème",
    noReporting: "Contactez l'un des modérateurs ci-dessous.",
    noReportingNoNames: "Contactez un modérateur ou une modératrice.",
    moderators: "Qui modère",
    responseTime: "Nous répondons à chaque signalement sous {duration}.",
    otherLanguages: "Également disponible en : {languages}.",
  },
  label: { name: "Nom", languages: "Langues", hours: "Horaires", timeZone: "Fuseau horaire" },
  footer: { generated: "Généré à partir du plan de communauté le {date}." },
} satisfies PartialLabels;
